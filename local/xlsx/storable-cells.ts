/**
 * The .xlsx write boundary: whatever text local mode puts into the workbook (evidence rows, generated
 * tabs, settings) goes through storableText first, so a character XML 1.0 cannot hold, copied from a
 * plan title into the Dashboard for instance, can never make the saved file unreadable. Text is
 * stored exactly as typed: an .xlsx string cell is never a formula, so the apostrophe the core puts
 * before "=1+2" for Sheets (inertText) is taken off here.
 */
import type { CellValue } from '../../shared/cells';
import type { Layout } from '../../shared/layout';
import { fromInertText } from '../../shared/inert-text';
import { storableText } from '../../shared/storable-text';

/** A cell value as an .xlsx can keep it; non-text values are unchanged. */
export function storableCell<T extends CellValue>(value: T): T {
  return (typeof value === 'string' ? storableText(value) : value) as T;
}

/** Rows of cells, each made storable. */
export function storableRows<T extends CellValue>(rows: T[][]): T[][] {
  return rows.map((row) => row.map(storableCell));
}

/** Rows the core made for a host that parses typed input, as the exact text an .xlsx string cell keeps. */
export function typedRows(rows: CellValue[][]): CellValue[][] {
  return rows.map((row) =>
    row.map((value) => (typeof value === 'string' ? storableText(fromInertText(value)) : value)),
  );
}

/** A layout whose every piece of text (values, link labels and targets, chart titles) is storable. */
export function storableLayout(layout: Layout): Layout {
  return {
    ...layout,
    values: storableRows(layout.values),
    links: layout.links.map((link) => ({
      ...link,
      label: storableText(link.label),
      target: storableText(link.target),
    })),
    charts: layout.charts.map((chart) => ({ ...chart, title: storableText(chart.title) })),
    ...(layout.webLinks
      ? { webLinks: layout.webLinks.map((link) => ({ ...link, url: storableText(link.url) })) }
      : {}),
  };
}
