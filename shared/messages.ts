import type { KeyFamily, Message } from './i18n';

/**
 * A user-facing message in both product languages. The core never picks a language: hosts do,
 * from the spreadsheet's locale or the browser's.
 */
export interface Bilingual {
  en: string;
  fr: string;
}

export type Locale = 'en' | 'fr';

export type Severity = 'error' | 'warning' | 'info';

/** Every kind of reading note: a host or a test can switch on it, and a misspelt code does not compile. */
export type DiagnosticCode =
  | 'missing-column'
  | 'ambiguous-column'
  | 'objective-column-without-header'
  | 'current-from-periods'
  | 'close-reading'
  | 'duplicate-key-result'
  | 'fraction-read-as-percent'
  | 'key-result-without-objective'
  | 'note-row-ignored'
  | 'plan-in-generated-tab'
  | 'unreadable-date'
  | 'unreadable-indicator'
  | 'values-without-key-result'
  | 'formula-error'
  | 'unreadable-number';

/** What a reading note says: one of the table's "diag." sentences, with its parameters. */
export type DiagnosticMessage = Message<KeyFamily<'diag.'>>;

/** Something the reader noticed about the sheet itself (a column it could not map, a value it could not read). */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Said by the host in its reader's language (`render`); a key outside "diag." does not compile. */
  message: DiagnosticMessage;
  /** A1 notation, e.g. `'2025-26 Plan'!F7`, when the diagnostic points at a cell. */
  cell?: string;
}

/** The BCP 47 tag a product language formats dates, numbers and plural forms with. */
export function localeTag(locale: Locale): 'fr-CA' | 'en-US' {
  return locale === 'fr' ? 'fr-CA' : 'en-US';
}

/** Findings and reading notes sort most serious first, in every host. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Picks the locale from a spreadsheet or browser locale string ("fr_CA", "fr-FR", "en_US"). */
export function localeFrom(tag: string | null | undefined): Locale {
  return /^fr\b|^fr[-_]/i.test(tag ?? '') ? 'fr' : 'en';
}
