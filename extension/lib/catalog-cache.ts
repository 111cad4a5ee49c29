/**
 * The plan's key results, schools and practices, cached in storage.local so a coach can clip on a
 * bus with no signal; refreshed from the endpoint whenever it answers.
 */
import * as z from 'zod';
import {
  catalogSchema,
  PROTOCOL_VERSION,
  type Catalog,
  type ErrorCode,
} from '../../shared/protocol';
import { readLocal, removeLocal, writeLocal } from '../browser-api';
import type { StoredPairing } from './pairing-store';
import { postProtocol, type FetchLike, type TransportError } from './post-protocol';

const KEY = 'catalog';

const cachedCatalogSchema = z.object({
  v: z.literal(1),
  endpoint: z.string(),
  fetchedAt: z.number(),
  catalog: catalogSchema,
});
export type CachedCatalog = z.infer<typeof cachedCatalogSchema>;

export async function loadCachedCatalog(endpoint: string): Promise<CachedCatalog | null> {
  const parsed = cachedCatalogSchema.safeParse(await readLocal(KEY));
  return parsed.success && parsed.data.endpoint === endpoint ? parsed.data : null;
}

/** Keeps the catalog a plan just gave, for offline clipping; `endpoint` names where it came from. */
export async function cacheCatalog(endpoint: string, catalog: Catalog, now: number): Promise<void> {
  await writeLocal(KEY, { v: 1, endpoint, fetchedAt: now, catalog } satisfies CachedCatalog);
}

export async function forgetCatalog(): Promise<void> {
  await removeLocal(KEY);
}

export type CatalogFetch =
  | { ok: true; catalog: Catalog }
  | {
      ok: false;
      error: TransportError | { code: ErrorCode; message: string };
      pairingRefused: boolean;
    };

/** Asks the endpoint for the catalog and caches it; `pairingRefused` means the code was revoked. */
export async function refreshCatalog(
  pairing: StoredPairing,
  fetchFn: FetchLike,
  now: number,
): Promise<CatalogFetch> {
  const result = await postProtocol(
    pairing.endpoint,
    { v: PROTOCOL_VERSION, kind: 'catalog', secret: pairing.secret },
    fetchFn,
  );
  if (!result.ok) return { ok: false, error: result.error, pairingRefused: false };
  const reply = result.reply;
  if (reply.ok && reply.kind === 'catalog') {
    await cacheCatalog(pairing.endpoint, reply.catalog, now);
    return { ok: true, catalog: reply.catalog };
  }
  if (!reply.ok) {
    const refused = reply.error.code === 'unauthorized' || reply.error.code === 'revoked';
    return { ok: false, error: reply.error, pairingRefused: refused };
  }
  return {
    ok: false,
    error: { code: 'not-protocol', message: 'Unexpected reply kind' },
    pairingRefused: false,
  };
}
