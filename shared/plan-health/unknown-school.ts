/**
 * Evidence naming a school the Schools tab does not have (a typo, a renamed school, a school never
 * added): it is stored, but the Dashboard counts it for no school until the name matches.
 */
import type { EvidenceRecord, Finding } from '../records';
import { bilingual } from '../i18n';
import { SCHOOLS_TAB } from '../owned-tabs';
import { schoolKey } from '../school-match';
import { ownedTabCell, type PlanHealthInput } from './input';

/** One finding per unknown school name, at its first evidence row; quiet when the workbook has no Schools tab. */
export function unknownSchoolRule(input: PlanHealthInput): Finding[] {
  if (!input.schools) return [];
  // Every school name is keyed once; evidence rows are grouped in one pass (100,000 rows, 200 schools).
  const known = new Set(input.schools.map((school) => schoolKey(school.name)));
  const byName = new Map<string, EvidenceRecord[]>();
  for (const evidence of input.evidence ?? []) {
    const key = schoolKey(evidence.school);
    if (key === '' || known.has(key)) continue;
    const rows = byName.get(key);
    if (rows) rows.push(evidence);
    else byName.set(key, [evidence]);
  }
  const tab = (locale: 'en' | 'fr') => input.tabNames?.schools ?? SCHOOLS_TAB.name[locale];
  return [...byName.values()].map((rows) => {
    const first = rows[0];
    const params = { school: first.school.trim(), row: first.row + 1, count: rows.length };
    return {
      rule: 'unknown-school',
      severity: 'warning' as const,
      message: bilingual('health.unknownSchool', {
        ...params,
        tab: { en: tab('en'), fr: tab('fr') },
      }),
      place: { kind: 'evidence' as const, id: first.id, name: params.school },
      cell: ownedTabCell(input, 'evidence', first.row, 'school'),
    };
  });
}
