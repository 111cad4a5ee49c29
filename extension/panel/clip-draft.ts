/**
 * The side panel's form state as a plain value: started from a capture and the last choices,
 * checked before saving, turned into the protocol's EvidenceItem. Pure, so the form logic is tested
 * without rendering.
 */
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import type { EvidenceType, ImplementationStage } from '../../shared/evidence-vocabulary';
import type { Catalog, EvidenceItem } from '../../shared/protocol';
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
}

export type DraftProblem = 'empty-clip' | 'too-large' | 'no-key-result';

/** The practice a school selected, so choosing the school pre-selects it. */
export function practiceForSchool(catalog: Catalog | null, school: string): string {
  return catalog?.schools.find((s) => s.name === school)?.practice ?? '';
}

function knownKeyResult(catalog: Catalog | null, id: string): boolean {
  return catalog?.objectives.some((o) => o.keyResults.some((kr) => kr.id === id)) ?? false;
}

/** A fresh draft: the capture's text and the coach's last choices where they still exist in the plan. */
export function startDraft(capture: Capture, choices: LastChoices | null, catalog: Catalog | null): ClipDraft {
  const school = choices && catalog?.schools.some((s) => s.name === choices.school) ? choices.school : '';
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
  };
}

/** An empty capture for a passage the coach types or pastes without selecting anything. */
export function blankCapture(id: string, now: Date): Capture {
  return { id, capturedAt: now.toISOString(), quote: '', sourceTitle: '', sourceUrl: '', heading: '', method: 'typed', reference: null, paragraphs: [], onGoogleDocs: false };
}

/** Why the draft cannot be saved yet, or null. */
export function draftProblem(draft: ClipDraft): DraftProblem | null {
  if (!draft.quote.trim() && !draft.capture.reference) return 'empty-clip';
  if (draft.quote.length > MAX_CLIP_TEXT || draft.note.length > MAX_CLIP_TEXT) return 'too-large';
  if (!draft.keyResultId) return 'no-key-result';
  return null;
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
    captureMethod: draft.method,
    reference: capture.reference,
  };
}
