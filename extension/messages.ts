/**
 * Every message that crosses a boundary inside the extension, as ONE zod discriminated union per
 * direction. The background parses each message and checks its sender before acting; the pairing
 * secret appears in none of them.
 */
import * as z from 'zod';
import { EVIDENCE_TYPES, IMPLEMENTATION_STAGES } from '../shared/evidence-vocabulary';
import { evidenceItemSchema, passageAnchorSchema, referenceSchema } from '../shared/protocol';
import { DOCUMENT_LIMITS } from '../shared/passage-search';

const clipId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * How the quote was obtained; shown to the coach so an empty Docs selection is never silent. The
 * protocol's methods plus `clipboard` (sent as `pasted`, which every endpoint knows).
 */
const captureMethodSchema = z.enum([
  ...evidenceItemSchema.shape.captureMethod.unwrap().options,
  'clipboard',
]);
export type CaptureMethod = z.infer<typeof captureMethodSchema>;

/** One paragraph of a document's export, with the heading it sits under. */
const docParagraphSchema = z.object({
  text: z.string().max(DOCUMENT_LIMITS.paragraphText),
  heading: z.string().max(DOCUMENT_LIMITS.heading),
  place: z.string().max(110),
});

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
  /** On Google Docs and Slides: the document's paragraphs, for "find a passage". */
  paragraphs: z.array(docParagraphSchema),
  /** True on a Google Doc or Slides deck (drawn on a canvas: selections cannot be read there). */
  onGoogleDocs: z.boolean(),
  /** How to find the passage again; null when the passage was typed. */
  anchor: passageAnchorSchema.nullable(),
  /** Where the passage sits (its heading, slide or page: shared/anchor/passage-place.ts), or ''. */
  place: z.string().max(110),
  /** Where `paragraphs` came from: the export, the Docs/Slides API, the export after the API refused, the PDF. */
  textFrom: z.enum(['export', 'google', 'google-refused', 'pdf']).optional(),
});
export type Capture = z.infer<typeof captureSchema>;

/** What the injected selection reader returns from a page: untrusted, so parsed and capped. */
export const pageSelectionSchema = z.object({
  text: z.string().max(200_000),
  heading: z.string().max(1000),
  title: z.string().max(1000),
  url: z.string().max(4096),
  method: z.enum(['selection', 'docs-canvas', 'none']),
  /** A 500-page document has about 6,000 paragraphs. */
  paragraphs: z.array(docParagraphSchema).max(DOCUMENT_LIMITS.paragraphs),
  anchor: passageAnchorSchema.nullable(),
});
export type PageSelection = z.infer<typeof pageSelectionSchema>;

/** The pickers' last values, so the next clip from the same school takes one click. */
export const lastChoicesSchema = z.object({
  keyResultId: z.string(),
  school: z.string(),
  practice: z.string(),
  type: z.enum(EVIDENCE_TYPES),
  stage: z.enum(IMPLEMENTATION_STAGES).nullable(),
});
export type LastChoices = z.infer<typeof lastChoicesSchema>;

/**
 * Side panel → background, as the background checks it (the calls and their replies:
 * panel-calls.ts; the router proves this union and the map's requests are the same type).
 */
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
  /** What the coach copied (read by the panel), with the active tab's title, address and place. */
  z.object({ type: z.literal('capture/clipboard'), text: z.string().max(200_000) }),
  z.object({ type: z.literal('capture/clipboard-wanted') }),
  z.object({ type: z.literal('shortcuts/list') }),
]);
