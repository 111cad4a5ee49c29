import { describe, expect, it } from 'vitest';
import { backoffDelay, FIRST_RETRY_MS, MAX_RETRY_MS } from '../../extension/lib/backoff';

describe('backoffDelay', () => {
  it.each([
    { attempts: 1, random: 1, expected: FIRST_RETRY_MS },
    { attempts: 1, random: 0, expected: FIRST_RETRY_MS / 2 },
    { attempts: 2, random: 1, expected: FIRST_RETRY_MS * 2 },
    { attempts: 4, random: 1, expected: FIRST_RETRY_MS * 8 },
    { attempts: 30, random: 1, expected: MAX_RETRY_MS },
    { attempts: 30, random: 0, expected: MAX_RETRY_MS / 2 },
  ])(
    'waits $expected ms after attempt $attempts (random $random)',
    ({ attempts, random, expected }) => {
      expect(backoffDelay(attempts, random)).toBe(expected);
    },
  );

  it('spreads coaches retrying at the same moment (jitter)', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.95].map((r) => backoffDelay(3, r)));
    expect(delays.size).toBe(4);
  });
});
