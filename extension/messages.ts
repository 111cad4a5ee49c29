/**
 * Every message that crosses a boundary inside the extension, as ONE zod discriminated union per
 * direction. The background parses each message and checks its sender before acting; the pairing
 * secret appears in none of them.
 */
import * as z from 'zod';
import { EVIDENCE_TYPES, IMPLEMENTATION_STAGES } from '../shared/evidence-vocabulary';
import { evidenceItemSchema, referenceSchema } from '../shared/protocol';

const clipId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** How the quote was obtained; shown to the coach so an empty Docs selection is never silent. */
export const captureMethodSchema = evidenceItemSchema.shape.captureMethod.unwrap();
export type CaptureMethod = z.infer<typeof captureMethodSchema>;

/** A clip as captured in a page, before the coach tags it. Created by the background with its id. */
export const captureSchema = z.object({
  id: clipId,
  capturedAt: z.string(),
  quote: z.string(),
  sourceTitle: z.string(),
  sourceUrl: z.string(),
  heading: z.string(),
  method: captureMethodSchema,
  reference: referenceSchema.nullable(),
  /** On Google Docs: the document's paragraphs, for the "pick a paragraph" fallback. */
  paragraphs: z.array(z.string()),
  onGoogleDocs: z.boolean(),
});
export type Capture = z.infer<typeof captureSchema>;

/** What the injected selection reader returns from a page: untrusted, so parsed and capped. */
export const pageSelectionSchema = z.object({
  text: z.string().max(200_000),
  heading: z.string().max(1000),
  title: z.string().max(1000),
  url: z.string().max(4096),
  method: z.enum(['selection', 'docs-canvas', 'none']),
  paragraphs: z.array(z.string().max(20_000)).max(3000),
});
export type PageSelection = z.infer<typeof pageSelectionSchema>;

/** The pickers' last values, so the next clip from the same school takes one click. */
export const lastChoicesSchema = z.object({
  v: z.literal(1),
  keyResultId: z.string(),
  school: z.string(),
  practice: z.string(),
  type: z.enum(EVIDENCE_TYPES),
  stage: z.enum(IMPLEMENTATION_STAGES).nullable(),
});
export type LastChoices = z.infer<typeof lastChoicesSchema>;

/** Side panel → background. */
export const panelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/open') }),
  z.object({ type: z.literal('panel/state') }),
  z.object({ type: z.literal('pairing/connect'), code: z.string().max(4000) }),
  z.object({ type: z.literal('pairing/disconnect') }),
  /** Sign in with Google and connect to the pasted plan spreadsheet (URL or id). */
  z.object({ type: z.literal('google/connect'), spreadsheet: z.string().max(2000) }),
  z.object({ type: z.literal('google/sign-in') }),
  z.object({ type: z.literal('catalog/refresh') }),
  z.object({ type: z.literal('clip/save'), item: evidenceItemSchema }),
  z.object({ type: z.literal('clip/retry'), id: clipId }),
  z.object({ type: z.literal('clip/discard'), id: clipId }),
  z.object({ type: z.literal('outbox/list') }),
  z.object({ type: z.literal('outbox/flush') }),
  z.object({ type: z.literal('capture/take') }),
  z.object({ type: z.literal('capture/active-tab') }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

/** Background → open panels: "something changed, ask again". Carries no data. */
export const panelEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture/ready') }),
  z.object({ type: z.literal('outbox/changed') }),
]);
export type PanelEvent = z.infer<typeof panelEventSchema>;
