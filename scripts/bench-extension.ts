/**
 * The side panel's JavaScript weight as a coach's browser loads it: gzipped size of every JS file
 * sidepanel.html pulls in (entry chunk and its imports) from the built Chrome package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The aim for the panel: Preact keeps it under 60 KB gzipped. */
const BUDGET_BYTES = 60 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Figures for scripts/bench.ts; run `npm run build:extension` first. */
export async function benchExtension(): Promise<{ name: string; value: string }[]> {
  if (!existsSync(join(PACKAGE, 'sidepanel.html')))
    return [
      { name: 'clipper side panel JS (gzipped)', value: 'not built (run npm run build:extension)' },
    ];
  const files = panelScripts();
  const raw = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return [
    {
      name: 'clipper side panel JS (gzipped)',
      value: `${kb(gzipped)} (${files.length} file${files.length === 1 ? '' : 's'}; budget ${kb(BUDGET_BYTES)}: ${gzipped <= BUDGET_BYTES ? 'within' : 'OVER'})`,
    },
    { name: 'clipper side panel JS (raw)', value: kb(raw) },
  ];
}
