import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, lockPathFor, servingProcess } from '../../local/server/file-lock';

const workbook = async () => path.join(await mkdtemp(path.join(tmpdir(), 'tl-lock-')), 'plan.xlsx');

describe('one server per workbook', () => {
  it('the lock names this process until released', async () => {
    const file = await workbook();
    const first = await acquireFileLock(file);
    expect(first.ok).toBe(true);
    expect(await servingProcess(file)).toBe(process.pid);
    expect(await acquireFileLock(file)).toEqual({ ok: false, pid: process.pid });
    if (first.ok) await first.lock.release();
    expect(existsSync(lockPathFor(file))).toBe(false);
    expect(await servingProcess(file)).toBeNull();
  });

  it.each([
    ['a process that no longer runs (crash)', JSON.stringify({ pid: 2_147_483_646 })],
    ['an unreadable lock file', 'garbage'],
  ])('a lock left by %s is taken over', async (_name, content) => {
    const file = await workbook();
    await writeFile(lockPathFor(file), content);
    expect(await servingProcess(file)).toBeNull();
    const taken = await acquireFileLock(file);
    expect(taken.ok).toBe(true);
    if (taken.ok) await taken.lock.release();
  });
});
