import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { readPlan } from '../../shared/read-plan';
import { writeWorkbook } from './read-workbook-helpers';

describe('a plan whose current-value formula fails', () => {
  it('reads the key result with no current value and tells the coordinator which cell to fix', async () => {
    const path = await writeWorkbook('formula-error.xlsx', [
      {
        name: 'Plan',
        rows: [
          ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Due'],
          [
            'Fractions',
            'Co-teaching cycles',
            0,
            40,
            { formula: 'C2/0', result: { error: '#DIV/0!' } },
            '2026-06-15',
          ],
          [
            'Fractions',
            'PLC meetings at high depth',
            10,
            50,
            { formula: 'C3+20', result: 30 },
            '2026-06-15',
          ],
        ],
      },
    ]);
    const file = await readWorkbookFile(path);
    if (!file.ok) throw new Error(file.error.message);
    const reading = readPlan(file.sheets);
    if (!reading.ok) throw new Error(reading.error.message.en);
    const [failing, working] = reading.plan.objectives[0].keyResults;
    expect([failing.current, working.current]).toEqual([null, 30]);
    const diagnostic = reading.diagnostics.find((d) => d.code === 'formula-error');
    expect(diagnostic?.cell).toBe("'Plan'!E2");
    expect(diagnostic?.message.en).toContain('#DIV/0!');
    expect(diagnostic?.message.fr).toContain('corrigez');
  });
});
