/**
 * A clip's passage link on the Dashboard and Summary: the cell's own text becomes a link (rich
 * text), so Sheets parses nothing (no HYPERLINK formula built from a coach's URL). Linked cells of
 * a column, with only text between them, are written in one call: the number of calls does not grow
 * with the number of quotes.
 */
import type { Layout } from '../shared/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A column stretch to write as rich text: each cell's text, and its link where it has one. */
export interface LinkRun {
  row: number;
  col: number;
  cells: { text: string; url: string | null }[];
}

const isText = (value: unknown) => typeof value === 'string' && !value.startsWith('=');

/** Groups the layout's web links into runs over `values` (the typed values about to be written). */
export function webLinkRuns(layout: Layout, values: unknown[][]): LinkRun[] {
  const byColumn = new Map<number, Map<number, string>>();
  for (const link of layout.webLinks ?? []) {
    if (!isText(values[link.row]?.[link.col]) || values[link.row][link.col] === '') continue;
    const column = byColumn.get(link.col) ?? new Map<number, string>();
    byColumn.set(link.col, column.set(link.row, link.url));
  }
  const runs: LinkRun[] = [];
  for (const [col, links] of byColumn) {
    let run: LinkRun | null = null;
    for (const row of [...links.keys()].sort((a, b) => a - b)) {
      const joinable =
        run !== null &&
        values.slice(run.row + run.cells.length, row).every((line) => isText(line[col] ?? ''));
      if (!run || !joinable) {
        run = { row, col, cells: [] };
        runs.push(run);
      }
      for (let r = run.row + run.cells.length; r <= row; r++)
        run.cells.push({ text: String(values[r][col] ?? ''), url: links.get(r) ?? null });
    }
  }
  return runs;
}

/** Writes each run with one setRichTextValues call. */
export function paintWebLinks(sheet: Sheet, runs: LinkRun[]): void {
  for (const run of runs) {
    const rich = run.cells.map(({ text, url }) => {
      const builder = SpreadsheetApp.newRichTextValue().setText(text);
      return [(url ? builder.setLinkUrl(url) : builder).build()];
    });
    sheet.getRange(run.row + 1, run.col + 1, run.cells.length, 1).setRichTextValues(rich);
  }
}
