/** Timing a synchronous piece of work for `npm run bench`: the median of several runs. */
import { performance } from 'node:perf_hooks';

/** Median of `runs` timings of `fn`, in milliseconds. */
export function medianTime(fn: () => unknown, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
