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
import type { StoredPairing } from './pairing-store';
import { postProtocol, type FetchLike, type TransportError } from './post-protocol';
import { versionedRecord } from './stored-item';

const cachedCatalogSchema = z.object({
  endpoint: z.string(),
  fetchedAt: z.number(),
  catalog: catalogSchema,
});
type CachedCatalog = z.infer<typeof cachedCatalogSchema>;

/** The cached catalog; version 1 held `v: 1` inside it. */
export const cachedCatalogItem = versionedRecord<CachedCatalog>('catalog');

/** The cached catalog when it is `endpoint`'s; `stored` is the item's value when already read. */
export async function loadCachedCatalog(
  endpoint: string,
  stored?: unknown,
): Promise<CachedCatalog | null> {
  const value = stored === undefined ? await cachedCatalogItem.getValue() : stored;
  const parsed = cachedCatalogSchema.safeParse(value);
  return parsed.success && parsed.data.endpoint === endpoint ? parsed.data : null;
}

/** Keeps the catalog a plan just gave, for offline clipping; `endpoint` names where it came from. */
export async function cacheCatalog(endpoint: string, catalog: Catalog, now: number): Promise<void> {
  await cachedCatalogItem.setValue({ endpoint, fetchedAt: now, catalog });
}

export async function forgetCatalog(): Promise<void> {
  await cachedCatalogItem.removeValue();
}

type CatalogFetch =
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
