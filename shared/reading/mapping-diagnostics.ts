/**
 * Tells the coordinator what the column mapping could not settle: a column that is missing, or two
 * columns that both look like the same field (the leftmost is used, and the message says so).
 */
import { a1, type SheetTable } from '../cells';
import type { Bilingual, Diagnostic } from '../messages';
import { bilingual } from '../i18n';
import type { HeaderMapping } from './header-mapping';
import { EXPECTED_FIELDS, type PlanField } from './plan-fields';

/**
 * The field's name as a coordinator would write it, in both languages: the one set of words the
 * reading notes, plan health, `--explain` and Set up all use.
 */
export function fieldName(field: PlanField): Bilingual {
  return bilingual(`addon.field.${field}`);
}

/**
 * Diagnostics for missing expected columns and for ambiguous ones. `foundElsewhere` lists fields the
 * sheet gave another way (objectives named by "Objective 1: …" section rows need no column).
 */
export function mappingDiagnostics(
  table: SheetTable,
  mapping: HeaderMapping,
  headers: string[],
  foundElsewhere: PlanField[] = [],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const field of EXPECTED_FIELDS) {
    if (mapping.columns[field] !== undefined || foundElsewhere.includes(field)) continue;
    diagnostics.push({
      severity: field === 'objective' ? 'info' : 'warning',
      code: 'missing-column',
      message: bilingual('diag.missingColumn', { field: fieldName(field) }),
      cell: a1(table.name, mapping.headerRow, 0),
    });
  }
  if (mapping.unheadedObjective && mapping.columns.objective !== undefined) {
    diagnostics.push({
      severity: 'info',
      code: 'objective-column-without-header',
      message: bilingual('diag.objectiveWithoutHeader'),
      cell: a1(table.name, mapping.headerRow, mapping.columns.objective),
    });
  }
  if (mapping.periods?.length) {
    const names = mapping.periods.map((col) => headers[col] ?? '').join(', ');
    diagnostics.push({
      severity: 'info',
      code: 'current-from-periods',
      message: bilingual('diag.currentFromPeriods', { columns: names }),
      cell: a1(table.name, mapping.headerRow, mapping.periods[0]),
    });
  }
  for (const { field, col, chosen } of mapping.ambiguous) {
    const params = { header: headers[col] ?? '', chosen: headers[chosen] ?? '' };
    diagnostics.push({
      severity: 'warning',
      code: 'ambiguous-column',
      message: bilingual('diag.ambiguousColumn', { ...params, field: fieldName(field) }),
      cell: a1(table.name, mapping.headerRow, col),
    });
  }
  return diagnostics;
}
