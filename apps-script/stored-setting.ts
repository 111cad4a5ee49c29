/**
 * Document settings larger than one property holds (9 KB a value): the cached catalog and the
 * key-result identity map are split into numbered chunks. Properties are not spreadsheet calls, so
 * reading them costs no round trip to the sheet.
 */
import type { SheetsWorkbook } from './sheets-workbook';

const CHUNK = 8000;

/** Stores `value` under `key` in as many chunks as needed; writes nothing when it is unchanged. */
export function storeLargeSetting(port: SheetsWorkbook, key: string, value: string): void {
  if (readLargeSetting(port, key) === value) return;
  const chunks = Math.max(1, Math.ceil(value.length / CHUNK));
  for (let i = 0; i < chunks; i++)
    port.setSetting(`${key}.${i}`, value.slice(i * CHUNK, (i + 1) * CHUNK));
  port.setSetting(key, String(chunks));
}

/** The value stored by storeLargeSetting, or null. */
export function readLargeSetting(port: SheetsWorkbook, key: string): string | null {
  const chunks = Number(port.getSetting(key));
  if (!Number.isInteger(chunks) || chunks < 1) return null;
  let value = '';
  for (let i = 0; i < chunks; i++) {
    const part = port.getSetting(`${key}.${i}`);
    if (part === null) return null;
    value += part;
  }
  return value;
}
