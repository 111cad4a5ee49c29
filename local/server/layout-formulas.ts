/**
 * Layouts may hold formulas the core wrote for Google Sheets (SPARKLINE, HYPERLINK to a place in the
 * workbook). Excel has no SPARKLINE and a browser evaluates nothing, so local mode shows a text
 * sparkline or a link. Anything else starting with "=" is treated as text, never as a formula: if
 * untrusted text ever reached a layout unescaped, it still could not run in the coordinator's Excel.
 */
export type LayoutFormula =
  | { kind: 'sparkline'; text: string }
  | { kind: 'link'; target: string; label: string }
  | { kind: 'text'; text: string };

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Reads a layout value starting with "=". */
export function layoutFormula(value: string): LayoutFormula {
  const body = value.slice(1).trim();
  const sparkline = /^SPARKLINE\(\s*\{([^}]*)\}/i.exec(body);
  if (sparkline) return { kind: 'sparkline', text: textSparkline(numbersIn(sparkline[1])) };
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)")?\s*\)$/i.exec(body);
  const target = link ? link[1].replace(/""/g, '"') : '';
  if (link && target.startsWith('#'))
    return {
      kind: 'link',
      target,
      label: link[2] !== undefined ? link[2].replace(/""/g, '"') : target,
    };
  return { kind: 'text', text: value };
}

/** ▁▃▅█ — one block per value, scaled between the smallest and largest. */
export function textSparkline(values: number[]): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  return values
    .map((v) => BLOCKS[span === 0 ? 3 : Math.round(((v - low) / span) * (BLOCKS.length - 1))])
    .join('');
}

function numbersIn(list: string): number[] {
  return list
    .split(/[,;]/)
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isFinite(n));
}
