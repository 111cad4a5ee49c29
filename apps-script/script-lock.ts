/**
 * The one lock every execution that writes shares. A district's bound copy with a web app takes
 * the script lock (in a web app getDocumentLock() returns null, so its sidebars and triggers must
 * take the same script lock as doPost). An installed add-on has no web app, and its script lock
 * would be shared by every user of the add-on in every document: it takes this document's lock.
 * A timeout is a value (the caller replies busy).
 */
import { servesWebApp } from './host-kind';

const LOCK_WAIT_MS = 10_000;

function sharedLock(): GoogleAppsScript.Lock.Lock {
  if (servesWebApp()) return LockService.getScriptLock();
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

export function withScriptLock<T>(fn: () => T): { ok: true; value: T } | { ok: false } {
  const lock = sharedLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false };
  try {
    return { ok: true, value: fn() };
  } finally {
    lock.releaseLock();
  }
}
