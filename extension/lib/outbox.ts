/**
 * The clips' IndexedDB outbox, owned by the background. Every clip is written here before any
 * network call and stays until the sheet confirms it; a new connection (a restarted worker, a
 * restarted browser) sees exactly the same records.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { upgradeOutboxRecord, type OutboxRecord } from './outbox-record';

const OUTBOX_DB = 'throughline-clipper';
const STORE = 'outbox';
/** Delivered clips kept for the history list; older ones are pruned. */
export const DELIVERED_KEPT = 50;

export interface Outbox {
  put(record: OutboxRecord): Promise<void>;
  get(id: string): Promise<OutboxRecord | null>;
  /** All records, newest first. */
  list(): Promise<OutboxRecord[]>;
  remove(id: string): Promise<void>;
  pruneDelivered(): Promise<void>;
  close(): void;
}

/** Opens (creating on first use) the outbox database. */
export async function openOutbox(name = OUTBOX_DB): Promise<Outbox> {
  const db: IDBPDatabase = await openDB(name, 1, {
    upgrade(database) {
      const store = database.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('state', 'state');
    },
  });
  const list = async () =>
    (await db.getAll(STORE))
      .map(upgradeOutboxRecord)
      .filter((r): r is OutboxRecord => r !== null)
      .sort((a, b) => b.createdAt - a.createdAt);
  return {
    put: async (record) => void (await db.put(STORE, record)),
    get: async (id) => upgradeOutboxRecord(await db.get(STORE, id)),
    list,
    remove: async (id) => void (await db.delete(STORE, id)),
    async pruneDelivered() {
      const delivered = (await list()).filter((r) => r.state === 'delivered');
      for (const old of delivered.slice(DELIVERED_KEPT)) await db.delete(STORE, old.id);
    },
    close: () => db.close(),
  };
}

/** How many clips have not reached the sheet yet (the toolbar badge). */
export function waitingCount(records: OutboxRecord[]): number {
  return records.filter((r) => r.state !== 'delivered').length;
}
