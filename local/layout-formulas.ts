/**
 * Layouts may hold formulas the core wrote for Google Sheets (SPARKLINE, HYPERLINK). Excel has no
 * SPARKLINE and a browser evaluates nothing, so local mode turns each into something it can show:
 * a text sparkline, a link, or (for anything else) the formula itself for Excel to compute.
 */
export type LayoutFormula =
  | { kind: 'sparkline'; text: string }
  | { kind: 'link'; target: string; label: string }
  | { kind: 'formula'; formula: string };

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Reads a layout value starting with "=" (our own formulas, never user text). */
export function layoutFormula(value: string): LayoutFormula {
  const body = value.slice(1).trim();
  const sparkline = /^SPARKLINE\(\s*\{([^}]*)\}/i.exec(body);
  if (sparkline) return { kind: 'sparkline', text: textSparkline(numbersIn(sparkline[1])) };
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)")?\s*\)$/i.exec(body);
  if (link) {
    const target = link[1].replace(/""/g, '"');
    return { kind: 'link', target, label: link[2] !== undefined ? link[2].replace(/""/g, '"') : target };
  }
  return { kind: 'formula', formula: body };
}

/** ▁▃▅█ — one block per value, scaled between the smallest and largest. */
export function textSparkline(values: number[]): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  return values.map((v) => BLOCKS[span === 0 ? 3 : Math.round(((v - low) / span) * (BLOCKS.length - 1))]).join('');
}

function numbersIn(list: string): number[] {
  return list
    .split(/[,;]/)
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isFinite(n));
}
