/**
 * Key-result identity a host can keep in one stored value: the ids it gave, each with the objective,
 * title and row it had at the last read. At the next read every key-result row gets back its id —
 * by the same wording (rows inserted above, rows sorted), else by the most similar wording among
 * those left (a key result reworded, even if moved too). A key result left unmatched keeps the id
 * its title gives; a stored id left unmatched was deleted (its evidence shows as orphaned).
 */
import { normalizeWords } from './reading/normalize-text';
import type { Plan } from './plan-schema';

export interface KnownKeyResult {
  id: string;
  objective: string;
  title: string;
  row: number;
}

/** Share of words two wordings have in common (0..1). */
export function wordingSimilarity(a: string, b: string): number {
  const wa = new Set(normalizeWords(a).split(' ').filter(Boolean));
  const wb = new Set(normalizeWords(b).split(' ').filter(Boolean));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const union = wa.size + wb.size - common;
  return union === 0 ? 0 : common / union;
}

/** Below this, two wordings are different key results (a reword keeps most of its words). */
const SIMILAR = 0.4;
/** A row kept in place under the same objective needs less: the coordinator edited that row. */
const SIMILAR_IN_PLACE = 0.2;

/** The key results of a plan as a host remembers them. */
export function knownKeyResults(plan: Plan): KnownKeyResult[] {
  return plan.objectives.flatMap((o) =>
    o.keyResults.map((kr) => ({
      id: kr.id,
      objective: o.title ?? '',
      title: kr.title,
      row: kr.row,
    })),
  );
}

/** Row → id for the plan as read now, from what was known at the last read. */
export function reconcileKeyResultIds(
  current: Omit<KnownKeyResult, 'id'>[],
  known: KnownKeyResult[],
): Record<number, string> {
  const ids: Record<number, string> = {};
  const free = new Set(known);
  const open = new Set(current);
  const key = (objective: string, title: string) =>
    `${normalizeWords(objective)}\n${normalizeWords(title)}`;
  const passes: ((k: KnownKeyResult, c: Omit<KnownKeyResult, 'id'>) => boolean)[] = [
    (k, c) => key(k.objective, k.title) === key(c.objective, c.title),
    (k, c) => normalizeWords(k.title) === normalizeWords(c.title),
  ];
  for (const same of passes) {
    for (const c of [...open]) {
      const match = [...free].find((k) => same(k, c));
      if (match) {
        ids[c.row] = match.id;
        free.delete(match);
        open.delete(c);
      }
    }
  }
  const pairs = [...open]
    .flatMap((c) => [...free].map((k) => ({ c, k, score: wordingSimilarity(k.title, c.title) })))
    .filter(
      ({ c, k, score }) =>
        score >=
        (k.row === c.row && normalizeWords(k.objective) === normalizeWords(c.objective)
          ? SIMILAR_IN_PLACE
          : SIMILAR),
    )
    .sort((a, b) => b.score - a.score || Math.abs(a.k.row - a.c.row) - Math.abs(b.k.row - b.c.row));
  for (const { c, k } of pairs) {
    if (!open.has(c) || !free.has(k)) continue;
    ids[c.row] = k.id;
    open.delete(c);
    free.delete(k);
  }
  return ids;
}
