/**
 * A clip's way back to its passage, in Sheets: the Dashboard's latest-evidence date and the
 * Summary's quote open the passage (the cell's own text is the link: rich text, no formula), in
 * English and French, and a Source URL that is not a web address is never made clickable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { loadAddon } from './fake/load-addon';
import { setUpAndResetCounts } from './fixtures/large-world';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeSheet } from './fake/fake-sheet';
import { KR, KR_ID, NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';

beforeAll(ensureBuilt);

const LINK =
  'https://notes.example.org/visit#:~:text=Students%20explained-,their%20reasoning,-aloud';

const clipRow = (id: string, day: string, quote: string, url: string): CellValue[] => [
  id,
  `${day}T14:00:00Z`,
  KR_ID.explain,
  KR.explain,
  'Lakeshore Middle',
  'Using representations',
  'observation',
  null,
  quote,
  '',
  'Visit notes',
  url,
  '',
  'J. Singh',
  `${day}T14:01:00Z`,
];

/** Every linked cell of a sheet as [shown text, link]. */
const linked = (sheet: FakeSheet | undefined) =>
  (sheet?.cells ?? []).flatMap((line) =>
    line.filter((cell) => cell.link).map((cell) => [String(cell.value), cell.link]),
  );

describe('passage links in Sheets', () => {
  it.each([
    ['en_US', 'Dashboard', 'Summary', 'Jan 14, 2026', '“their reasoning”'],
    ['fr_FR', 'Tableau de bord', 'Sommaire', '14 janv. 2026', '« their reasoning »'],
  ] as const)(
    '%s: the latest date and the quote open the passage',
    (locale, dash, summary, date, quote) => {
      const spreadsheet = planSimpleSpreadsheet({
        locale,
        evidence: [
          clipRow('clip-old-1', '2026-01-10', 'older words', 'javascript:alert(1)'),
          clipRow('clip-new-1', '2026-01-14', 'their reasoning', LINK),
        ],
      });
      const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
      setUpAndResetCounts(addon, spreadsheet);
      expect(linked(spreadsheet.sheet(dash))).toEqual([[date, LINK]]);
      const quotes = linked(spreadsheet.sheet(summary));
      expect(quotes).toContainEqual([quote, LINK]);
      expect(quotes.every(([, url]) => url === LINK)).toBe(true);
      // No formula was built from the coach's URL.
      const formulas = spreadsheet
        .sheet(summary)!
        .cells.flat()
        .map((cell) => cell.formula ?? '');
      expect(formulas.some((f) => f.includes('notes.example.org'))).toBe(false);
    },
  );
});
