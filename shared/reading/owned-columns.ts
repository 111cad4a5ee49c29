/**
 * Finds the columns of a tab the product owns (or a coordinator's own "Schools" tab) by header, in
 * English or French, wherever its header row sits in the first rows, so moved columns still read.
 */
import type { SheetTable } from '../cells';
import type { OwnedTab } from '../owned-tabs';
import { cellText } from './cell-text';
import { normalizeWords } from './normalize-text';

/** Extra header wordings a coordinator's own tab may use, by owned column key. */
const EXTRA_HEADERS: Record<string, string[]> = {
  school: ['school', 'schools', 'school name', 'ecole', 'ecoles', 'nom de l ecole', 'site'],
  practice: [
    'practice',
    'selected practice',
    'high impact practice',
    'focus practice',
    'pratique',
    'pratique choisie',
    'pratique retenue',
    'pratique a fort impact',
  ],
  principal: [
    'principal',
    'principals',
    'direction',
    'directeur',
    'directrice',
    'direction d ecole',
  ],
  coach: [
    'coach',
    'coaches',
    'math coach',
    'coach s',
    'conseiller',
    'conseillere',
    'conseiller pedagogique',
    'conseillere pedagogique',
    'accompagnateur',
    'accompagnatrice',
  ],
  keyResultId: ['kr id', 'key result id'],
  keyResult: ['key result', 'resultat cle', 'kr'],
};

/** Column key → 0-based column, and the header row they were found on. */
export interface OwnedColumns {
  headerRow: number;
  columns: Record<string, number>;
}

const SEARCH_ROWS = 10;

/** The header row (most columns recognized, at least `minimum`) of an owned tab, or null. */
export function findOwnedColumns(
  table: SheetTable,
  tab: OwnedTab,
  minimum = 2,
): OwnedColumns | null {
  let best: OwnedColumns | null = null;
  for (let row = 0; row < Math.min(SEARCH_ROWS, table.values.length); row++) {
    const columns = matchOwnedHeaders(
      (table.values[row] ?? []).map((value) => normalizeWords(cellText(value))),
      tab,
    );
    const count = Object.keys(columns).length;
    if (count >= minimum && (!best || count > Object.keys(best.columns).length))
      best = { headerRow: row, columns };
  }
  return best;
}

function matchOwnedHeaders(headers: string[], tab: OwnedTab): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const column of tab.columns) {
    const wordings = new Set([
      normalizeWords(column.header.en),
      normalizeWords(column.header.fr),
      ...(EXTRA_HEADERS[column.key] ?? []),
    ]);
    const col = headers.findIndex(
      (header, i) => header !== '' && wordings.has(header) && !Object.values(columns).includes(i),
    );
    if (col >= 0) columns[column.key] = col;
  }
  return columns;
}
