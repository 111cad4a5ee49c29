import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../shared/plan-schema';
import type { CheckIn } from '../../shared/records';
import { elapsedOf, paceKeyResult, progressOf, statusOf } from '../../shared/pacing';

const keyResult = (overrides: Partial<KeyResult> = {}): KeyResult => ({
  id: 'kr-1',
  title: 'Classrooms using visual models',
  indicator: 'leading',
  baseline: 30,
  target: 90,
  current: 54,
  unit: null,
  owners: ['K. Diaz'],
  start: null,
  due: '2026-06-30',
  direction: 'increase',
  row: 4,
  ...overrides,
});

const checkIn = (date: string, value: number, keyResultId = 'kr-1', row = 1): CheckIn => ({
  keyResultId,
  keyResultTitle: '',
  date,
  value,
  confidence: null,
  comment: '',
  by: '',
  row,
});

describe('progressOf', () => {
  it.each([
    [30, 90, 54, 0.4],
    [38, 25, 33, 5 / 13],
    [10, 28, 28, 1],
    [10, 28, 40, 1],
    [10, 28, 5, 0],
    [null, 28, 5, null],
    [10, null, 5, null],
    [10, 28, null, null],
    [10, 10, 10, null],
  ])('baseline %j, target %j, current %j → %j', (baseline, target, current, expected) => {
    const got = progressOf(baseline, target, current);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });
});

describe('elapsedOf', () => {
  it.each([
    ['2025-09-02', '2026-06-15', '2026-01-15', 0.472],
    ['2025-09-01', '2026-06-30', '2026-01-15', 0.4503],
    ['2025-09-01', '2026-06-30', '2025-08-01', 0],
    ['2025-09-01', '2026-06-30', '2026-08-01', 1],
    ['2026-06-30', '2026-06-30', '2026-06-30', 1],
  ])('start %s, due %s, today %s → %d', (start, due, today, expected) => {
    expect(elapsedOf(start, due, today)).toBeCloseTo(expected, 3);
  });
});

describe('statusOf (margins 0.10 and 0.25)', () => {
  it.each([
    [null, 0.5, 'no-data'],
    [1, 0.2, 'achieved'],
    [0.4, 0.45, 'on-track'],
    [0.35, 0.45, 'on-track'],
    [0.34, 0.45, 'at-risk'],
    [0.2, 0.45, 'at-risk'],
    [0.19, 0.45, 'off-track'],
    [0, 1, 'off-track'],
  ])('progress %j at elapsed %j → %s', (progress, elapsed, expected) => {
    expect(statusOf(progress, elapsed)).toBe(expected);
  });

  it('uses the thresholds a coordinator set', () => {
    expect(statusOf(0.3, 0.45, { onTrackMargin: 0.2, atRiskMargin: 0.3, staleAfterDays: 30 })).toBe(
      'on-track',
    );
  });
});

describe('paceKeyResult', () => {
  it('paces from the sheet when there are no check-ins, defaulting start to 1 September before the due date', () => {
    const pace = paceKeyResult(keyResult(), '2026-01-15', []);
    expect(pace).toMatchObject({
      current: 54,
      currentSource: 'plan',
      start: '2025-09-01',
      due: '2026-06-30',
      dueDefaulted: false,
      status: 'on-track',
      lastUpdate: null,
      stale: false,
      trend: [],
    });
    expect(pace.progress).toBeCloseTo(0.4, 10);
    expect(pace.elapsed).toBeCloseTo(0.4503, 4);
  });

  it('defaults the due date to 30 June of the school year containing today', () => {
    expect(paceKeyResult(keyResult({ due: null }), '2025-10-01', [])).toMatchObject({
      due: '2026-06-30',
      dueDefaulted: true,
      start: '2025-09-01',
    });
    expect(paceKeyResult(keyResult({ due: null }), '2026-03-01', [])).toMatchObject({
      due: '2026-06-30',
    });
  });

  it('lets the latest check-in set current, keeps the last 8 values as the trend, and ignores other key results', () => {
    const checkIns = [
      ...Array.from({ length: 9 }, (_, i) =>
        checkIn(`2025-10-${String(i + 10).padStart(2, '0')}`, 30 + i),
      ),
      checkIn('2025-12-20', 66),
      checkIn('2025-12-30', 99, 'kr-other'),
    ];
    const pace = paceKeyResult(keyResult(), '2026-01-15', checkIns.reverse());
    expect(pace).toMatchObject({
      current: 66,
      currentSource: 'check-in',
      lastUpdate: '2025-12-20',
      stale: false,
      trendDirection: 'up',
    });
    expect(pace.trend).toEqual([32, 33, 34, 35, 36, 37, 38, 66]);
    expect(pace.progress).toBeCloseTo(0.6, 10);
  });

  it.each([
    [[40, 55, 50], 'up'],
    [[60, 45, 50], 'down'],
    [[50, 62, 50], 'flat'],
    [[50], null],
  ])('check-ins %j trend %s (first against last)', (values, expected) => {
    const checkIns = values.map((value, i) => checkIn(`2025-11-0${i + 1}`, value));
    expect(paceKeyResult(keyResult(), '2025-11-20', checkIns).trendDirection).toBe(expected);
  });

  it('is stale when the last check-in is more than 30 days old', () => {
    expect(paceKeyResult(keyResult(), '2026-01-15', [checkIn('2025-12-16', 50)]).stale).toBe(false);
    expect(paceKeyResult(keyResult(), '2026-01-15', [checkIn('2025-12-15', 50)]).stale).toBe(true);
  });

  it('paces a key result that goes down', () => {
    const pace = paceKeyResult(
      keyResult({ baseline: 38, target: 25, current: 33, due: '2026-06-30', start: '2025-09-02' }),
      '2026-01-15',
      [],
    );
    expect(pace.status).toBe('on-track');
    expect(pace.progress).toBeCloseTo(0.3846, 4);
  });

  it('matches a check-in with no id to its key result by title', () => {
    const pace = paceKeyResult(keyResult(), '2026-01-15', [
      { ...checkIn('2026-01-10', 60, ''), keyResultTitle: 'classrooms using visual models' },
    ]);
    expect(pace.current).toBe(60);
  });
});
