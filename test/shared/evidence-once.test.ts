// Issue 12: a clip id counts once wherever it appears in the Evidence tab, so a duplicate row (the
// same clip sent from two devices, or written again after a lost reply) never inflates a count.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { countByType } from '../../shared/dashboard/evidence-counts';
import { evidenceHeaders } from '../../shared/evidence-row';
import { EVIDENCE_TYPES } from '../../shared/evidence-vocabulary';
import { readEvidence } from '../../shared/owned-tab-reading';
import { seeded } from './seeded-random';

function evidenceTable(rows: CellValue[][]) {
  return { name: 'Evidence', values: [evidenceHeaders('en'), ...rows] };
}

function row(id: string, type: string, quote: string): CellValue[] {
  return [
    id,
    '2026-03-10T14:00:00Z',
    'kr-1',
    'KR',
    'Cedar',
    'P',
    type,
    '',
    quote,
    '',
    '',
    '',
    '',
    'Alex',
    '2026-03-10T14:05:00Z',
  ];
}

describe('a clip id counts once', () => {
  it('keeps the first row of a repeated id and every row without an id', () => {
    const read = readEvidence(
      evidenceTable([
        row('clip-a', 'observation', 'first'),
        row('clip-b', 'plc-meeting', 'other'),
        row('clip-a', 'observation', 'again from a second device'),
        row('', 'observation', 'typed by hand, no id'),
        row('', 'observation', 'another by hand'),
      ]),
    );
    expect(read.map((e) => [e.id, e.quote])).toEqual([
      ['clip-a', 'first'],
      ['clip-b', 'other'],
      ['', 'typed by hand, no id'],
      ['', 'another by hand'],
    ]);
  });

  it('on generated tabs with duplicates, the Dashboard counts each clip once', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const clips = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) => ({
        id: `clip-${seed}-${i}`,
        type: EVIDENCE_TYPES[Math.floor(random() * EVIDENCE_TYPES.length)],
      }));
      const rows = clips.flatMap((clip) =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => row(clip.id, clip.type, 'q')),
      );
      const shuffled = rows
        .map((r) => [random(), r] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, r]) => r);
      const read = readEvidence(evidenceTable(shuffled));
      expect(new Set(read.map((e) => e.id)).size).toBe(read.length);
      expect(read.length).toBe(clips.length);
      const expected = new Map<string, number>();
      for (const clip of clips) expected.set(clip.type, (expected.get(clip.type) ?? 0) + 1);
      expect(Object.fromEntries(countByType(read))).toEqual(Object.fromEntries(expected));
    }
  });
});
