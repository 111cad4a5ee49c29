/**
 * `npm run bench`: the product's speed and size figures in one table. Each area measures itself
 * (add-on call counts and refresh time, local mode reading and clip throughput, extension bundle
 * size); this script runs them in turn and prints what they found. Figures, not pass/fail.
 */
import { benchAddon } from './bench-addon';
import { benchCore } from './bench-core';
import { benchExtension } from './bench-extension';
import { benchGenerated } from './bench-generated';
import { benchLocal } from './bench-local';
import { benchPassageSearch } from './bench-passage-search';
import { benchPrivacyScan } from './bench-privacy-scan';

interface Figure {
  name: string;
  value: string;
  /** The target set for this figure, when there is one. */
  target?: string;
}

/**
 * Local mode first: its command-line figures time fresh processes, which read about 15% slower
 * right after the core's 100,000-evidence runs than on their own (most likely this process's large
 * heap being collected meanwhile, on a 2-core machine).
 */
const sections: [string, () => Promise<Figure[]>][] = [
  ['Plan core and local mode', benchLocal],
  ['Plan core at a district’s scale', benchCore],
  ['Generated plans (issue 8)', benchGenerated],
  ['Sheets add-on', benchAddon],
  ['Clipper extension', benchExtension],
  ['Clipper: find a passage (issue 11)', benchPassageSearch],
  ['Clipper: privacy check', benchPrivacyScan],
];

type Row = [string, string, string, string];

function printTable(rows: Row[]): void {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

const rows: Row[] = [['area', 'measure', 'value', 'target']];
for (const [area, run] of sections) {
  try {
    for (const figure of await run())
      rows.push([area, figure.name, figure.value, figure.target ?? '']);
  } catch (error) {
    rows.push([area, 'failed', (error as Error).message.split('\n')[0], '']);
  }
}
printTable(rows);
