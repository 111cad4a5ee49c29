/**
 * One way to compare words a coordinator typed: case, accents, punctuation and words in
 * parentheses do not matter ("Type d'indicateur (avancé/retardé)" ≈ "type d indicateur").
 */

/** Lower case, no accents, no ligatures (œ → oe), apostrophes and dashes kept as spaces. */
export function foldText(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Folded, parenthesised words dropped, punctuation → single spaces, trimmed. */
export function normalizeWords(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** True when `phrase` (already normalized) appears in `words` as whole words. */
export function hasPhrase(words: string, phrase: string): boolean {
  return ` ${words} `.includes(` ${phrase} `);
}
