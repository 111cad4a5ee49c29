/**
 * The side panel's JavaScript weight as a coach's browser loads it: gzipped size of every JS file
 * sidepanel.html pulls in (entry chunk and its imports) from the built Chrome package, what it is
 * made of, and how soon the panel is ready beside a one-component Preact page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { panelReady } from './bench-panel-ready';
import { bundleSidePanel } from './panel-bundle';

const PACKAGE = resolve('dist/extension/chrome-mv3');

/** JS files reachable from the panel's HTML through static imports. */
function panelScripts(): string[] {
  const html = readFileSync(join(PACKAGE, 'sidepanel.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) =>
    join(PACKAGE, m[1]),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith('/') ? join(PACKAGE, m[1]) : resolve(dirname(file), m[1]));
    }
  }
  return [...seen];
}

/** Issue 10's aim for the panel: 30 KB gzipped (it was 61 KB, half of it zod). */
const BUDGET_BYTES = 30 * 1024;
/** Issue 10's aim: ready within 1.5× of a one-component Preact panel measured in the same run. */
const READY_RATIO = 1.5;

/** Which part of the code base a bundled file belongs to. */
function part(file: string): string {
  if (file.includes('node_modules/')) {
    const name = file.split('node_modules/')[1].split('/');
    return name[0].startsWith('@') ? `${name[0]}/${name[1]}` : name[0];
  }
  return file.startsWith('shared/i18n/') ? 'i18n tables' : 'our code';
}

/**
 * The panel's JS by part (zod, i18n tables, preact, our code): the same entry bundled by esbuild,
 * each part's share of the minified bytes applied to the gzipped total.
 */
async function panelParts(): Promise<{ name: string; value: string }[]> {
  const { code, inputs } = await bundleSidePanel();
  const gzipped = gzipSync(code, { level: 9 }).length;
  const bytes = new Map<string, number>();
  for (const [file, input] of Object.entries(inputs))
    bytes.set(part(file), (bytes.get(part(file)) ?? 0) + input.bytesInOutput);
  return [...bytes]
    .filter(([, size]) => size >= 512)
    .sort((a, b) => b[1] - a[1])
    .map(([name, size]) => ({
      name: `  of which ${name} (gzip, by share)`,
      value: kb((size / code.length) * gzipped),
    }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Figures for scripts/bench.ts; run `npm run build:extension` first. */
export async function benchExtension(): Promise<
  { name: string; value: string; target?: string }[]
> {
  if (!existsSync(join(PACKAGE, 'sidepanel.html')))
    return [
      { name: 'clipper side panel JS (gzipped)', value: 'not built (run npm run build:extension)' },
    ];
  const files = panelScripts();
  const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const ready = await panelReady(PACKAGE);
  return [
    {
      name: 'clipper side panel JS (gzipped)',
      value: `${kb(gzipped)} (${files.length} file${files.length === 1 ? '' : 's'})`,
      target: `≤ ${kb(BUDGET_BYTES)}: ${gzipped <= BUDGET_BYTES ? 'within' : 'OVER'}`,
    },
    { name: 'clipper side panel JS (raw)', value: kb(raw) },
    ...(await panelParts()),
    ready
      ? {
          name: 'side panel ready (form shown) vs one-component Preact page',
          value: `${ready.panel.toFixed(0)} ms vs ${ready.baseline.toFixed(0)} ms: ${(ready.panel / ready.baseline).toFixed(2)}×`,
          target: `≤ ${READY_RATIO}×: ${ready.panel <= READY_RATIO * ready.baseline ? 'within' : 'OVER'}`,
        }
      : { name: 'side panel ready', value: 'not measured (no Chromium at /usr/bin/chromium)' },
  ];
}
