/**
 * The fixed vocabularies coaches tag evidence with. Stored in sheets as the English code; shown to
 * people through the i18n table.
 */
export const EVIDENCE_TYPES = [
  'observation',
  'teacher-reflection',
  'student-work',
  'plc-meeting',
  'coaching-cycle',
  'pd-session',
  'other',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** How far a practice has taken hold in a classroom, from "not yet" to "proficient". */
export const IMPLEMENTATION_STAGES = [
  'not-yet',
  'awareness',
  'mechanical',
  'routine',
  'proficient',
] as const;
export type ImplementationStage = (typeof IMPLEMENTATION_STAGES)[number];

/** Kinds of support in the teacher-learning system (the Supports tab). */
export const SUPPORT_KINDS = ['pd', 'coaching', 'plc'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
