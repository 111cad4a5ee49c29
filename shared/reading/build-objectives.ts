/**
 * Turns the grouped rows into objectives and key results with stable ids: the id the host gave for
 * the row when there is one, otherwise one derived from the titles (see key-result-id.ts).
 */
import { a1 } from '../cells';
import type { Diagnostic } from '../messages';
import type { KeyResult, Objective } from '../plan-schema';
import { message } from '../i18n';
import { keyResultIdFor, objectiveIdFor } from '../key-result-id';
import { readKeyResultFields, type RowReadContext } from './key-result-row';
import { groupObjectives, type SkippedRow } from './objective-structure';

/** Objectives with their key results read, plus every diagnostic met on the way. */
export function buildObjectives(
  ctx: RowReadContext,
  headerRow: number,
  headers: string[],
  keyResultIds: Record<number, string>,
  tabObjective?: string,
): { objectives: Objective[]; diagnostics: Diagnostic[]; skipped: SkippedRow[] } {
  const grouped = groupObjectives(ctx, headerRow, headers, tabObjective);
  const diagnostics = [...grouped.diagnostics];
  const usedIds = new Set<string>();
  const objectives = grouped.objectives.map((group): Objective => {
    const keyResults = group.keyResultRows.map(({ row, title, indicator }): KeyResult => {
      const { fields, diagnostics: found } = readKeyResultFields(ctx, row, title);
      fields.indicator ??= indicator;
      diagnostics.push(...found);
      const id = uniqueId(keyResultIds[row] ?? keyResultIdFor(group.title, title), usedIds);
      if (id !== (keyResultIds[row] ?? keyResultIdFor(group.title, title))) {
        diagnostics.push({
          severity: 'warning',
          code: 'duplicate-key-result',
          message: message('diag.duplicateKeyResult', { title }),
          cell: a1(ctx.table.name, row, ctx.columns.keyResult ?? 0),
        });
      }
      return { id, row, ...fields };
    });
    return { id: objectiveIdFor(group.title), title: group.title, row: group.row, keyResults };
  });
  return { objectives, diagnostics, skipped: grouped.skipped };
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
