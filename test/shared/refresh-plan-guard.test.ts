import { render } from '../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { refreshPlan } from '../../shared/refresh-plan';
import { MemoryWorkbook } from '../apps-script/fixtures/memory-workbook';
import type { PlanMap } from '../../shared/read-plan';

const planRows = [
  ['Objective', 'Key Result', 'Indicator', 'Baseline', 'Target', 'Current', 'Owner', 'Due'],
  [
    'Students reason proportionally',
    '% of lessons with visual models',
    'Leading',
    20,
    60,
    35,
    'A. Roy; J. Singh',
    '2026-06-30',
  ],
];

describe('refresh never writes over the coordinator’s plan', () => {
  it.each(['Dashboard', 'Tableau de bord', 'Summary'])(
    'a plan kept in a tab named "%s" is left as it is, with a message saying to rename it',
    (name) => {
      const workbook = new MemoryWorkbook([{ name, values: planRows.map((r) => [...r]) }]);
      const mapping: PlanMap = {
        v: 2,
        sheet: name,
        headerRow: 0,
        columns: {
          objective: 0,
          keyResult: 1,
          indicator: 2,
          baseline: 3,
          target: 4,
          current: 5,
          owner: 6,
          due: 7,
        },
        reasons: {},
      };
      const result = refreshPlan(workbook, '2026-01-15', 'en', { mapping });
      expect(result.ok).toBe(false);
      expect(workbook.layouts.has(name)).toBe(false);
      if (!result.ok) expect(render('en', result.error.message)).toMatch(/rename/i);
    },
  );
});
