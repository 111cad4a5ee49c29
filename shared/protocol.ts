/**
 * The web-app protocol between a coach's extension and a plan endpoint (the Apps Script web app or
 * local mode). Defined once here; both ends validate with these schemas. Requests travel as JSON in a
 * text/plain POST body (no CORS preflight); the pairing secret is in the body, never in the URL.
 * No z.string().url() here: Apps Script has no URL global.
 */
import * as z from 'zod';
import { EVIDENCE_TYPES, IMPLEMENTATION_STAGES } from './evidence-vocabulary';
import { MAX_CLIP_TEXT } from './inert-text';

export const PROTOCOL_VERSION = 1;
export const MAX_ITEMS_PER_CLIP_REQUEST = 50;
/** Largest request body an endpoint accepts; senders split batches to stay under it. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

const text = (max: number) => z.string().max(max);

/** A reference clip: an image or a link the coach right-clicked, kept as its URL and words. */
export const referenceSchema = z.object({
  kind: z.enum(['image', 'link']),
  url: text(2048),
  text: text(2000).default(''),
});

/** The passage with just enough words around it to be the only such place in its document. */
export const passageAnchorSchema = z.object({
  exact: z.string().max(MAX_CLIP_TEXT),
  prefix: text(4000).default(''),
  suffix: text(4000).default(''),
});

/**
 * An ISO 8601 day or instant ("2026-01-15", "2026-01-15T10:00:00Z", "…+01:00") that is a real date:
 * the Summary sorts evidence by it, so free text ("yesterday-ish!") must never get in.
 */
const isoInstant = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'an ISO 8601 date or date-time',
  )
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)) &&
      new Date(`${value.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) === value.slice(0, 10),
    'a real date',
  );

/** One piece of evidence as the extension sends it; `id` is generated at capture and never changes. */
export const evidenceItemSchema = z.object({
  id: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  capturedAt: isoInstant,
  keyResultId: z.string().min(1).max(200),
  school: text(200).default(''),
  practice: text(200).default(''),
  type: z.enum(EVIDENCE_TYPES),
  stage: z.enum(IMPLEMENTATION_STAGES).nullable().default(null),
  /** Max length is checked by the server so an oversize clip gets its own clear rejection. */
  quote: z.string().default(''),
  note: z.string().default(''),
  sourceTitle: text(1000).default(''),
  sourceUrl: text(4096).default(''),
  heading: text(1000).default(''),
  captureMethod: z
    .enum(['selection', 'docs-canvas', 'pasted', 'paragraph-pick', 'reference', 'typed'])
    .default('selection'),
  reference: referenceSchema.nullable().default(null),
  /** How to find the passage again (W3C text-quote anchor); older extensions send none. */
  anchor: passageAnchorSchema.nullable().default(null),
  /**
   * The way back to the passage: the source URL opened at it (a `#:~:text=` fragment, a Docs
   * heading). Older extensions send none, and older endpoints ignore it: the plain URL is kept.
   */
  link: text(4096).default(''),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const catalogRequestSchema = z.object({
  v: z.literal(PROTOCOL_VERSION),
  kind: z.literal('catalog'),
  secret: z.string().min(1).max(200),
});

export const clipRequestSchema = z.object({
  v: z.literal(PROTOCOL_VERSION),
  kind: z.literal('clip'),
  secret: z.string().min(1).max(200),
  /** Items are validated one by one by the server, so one bad item cannot sink the batch. */
  items: z.array(z.unknown()).min(1).max(MAX_ITEMS_PER_CLIP_REQUEST),
});

export const protocolRequestSchema = z.discriminatedUnion('kind', [
  catalogRequestSchema,
  clipRequestSchema,
]);
export type ProtocolRequest = z.infer<typeof protocolRequestSchema>;
export type CatalogRequest = z.infer<typeof catalogRequestSchema>;
export type ClipRequest = z.infer<typeof clipRequestSchema>;

export const catalogSchema = z.object({
  plan: z.object({ name: z.string(), sheet: z.string() }),
  coach: z.string(),
  objectives: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      keyResults: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  ),
  schools: z.array(z.object({ name: z.string(), practice: z.string() })),
  practices: z.array(z.string()),
  evidenceTypes: z.array(z.enum(EVIDENCE_TYPES)),
  stages: z.array(z.enum(IMPLEMENTATION_STAGES)),
  locale: z.enum(['en', 'fr']),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** Stable error codes; `retryable` tells the outbox whether sending again can help. */
export const errorCodeSchema = z.enum([
  'bad-request',
  'unauthorized',
  'revoked',
  'busy',
  'no-plan',
  'too-large',
  'unknown-key-result',
  'invalid-item',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const protocolErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  retryable: z.boolean(),
});
export type ProtocolError = z.infer<typeof protocolErrorSchema>;

export const rejectedItemSchema = z.object({
  id: z.string(),
  code: errorCodeSchema,
  message: z.string(),
});
/**
 * Something the coach should know about a clip that was saved (e.g. `unknown-school`). The code is a
 * plain string so an extension keeps working when a newer endpoint sends a code it does not know.
 */
export const clipWarningSchema = z.object({
  id: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ClipWarning = z.infer<typeof clipWarningSchema>;

export const catalogReplySchema = z.object({
  ok: z.literal(true),
  kind: z.literal('catalog'),
  catalog: catalogSchema,
});
export const clipReplySchema = z.object({
  ok: z.literal(true),
  kind: z.literal('clip'),
  /** Ids written as new rows by this request. */
  accepted: z.array(z.string()),
  /** Ids already in the sheet (a retry after a lost reply): delivered, not written again. */
  duplicates: z.array(z.string()),
  rejected: z.array(rejectedItemSchema),
  /** Saved clips the coach should look at again; absent from older endpoints. */
  warnings: z.array(clipWarningSchema).default([]),
});
export const errorReplySchema = z.object({ ok: z.literal(false), error: protocolErrorSchema });

export const protocolReplySchema = z.union([catalogReplySchema, clipReplySchema, errorReplySchema]);
export type CatalogReply = z.infer<typeof catalogReplySchema>;
export type ClipReply = z.infer<typeof clipReplySchema>;
export type ErrorReply = z.infer<typeof errorReplySchema>;
export type ProtocolReply = z.infer<typeof protocolReplySchema>;
