/**
 * The truth conventions that are computed rather than written: direction from the numbers, or from
 * a direction word when a number is missing.
 */
import type { Direction } from './model-types';

const DECREASE =
  /\b(reduce|reducing|decrease|lower|below|under|cut|réduire|diminuer|baisser|sous)\b/i;
const INCREASE = /\b(increase|raise|rise|grow|improve|augmenter|accroître|hausser)\b/i;

/**
 * Direction convention: target above baseline = increase, below = decrease; when either is
 * missing, a direction word in the title or sentence decides; else null. The generator never
 * writes a direction word that disagrees with the numbers.
 */
export function directionOf(
  baseline: number | null,
  target: number | null,
  words: string,
): Direction | null {
  if (baseline !== null && target !== null && baseline !== target)
    return target > baseline ? 'increase' : 'decrease';
  if (DECREASE.test(words)) return 'decrease';
  if (INCREASE.test(words)) return 'increase';
  return null;
}
