/**
 * `npx tsx scripts/generated-plans-report.ts [N] [--seed S] [--xlsx DIR [--count K]]`: how well
 * today's reader reads the generated plans of issue 8 — overall, per feature (worst first) and
 * time per plan; one seed in full (sheets, expected reading, mismatches); or the first K plans as
 * .xlsx files to try the CLI on.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readGenerated, featureRates, median } from '../test/plan-generator/evaluate';
import { textGrid } from '../test/plan-generator/text-grid';
import { writePlanXlsx } from '../test/plan-generator/xlsx';
import { generatePlan } from '../test/plan-generator/index';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function showSeed(seed: number): void {
  const { plan, mismatches, ms } = readGenerated(seed);
  console.log(`seed ${seed} (${plan.language}) — features: ${plan.features.join(', ')}`);
  console.log(`plan tab(s): ${plan.planSheets.join(', ')}\n`);
  for (const table of plan.sheets) console.log(`${textGrid(table)}\n`);
  console.log('expected reading:');
  for (const o of plan.expected.objectives) {
    console.log(`  ${o.title}`);
    for (const kr of o.keyResults)
      console.log(
        `    - ${kr.title}: baseline ${kr.baseline} → current ${kr.current} → target ${kr.target}, due ${kr.due}, ${kr.indicator ?? 'no indicator'}, ${kr.direction ?? 'no direction'}`,
      );
  }
  console.log(
    mismatches.length
      ? `\nmismatches (${ms.toFixed(1)} ms):\n  ${mismatches.join('\n  ')}`
      : `\nread right (${ms.toFixed(1)} ms)`,
  );
}

function report(count: number): void {
  const results = Array.from({ length: count }, (_, i) => readGenerated(i + 1));
  const right = results.filter((r) => r.mismatches.length === 0).length;
  const times = results.map((r) => r.ms);
  const krRight = results.reduce((a, r) => a + r.keyResults.right, 0);
  const krTotal = results.reduce((a, r) => a + r.keyResults.total, 0);
  console.log(`generated plans read right: ${right}/${count}`);
  console.log(
    `key results read right: ${krRight}/${krTotal} (${((100 * krRight) / krTotal).toFixed(1)}%)`,
  );
  console.log(
    `reading time per plan: mean ${(times.reduce((a, b) => a + b, 0) / count).toFixed(2)} ms, median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  console.log('\nper feature, worst first (plans read right | key results read right):');
  for (const r of featureRates(results)) {
    const plans = `${((100 * r.right) / r.total).toFixed(0).padStart(3)}% ${String(r.right).padStart(5)}/${String(r.total).padEnd(5)}`;
    const krs = `${((100 * r.krRight) / Math.max(1, r.krTotal)).toFixed(0).padStart(3)}% ${String(r.krRight).padStart(6)}/${String(r.krTotal).padEnd(6)}`;
    console.log(`  ${plans} | ${krs} ${r.feature}`);
  }
  const failing = results.filter((r) => r.mismatches.length > 0).slice(0, 5);
  if (failing.length)
    console.log(
      `\nfirst failing seeds: ${failing.map((r) => r.plan.seed).join(', ')} (show one with --seed S)`,
    );
}

async function writeXlsx(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let seed = 1; seed <= count; seed++) {
    const plan = generatePlan(seed);
    await writePlanXlsx(
      plan,
      path.join(dir, `generated-plan-${String(seed).padStart(4, '0')}.xlsx`),
    );
  }
  console.log(`wrote ${count} plans to ${dir}`);
}

const seed = flag('--seed');
const xlsxDir = flag('--xlsx');
if (seed !== undefined) showSeed(Number(seed));
else if (xlsxDir !== undefined) await writeXlsx(xlsxDir, Number(flag('--count') ?? 20));
else report(Number(args.find((a) => /^\d+$/.test(a)) ?? 2000));
