import { describe, expect, it } from 'vitest';
import { reconcileKeyResultIds, type KnownKeyResult } from '../../shared/key-result-reconcile';

const O = 'Deepen understanding of fractions';
const known: KnownKeyResult[] = [
  {
    id: 'kr-a',
    objective: O,
    title: '% of observed lessons where students explain their reasoning',
    row: 1,
  },
  {
    id: 'kr-b',
    objective: O,
    title: 'Co-planning cycles completed with grade 6-8 teachers',
    row: 2,
  },
  { id: 'kr-c', objective: O, title: '% of grade 6 students at level 3 or 4', row: 3 },
];
const now = (rows: [number, string][]) =>
  rows.map(([row, title]) => ({ row, objective: O, title }));

describe('key-result identity kept in one stored value', () => {
  it('follows rows inserted above and rows sorted', () => {
    expect(
      reconcileKeyResultIds(
        now([
          [4, known[2].title],
          [5, known[0].title],
          [6, known[1].title],
        ]),
        known,
      ),
    ).toEqual({ 4: 'kr-c', 5: 'kr-a', 6: 'kr-b' });
  });

  it('keeps the id of a reworded key result, even moved, and gives none to a new one', () => {
    const ids = reconcileKeyResultIds(
      now([
        [1, known[1].title],
        [2, '% of observed lessons where students justify their thinking'],
        [3, known[2].title],
        [4, 'Number of PLC meetings on student work'],
      ]),
      known,
    );
    expect(ids).toEqual({ 1: 'kr-b', 2: 'kr-a', 3: 'kr-c' });
  });

  it('leaves a deleted key result’s id unused', () => {
    expect(
      Object.values(
        reconcileKeyResultIds(
          now([
            [1, known[0].title],
            [2, known[2].title],
          ]),
          known,
        ),
      ),
    ).toEqual(['kr-a', 'kr-c']);
  });

  it('survives any shuffle of generated plans with inserted rows (every id back on its title)', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const size = 1 + next(40);
      const plan: KnownKeyResult[] = Array.from({ length: size }, (_, i) => ({
        id: `kr-${i}`,
        objective: `Objective ${i % 4}`,
        title: `Key result ${i}: ${['students', 'teachers', 'PLCs', 'schools'][i % 4]} reach level ${i}`,
        row: i + 1,
      }));
      const shuffled = [...plan].sort(() => next(3) - 1);
      const offset = next(5);
      const ids = reconcileKeyResultIds(
        shuffled.map((kr, i) => ({
          objective: kr.objective,
          title: kr.title,
          row: i + 1 + offset,
        })),
        plan,
      );
      shuffled.forEach((kr, i) => expect(ids[i + 1 + offset]).toBe(kr.id));
    }
  });
});
