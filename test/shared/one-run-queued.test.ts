import { describe, expect, it } from 'vitest';
import { oneRunQueued } from '../../shared/one-run-queued';

/** A run that finishes when told to, recording when it started and which calls it covered. */
function harness() {
  const log: string[] = [];
  const finishers: ((ok: boolean) => void)[] = [];
  let calls = 0;
  let covered = 0;
  const runner = oneRunQueued(() => {
    const upTo = calls;
    log.push(`start covering ${covered + 1}..${upTo}`);
    covered = upTo;
    return new Promise<number>((resolve, reject) =>
      finishers.push((ok) => (ok ? resolve(upTo) : reject(new Error('disk full')))),
    );
  });
  const call = () => {
    calls += 1;
    return runner.run();
  };
  const finish = async (ok = true) => {
    finishers.shift()?.(ok);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { runner, call, finish, log };
}

describe('one run at a time, one queued', () => {
  it('runs at once when idle, and a burst during a run shares one queued run', async () => {
    const { call, finish, log, runner } = harness();
    const first = call();
    const burst = [call(), call(), call()];
    expect(new Set(burst).size).toBe(1);
    expect(runner.pending()).toBe(burst[0]);
    await finish();
    expect(await first).toBe(1);
    await finish();
    expect(await Promise.all(burst)).toEqual([4, 4, 4]);
    expect(log).toEqual(['start covering 1..1', 'start covering 2..4']);
    expect(runner.pending()).toBeNull();
  });

  it('still runs the queued one after a failed run, and every call is covered by a run started after it', async () => {
    const { call, finish, log } = harness();
    const first = call().catch((error: Error) => error.message);
    const second = call();
    await finish(false);
    expect(await first).toBe('disk full');
    await finish();
    expect(await second).toBe(2);
    expect(log).toEqual(['start covering 1..1', 'start covering 2..2']);
  });

  it('never has two runs going, whatever the order of calls and finishes', async () => {
    for (let seed = 1; seed <= 50; seed++) {
      let going = 0;
      let most = 0;
      const ends: (() => void)[] = [];
      const runner = oneRunQueued(() => {
        going += 1;
        most = Math.max(most, going);
        return new Promise<void>((resolve) =>
          ends.push(() => {
            going -= 1;
            resolve();
          }),
        );
      });
      const all: Promise<void>[] = [];
      for (let step = 0, x = seed; step < 40; step++) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        if (x % 3 === 0 && ends.length > 0) ends.shift()?.();
        else all.push(runner.run());
        await Promise.resolve();
      }
      while (runner.pending() !== null) {
        ends.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
      await Promise.all(all);
      expect(most).toBe(1);
    }
  });
});
