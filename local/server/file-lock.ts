/**
 * One server per workbook: two local-mode servers saving the same .xlsx would each overwrite the
 * other's rows. A lock file beside the workbook names the process serving it; a lock left by a
 * process that no longer runs (a crash) is taken over.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type FileLock = { release(): Promise<void> };

export function lockPathFor(workbookPath: string): string {
  return path.join(path.dirname(workbookPath), `.${path.basename(workbookPath)}.throughline-lock`);
}

/** Takes the workbook's lock, or says which running process holds it. */
export async function acquireFileLock(
  workbookPath: string,
): Promise<{ ok: true; lock: FileLock } | { ok: false; pid: number }> {
  const lockPath = lockPathFor(workbookPath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify({ pid: process.pid }), { flag: 'wx' });
      return { ok: true, lock: { release: () => fs.rm(lockPath, { force: true }) } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await holderOf(lockPath);
      if (holder !== null && isRunning(holder)) return { ok: false, pid: holder };
      await fs.rm(lockPath, { force: true });
    }
  }
  return { ok: false, pid: (await holderOf(lockPath)) ?? 0 };
}

/** The running process serving this workbook, if any (nothing else may write the file meanwhile). */
export async function servingProcess(workbookPath: string): Promise<number | null> {
  const holder = await holderOf(lockPathFor(workbookPath));
  return holder !== null && isRunning(holder) ? holder : null;
}

async function holderOf(lockPath: string): Promise<number | null> {
  try {
    const pid = (JSON.parse(await fs.readFile(lockPath, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Removes `.NAME.<pid>.<n>.tmp` saves left beside the workbook by a process that was killed mid-save
 * (the workbook itself is intact: a save only replaces it by renaming a finished temp file).
 */
export async function removeAbandonedSaves(workbookPath: string): Promise<string[]> {
  const dir = path.dirname(workbookPath);
  const pattern = new RegExp(
    `^\\.${escapeRegExp(path.basename(workbookPath))}\\.(\\d+)\\.\\d+\\.tmp$`,
  );
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const abandoned = names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
  });
  await Promise.all(abandoned.map((name) => fs.rm(path.join(dir, name), { force: true })));
  return abandoned;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
