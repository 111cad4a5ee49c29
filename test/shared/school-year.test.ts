import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  defaultDue,
  defaultStart,
  isIsoDate,
} from '../../shared/school-year';

describe('school year defaults', () => {
  it.each([
    ['2025-09-02', '2026-06-30'],
    ['2026-01-15', '2026-06-30'],
    ['2026-06-30', '2026-06-30'],
    ['2026-07-01', '2027-06-30'],
  ])('today %s → due %s', (today, due) => {
    expect(defaultDue(today)).toBe(due);
  });

  it.each([
    ['2026-06-30', '2025-09-01'],
    ['2026-05-29', '2025-09-01'],
    ['2026-12-15', '2026-09-01'],
    ['2026-09-01', '2025-09-01'],
  ])('due %s → start %s', (due, start) => {
    expect(defaultStart(due)).toBe(start);
  });
});

describe('calendar arithmetic', () => {
  it('counts days across months, leap years and daylight saving changes', () => {
    expect(daysBetween('2025-09-02', '2026-01-15')).toBe(135);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(addDays('2026-01-15', -30)).toBe('2025-12-16');
  });

  it.each([
    ['2026-01-15', true],
    ['2026-02-30', false],
    ['2026-1-15', false],
    ['yesterday', false],
  ])('isIsoDate(%j) → %j', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
