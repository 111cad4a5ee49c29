/**
 * The side panel's form state as a plain value: started from a capture and the last choices,
 * checked before saving, turned into the protocol's EvidenceItem. Pure, so the form logic is tested
 * without rendering.
 */
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import type { EvidenceType, ImplementationStage } from '../../shared/evidence-vocabulary';
import type { Catalog, EvidenceItem } from '../../shared/protocol';
import { linkedPlace, passageLink } from '../../shared/anchor/passage-link';
import type { OutboxRecord } from '../lib/outbox-record';
import type { Capture, CaptureMethod, LastChoices } from '../messages';

export interface ClipDraft {
  capture: Capture;
  quote: string;
  method: CaptureMethod;
  keyResultId: string;
  school: string;
  practice: string;
  type: EvidenceType;
  stage: ImplementationStage | null;
  note: string;
  /** While the coach corrects a clip from the history: the sheet's message, or `held` (waiting for a new code). Null for a new clip. */
  correcting: { message: string; held: boolean } | null;
}

type DraftProblem = 'empty-clip' | 'too-large' | 'note-too-large' | 'no-key-result';

/** The practice a school selected, so choosing the school pre-selects it. */
export function practiceForSchool(catalog: Catalog | null, school: string): string {
  return catalog?.schools.find((s) => s.name === school)?.practice ?? '';
}

/** True when the key result is still in the plan (a remembered or refused clip may point at a removed one). */
export function knownKeyResult(catalog: Catalog | null, id: string): boolean {
  return catalog?.objectives.some((o) => o.keyResults.some((kr) => kr.id === id)) ?? false;
}

/** A fresh draft: the capture's text and the coach's last choices where they still exist in the plan. */
export function startDraft(
  capture: Capture,
  choices: LastChoices | null,
  catalog: Catalog | null,
): ClipDraft {
  const school =
    choices && catalog?.schools.some((s) => s.name === choices.school) ? choices.school : '';
  return {
    capture,
    quote: capture.quote,
    method: capture.method,
    keyResultId: choices && knownKeyResult(catalog, choices.keyResultId) ? choices.keyResultId : '',
    school,
    practice: school ? choices?.practice || practiceForSchool(catalog, school) : '',
    type: choices?.type ?? 'observation',
    stage: choices?.stage ?? null,
    note: '',
    correcting: null,
  };
}

/** An empty capture for a passage the coach types or pastes without selecting anything. */
export function blankCapture(id: string, now: Date): Capture {
  return {
    id,
    capturedAt: now.toISOString(),
    quote: '',
    sourceTitle: '',
    sourceUrl: '',
    heading: '',
    method: 'typed',
    reference: null,
    paragraphs: [],
    onGoogleDocs: false,
    anchor: null,
    place: '',
  };
}

/** Why the draft cannot be saved yet, or null. */
export function draftProblem(draft: ClipDraft): DraftProblem | null {
  if (!draft.quote.trim() && !draft.capture.reference) return 'empty-clip';
  if (draft.quote.length > MAX_CLIP_TEXT) return 'too-large';
  if (draft.note.length > MAX_CLIP_TEXT) return 'note-too-large';
  if (!draft.keyResultId) return 'no-key-result';
  return null;
}

/** The anchor when every part fits the protocol's limits (a huge selection cut down in the form has none). */
function sendableAnchor(anchor: Capture['anchor']): Capture['anchor'] {
  if (!anchor) return null;
  const fits =
    anchor.exact.length <= MAX_CLIP_TEXT &&
    anchor.prefix.length <= 4000 &&
    anchor.suffix.length <= 4000;
  return fits ? anchor : null;
}

/** The clip as the protocol sends it, with the id it got at capture. */
export function draftToItem(draft: ClipDraft): EvidenceItem {
  const { capture } = draft;
  return {
    id: capture.id,
    capturedAt: capture.capturedAt,
    keyResultId: draft.keyResultId,
    school: draft.school,
    practice: draft.practice,
    type: draft.type,
    stage: draft.stage,
    quote: draft.quote.trim(),
    note: draft.note.trim(),
    sourceTitle: capture.sourceTitle.slice(0, 1000),
    sourceUrl: capture.sourceUrl.slice(0, 4096),
    heading: capture.heading.slice(0, 1000),
    // Every endpoint knows "pasted"; the panel alone says the text came from the clipboard.
    captureMethod: draft.method === 'clipboard' ? 'pasted' : draft.method,
    reference: capture.reference,
    anchor: sendableAnchor(capture.anchor),
    link: passageLink(capture.sourceUrl, capture.anchor, capture.place),
  };
}

/**
 * A refused (or held) clip back in the form, with its id, so the coach fixes what the sheet named
 * and sends it again. Choices that are no longer in the plan are cleared, so the coach picks again.
 */
export function draftFromRecord(record: OutboxRecord, catalog: Catalog | null): ClipDraft {
  const { item } = record;
  const capture: Capture = {
    id: item.id,
    capturedAt: item.capturedAt,
    quote: item.quote,
    sourceTitle: item.sourceTitle,
    sourceUrl: item.sourceUrl,
    heading: item.heading,
    method: item.captureMethod,
    reference: item.reference,
    paragraphs: [],
    onGoogleDocs: false,
    anchor: item.anchor,
    place: linkedPlace(item.link),
  };
  const school = catalog?.schools.some((s) => s.name === item.school) ? item.school : '';
  const practices = new Set([
    ...(catalog?.practices ?? []),
    ...(catalog?.schools.map((s) => s.practice) ?? []),
  ]);
  return {
    capture,
    quote: item.quote,
    method: item.captureMethod,
    keyResultId: knownKeyResult(catalog, item.keyResultId) ? item.keyResultId : '',
    school,
    practice: practices.has(item.practice) ? item.practice : '',
    type: item.type,
    stage: item.stage,
    note: item.note,
    correcting: {
      message: record.state === 'repair-needed' ? '' : (record.problem?.message ?? ''),
      held: record.state === 'repair-needed',
    },
  };
}
