/**
 * A sheet as a text grid for a person reading a failing seed: row numbers, column letters, values
 * (dates as ISO), number formats in braces, merges, hidden columns and bold cells marked.
 */
import { columnLetter, type CellValue, type SheetTable } from '../../shared/cells';

function show(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null) return '';
  return String(value).replace(/\n/g, '⏎');
}

/** The table as lines of text, each cell cut to `width` characters. */
export function textGrid(table: SheetTable, width = 28): string {
  const hidden = new Set(table.hiddenColumns ?? []);
  const cols = Math.max(0, ...table.values.map((r) => r.length));
  const head = [
    '    ',
    ...Array.from({ length: cols }, (_, c) =>
      `${columnLetter(c)}${hidden.has(c) ? ' (hidden)' : ''}`.padEnd(width),
    ),
  ].join(' | ');
  const lines = [`## ${table.name}`, head];
  table.values.forEach((row, r) => {
    const cells = Array.from({ length: cols }, (_, c) => {
      const fmt = table.formats?.[r]?.[c] ? `{${table.formats[r][c]}}` : '';
      const bold = table.bold?.[r]?.[c] ? '*' : '';
      return `${bold}${show(row[c] ?? null)}${fmt}`.slice(0, width).padEnd(width);
    });
    lines.push([String(r + 1).padStart(4), ...cells].join(' | ').trimEnd());
  });
  for (const m of table.merges ?? [])
    lines.push(
      `merged ${columnLetter(m.col)}${m.row + 1}:${columnLetter(m.col + m.cols - 1)}${m.row + m.rows}`,
    );
  return lines.join('\n');
}
