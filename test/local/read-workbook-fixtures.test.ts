// The three fixture workbooks must read exactly as ../shared/fixtures/expected.json says for
// today = 2026-01-15: every key result's values, direction, progress, status, due date and elapsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../local/xlsx/read-workbook-file';
import { readPlan } from '../../shared/read-plan';
import { paceKeyResult } from '../../shared/pacing';

const FIXTURES = join(__dirname, '../../../shared/fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const today: string = expected.today;
const files = Object.keys(expected).filter((key) => key !== 'today');

async function reading(file: string) {
  const workbook = await readWorkbookFile(join(FIXTURES, file));
  if (!workbook.ok) throw new Error(workbook.error.message);
  const plan = readPlan(workbook.sheets);
  if (!plan.ok) throw new Error(plan.error.message.en);
  return plan;
}

describe.each(files)('%s', (file) => {
  it('is read from the right sheet with the right objectives and key results', async () => {
    const { plan, diagnostics } = await reading(file);
    const want = expected[file];
    expect(plan.sheet).toBe(want.sheet);
    expect(plan.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.title)])).toEqual(
      want.objectives.map((o: { title: string; keyResults: Array<{ title: string }> }) => [
        o.title,
        o.keyResults.map((kr) => kr.title),
      ]),
    );
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('paces every key result as expected.json says', async () => {
    const { plan } = await reading(file);
    const got = plan.objectives.flatMap((o) =>
      o.keyResults.map((kr) => {
        const pace = paceKeyResult(kr, today, []);
        return {
          indicator: kr.indicator,
          baseline: kr.baseline,
          target: kr.target,
          current: pace.current,
          direction: kr.direction,
          progress: pace.progress === null ? null : Number(pace.progress.toFixed(4)),
          status: pace.status,
          due: kr.due,
          elapsed: Number(pace.elapsed.toFixed(4)),
        };
      }),
    );
    const want = expected[file].objectives.flatMap(
      (o: { keyResults: Array<Record<string, unknown>> }) =>
        o.keyResults.map(({ title: _title, ...rest }) => rest),
    );
    expect(got).toEqual(want);
  });
});

it('reads the CSV export of the simple plan like the workbook', async () => {
  const csv = await reading('plan-simple.csv');
  const xlsx = await reading('plan-simple.xlsx');
  expect(csv.plan.objectives).toEqual(xlsx.plan.objectives);
});
