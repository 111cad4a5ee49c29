/**
 * The tabs the product owns inside the coordinator's workbook: their names, their columns (in order,
 * with an English and a French header and a note explaining the column, all from the i18n table).
 * A host creates a missing tab from here; readers find columns by these headers in either language,
 * so a tab created in French reads the same as one created in English.
 */
import type { Bilingual, Locale } from './messages';
import { ownedTabStrings } from './i18n/concepts/owned-tabs';
import { normalizeWords } from './reading/normalize-text';

/** One column of an owned tab; `K` is the union of its tab's column keys. */
export interface OwnedColumn<K extends string = string> {
  key: K;
  header: Bilingual;
  note: Bilingual;
}

/** An owned tab; `K`, the union of its column keys, is inferred from the columns listed below. */
export interface OwnedTab<K extends string = string> {
  key: 'evidence' | 'checkIns' | 'schools' | 'supports' | 'dashboard' | 'summary';
  name: Bilingual;
  columns: OwnedColumn<K>[];
}

/** The keys of a tab's columns: `ColumnKey<typeof EVIDENCE_TAB>` is 'id' | 'capturedAt' | … */
export type ColumnKey<T> = T extends OwnedTab<infer K> ? K : never;

/** The key of one of the i18n table's owned-tab texts. */
type TabText = keyof typeof ownedTabStrings;

/** The columns of `tab` the i18n table describes (a header and a note each). */
type ColumnsOf<T extends OwnedTab['key']> = TabText extends infer S
  ? S extends `tab.${T}.${infer C}.note`
    ? C
    : never
  : never;

const texts: Record<string, Bilingual> = ownedTabStrings;

/** One owned-tab text from the i18n table, in both languages. */
function text(key: string): Bilingual {
  const entry = texts[key];
  if (!entry) throw new Error(`The i18n table has no owned-tab text "${key}"`);
  return { en: entry.en, fr: entry.fr };
}

/**
 * An owned tab with its name, and its columns in order, each with the header and the note the i18n
 * table gives it; `K`, the union of its column keys, stays literal (a misspelt key does not compile).
 */
function ownedTab<T extends OwnedTab['key'], K extends ColumnsOf<T>>(
  key: T,
  columns: K[],
): OwnedTab<K> {
  return {
    key,
    name: text(`tab.${key}`),
    columns: columns.map((column) => ({
      key: column,
      header: text(`tab.${key}.${column}`),
      note: text(`tab.${key}.${column}.note`),
    })),
  };
}

export const EVIDENCE_TAB = ownedTab('evidence', [
  'id',
  'capturedAt',
  'keyResultId',
  'keyResult',
  'school',
  'practice',
  'type',
  'stage',
  'quote',
  'note',
  'sourceTitle',
  'sourceUrl',
  'heading',
  'coach',
  'receivedAt',
]);

export const CHECK_INS_TAB = ownedTab('checkIns', [
  'keyResultId',
  'keyResult',
  'date',
  'value',
  'confidence',
  'comment',
  'by',
]);

export const SCHOOLS_TAB = ownedTab('schools', ['school', 'practice', 'principal', 'coach']);

export const SUPPORTS_TAB = ownedTab('supports', [
  'kind',
  'title',
  'start',
  'end',
  'objective',
  'schools',
  'facilitator',
  'status',
]);

export const DASHBOARD_TAB = ownedTab('dashboard', []);
export const SUMMARY_TAB = ownedTab('summary', []);

export const OWNED_TABS: OwnedTab[] = [
  EVIDENCE_TAB,
  CHECK_INS_TAB,
  SCHOOLS_TAB,
  SUPPORTS_TAB,
  DASHBOARD_TAB,
  SUMMARY_TAB,
];

/** The hidden tab where local mode keeps document settings (Apps Script uses document properties). */
export const SETTINGS_TAB_NAME = '_throughline';

/**
 * The one answer to "is this sheet that owned tab?", for every host and the reader: either language,
 * with case, accents and punctuation folded ("tableau de bord" and "Tableau de Bord" are the same tab).
 * With `locale`, only the name in that language counts (which language the owned tabs are in).
 */
export function isTabNamed(name: string, tab: OwnedTab, locale?: Locale): boolean {
  const words = normalizeWords(name);
  const names = locale ? [tab.name[locale]] : [tab.name.en, tab.name.fr];
  return names.some((n) => normalizeWords(n) === words);
}

/** The existing sheet name of an owned tab, in either language; null when the tab is missing. */
export function ownedTabName(names: string[], tab: OwnedTab): string | null {
  return names.find((n) => isTabNamed(n, tab)) ?? null;
}

/** True for the tabs the product creates and rewrites (and its settings tab): never the plan. */
export function isOwnedTabName(name: string): boolean {
  return (
    OWNED_TABS.some((tab) => isTabNamed(name, tab)) ||
    normalizeWords(name) === normalizeWords(SETTINGS_TAB_NAME)
  );
}
