/**
 * A small seeded random generator (mulberry32) for generated tests: the same seed composes the same
 * cases on every run, so a failure can be replayed. Tests only; the core never draws random numbers.
 */

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** The generator for a seed. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a list. */
export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)];

/** True with probability p. */
export const chance = (random: Random, p: number): boolean => random() < p;
