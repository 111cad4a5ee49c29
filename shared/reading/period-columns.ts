/**
 * Plans that log a value per benchmark window instead of one "Current" column: "Fall | Winter |
 * Spring", "BOY | MOY", "Q1 … Q4", "T1 T2 T3", "Sept | Jan | May", or real dates as headers. The
 * latest filled window is the current value; with no Baseline column, the first window is the baseline.
 */
import type { CellValue, SheetTable } from '../cells';
import { columnContent } from './column-content';
import { normalizeWords } from './normalize-text';
import { readDateText } from './dates';

const MONTH_WORDS =
  'january|jan|janvier|janv|february|feb|fevrier|fevr|fev|march|mar|mars|april|apr|avril|avr|may|mai|june|jun|juin|july|jul|juillet|juil|august|aug|aout|september|sept|sep|septembre|october|oct|octobre|november|nov|novembre|december|dec|decembre';
const WINDOW =
  `fall|autumn|winter|spring|automne|hiver|printemps|boy|moy|eoy|beginning of year|middle of year|mid year|midyear|end of year|debut d annee|mi annee|milieu d annee|fin d annee|` +
  `q[1-4]|quarter [1-4]|t[1-4]|trimester [1-3]|trimestre [1-3]|etape [1-3]|term [1-4]|semester [12]|semestre [12]|period [1-6]|periode [1-6]|` +
  `(?:benchmark|check in|checkpoint|window|round|data point|bilan|suivi) [1-6]|${MONTH_WORDS}`;
const FILLER =
  /\b(data|donnees|result|results|resultat|resultats|score|scores|benchmark|check in|value|valeur|valeurs|actual|reel|mesure|as of|as at|en date du|au|at|on|of|le|du|\d{4}|\d{2} \d{2}|\d{1,2})\b/g;
const PERIOD = new RegExp(`^(?:${WINDOW})$`);
/** "2023-24", "SY 2024-2025", "2024-25 actual", "2025 results": a school year (or a year with a word) as a column of values; a bare "2026" is not. */
const YEAR_WORDS =
  '(?:actual|actuals|result|results|resultat|resultats|data|donnees|reel|value|valeur|score)';
const YEAR = new RegExp(
  `^(?:(?:sy|fy|school year|annee scolaire|annee|year)\\s)?(?:19|20)\\d{2}(?:\\s(?:\\d{2}|(?:19|20)\\d{2})(?:\\s${YEAR_WORDS})?|\\s${YEAR_WORDS})$`,
);

/** True when a header names a benchmark window ("Winter 2026", "Jan data", "Q2", "Étape 1") or is a date. */
export function isPeriodHeader(value: CellValue | undefined): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'string') return false;
  if (/\d/.test(value) && readDateText(value) !== null) return true;
  const words = normalizeWords(value);
  if (PERIOD.test(words) || YEAR.test(words)) return true;
  const core = words.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  return core !== '' && core !== words && PERIOD.test(core);
}

/**
 * The columns of `cells` (a header row) that are benchmark windows, left to right, skipping `taken`.
 * At least one must hold numbers: "Q1 … Q4" columns ticked with "X" are an action timeline, not values.
 */
export function periodColumns(
  table: SheetTable,
  headerRow: number,
  cells: CellValue[],
  taken: Set<number>,
): number[] {
  const windows = cells.flatMap((value, col) =>
    taken.has(col) || !isPeriodHeader(value)
      ? []
      : [{ col, content: columnContent(table, headerRow, col) }],
  );
  const valued = windows.filter(
    ({ content }) => content === 'numbers' || content === 'mixed' || content === 'empty',
  );
  return valued.some(({ content }) => content === 'numbers') ? valued.map(({ col }) => col) : [];
}
