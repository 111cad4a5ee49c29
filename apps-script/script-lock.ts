/**
 * The one lock the web app and the sidebars share. LockService.getScriptLock(), not the document
 * lock: in a web app getDocumentLock() returns null. A timeout is a value (the caller replies busy).
 */
const LOCK_WAIT_MS = 10_000;

export function withScriptLock<T>(fn: () => T): { ok: true; value: T } | { ok: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false };
  try {
    return { ok: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
