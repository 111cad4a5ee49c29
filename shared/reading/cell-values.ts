/**
 * Reads a number the way a coordinator wrote it: 42, "42%", "18,5 %", "7 of 25 schools", a cell
 * formatted as percent holding 0.25, or "n/a" for a value nobody has yet. Text goes through the one
 * quantity grammar (quantity.ts). The scale (percent points or fraction) is reported, not decided
 * here: see percent-scale.ts.
 */
import type { CellValue } from '../cells';
import { readQuantity, type NumberReading, type QuantityContext } from './quantity';

export type { NumberReading, NumberScale, NumberValue, QuantityContext } from './quantity';

/** True when the cell's number format shows a percent (0%, 0.0%, #,##0.00%), not a literal "%" in quotes. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** Reads one cell as a number; dates and booleans are not numbers. */
export function readNumber(
  value: CellValue | undefined,
  format?: string,
  context?: QuantityContext,
): NumberReading {
  if (value === null || value === undefined) return { kind: 'missing' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    return { kind: 'number', value, scale: isPercentFormat(format) ? 'percent-format' : 'plain' };
  }
  if (typeof value === 'boolean' || value instanceof Date)
    return { kind: 'invalid', text: String(value) };
  return readNumberText(value, context);
}

/** Reads a number written as text: "42%", "3,2 sur 4", "≈ 30", "45 % d'ici mai 2026"; "n/a" and "-" are missing. */
export function readNumberText(raw: string, context?: QuantityContext): NumberReading {
  return readQuantity(raw, context);
}
