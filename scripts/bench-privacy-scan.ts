/**
 * The side panel's privacy check runs as the coach types or pastes: its time on a 20,000-character
 * passage (the longest a clip may be), in the shapes that once made it slow (long runs of letters or
 * dots without a space) as well as ordinary prose and number tables.
 */
import { medianTime } from './bench-timing';
import { scanPersonalInfo } from '../shared/privacy-scan';

const LIMIT = 20_000;
const SHAPES: Record<string, string> = {
  prose: 'Students explained their reasoning with fraction strips; call 514 555 0199. ',
  'a run of letters': 'a',
  'a run of dots': 'a.',
  'a number table': '1234567 2025 10 14 ',
  'many addresses': 'coach.name@district.qc.ca, ',
};

/** Figures for scripts/bench.ts. */
export async function benchPrivacyScan(): Promise<
  { name: string; value: string; target?: string }[]
> {
  const times = Object.entries(SHAPES).map(([shape, piece]) => {
    const text = piece.repeat(Math.ceil(LIMIT / piece.length)).slice(0, LIMIT);
    return { shape, ms: medianTime(() => scanPersonalInfo(text), 9) };
  });
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    {
      name: `privacy check of a 20,000-character clip (slowest shape: ${worst.shape})`,
      value: `${worst.ms.toFixed(1)} ms`,
      target: '< 50 ms',
    },
  ];
}
