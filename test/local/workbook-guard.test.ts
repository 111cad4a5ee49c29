import { describe, expect, it } from 'vitest';
import type { PlanSession } from '../../local/plan-session';
import { SaveBatcher, WorkbookGuard } from '../../local/workbook-guard';

/** A session whose "file" is an array: save copies memory to disk, reload copies disk to memory. */
function fakeSession(saveMs = 20) {
  const state = { memory: [] as string[], disk: [] as string[], saves: 0, reloads: 0, failNextSave: false };
  const session = {
    workbook: {
      changedOnDisk: async () => false,
      save: async () => {
        const snapshot = [...state.memory];
        const fail = state.failNextSave;
        state.failNextSave = false;
        await new Promise((resolve) => setTimeout(resolve, saveMs));
        state.saves++;
        if (fail) throw new Error('disk full');
        state.disk = snapshot;
      },
    },
    reload: async () => {
      state.reloads++;
      state.memory = [...state.disk];
    },
  };
  return { state, session: session as unknown as PlanSession };
}

const append = (state: { memory: string[] }, id: string) => () => {
  state.memory.push(id);
  return { value: id, changed: true };
};

describe('WorkbookGuard', () => {
  it('group-commits concurrent changes: every one reported saved, far fewer saves than changes', async () => {
    const { state, session } = fakeSession();
    const guard = new WorkbookGuard(session);
    const ids = Array.from({ length: 30 }, (_, i) => `clip-${i}`);
    const results = await Promise.all(ids.map((id) => guard.write(append(state, id))));
    expect(results.every((r) => r.ok && r.saved)).toBe(true);
    expect(state.disk.sort()).toEqual([...ids].sort());
    expect(state.saves).toBeLessThanOrEqual(3);
  });

  it('a write that changed nothing never waits for a save', async () => {
    const { state, session } = fakeSession();
    const guard = new WorkbookGuard(session);
    const result = await guard.write(() => ({ value: 'duplicate', changed: false }));
    expect(result).toEqual({ ok: true, value: 'duplicate', saved: true });
    expect(state.saves).toBe(0);
  });

  it('a failed save reports its changes unsaved, reads the file back, and the next change is saved', async () => {
    const { state, session } = fakeSession();
    const guard = new WorkbookGuard(session);
    await guard.write(append(state, 'kept'));
    state.failNextSave = true;
    const failed = await Promise.all([guard.write(append(state, 'lost-1')), guard.write(append(state, 'lost-2'))]);
    expect(failed.map((r) => r.ok && r.saved)).toEqual([false, false]);
    expect(failed[0].ok && !failed[0].saved ? failed[0].error : '').toMatch(/disk full|read again/);
    expect(state.reloads).toBe(1);
    expect(state.memory).toEqual(['kept']);
    const after = await guard.write(append(state, 'next'));
    expect(after.ok && after.saved).toBe(true);
    expect(state.disk).toEqual(['kept', 'next']);
  });

  it('answers busy when the lock cannot be had in time, changing nothing', async () => {
    const { state, session } = fakeSession();
    const guard = new WorkbookGuard(session, 30);
    const slow = guard.read(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const result = await guard.write(append(state, 'late'));
    expect(result).toEqual({ ok: false });
    expect(state.memory).toEqual([]);
    await slow;
  });
});

describe('SaveBatcher', () => {
  it('runs at most one save at a time and one queued behind it', async () => {
    let running = 0;
    let most = 0;
    let saves = 0;
    const batcher = new SaveBatcher(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      saves++;
    });
    await Promise.all(Array.from({ length: 12 }, () => batcher.flush()));
    expect(most).toBe(1);
    expect(saves).toBe(2);
    expect(batcher.busy).toBe(false);
  });
});
