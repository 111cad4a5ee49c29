/**
 * `npm start` and `npm run cli` run local mode from a pre-built bundle (dist/local/NAME.mjs): node
 * starts it in a fraction of the time tsx takes to compile the TypeScript on every run. The bundle is
 * rebuilt here, with esbuild (a dev dependency `npm ci` installs), whenever a file under local/ or
 * shared/ is newer than it — so a fresh clone builds it on first use and an edit never runs stale
 * code. Packages stay in node_modules. `npm run dev:start` / `dev:cli` run the sources through tsx.
 * Plain JavaScript so that it needs nothing compiled to run.
 */
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = { start: 'local/start.ts', cli: 'local/cli.ts' };
const SOURCES = ['local', 'shared', 'package.json'];

/** Newest modification time of the TypeScript sources the bundle is made from. */
function newestSource(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestSource(path.join(target, entry)));
  return newest;
}

/** The bundle for `name`, built first when missing or older than a source. */
export async function bundleFor(name) {
  const entry = ENTRIES[name];
  if (!entry)
    throw new Error(
      `Unknown local entry "${name}" (expected ${Object.keys(ENTRIES).join(' or ')})`,
    );
  const outfile = path.join(ROOT, 'dist', 'local', `${name}.mjs`);
  const built = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  if (SOURCES.some((source) => newestSource(path.join(ROOT, source)) > built)) {
    const esbuild = await import('esbuild');
    const temp = `${outfile}.${process.pid}.tmp`; // renamed into place: a concurrent run never loads half a bundle
    await esbuild.build({
      entryPoints: [path.join(ROOT, entry)],
      outfile: temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    renameSync(temp, outfile);
  }
  return outfile;
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outfile = await bundleFor(process.argv[2]);
  // The bundle sees the command line as if it had been started directly: node dist/local/NAME.mjs ARGS.
  process.argv.splice(1, 2, outfile);
  await import(pathToFileURL(outfile).href);
}
