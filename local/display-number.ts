/**
 * Numbers as the sheet displays them, in the page's language: "42.5%" in English, "42,5 %" in
 * French. The formatting is the core's one formatter (formatCellNumber in
 * shared/dashboard/display-values.ts); this name stays for the page's existing imports.
 */
export { formatCellNumber as displayNumber } from '../shared/dashboard/display-values';
