/**
 * `npm start` and `npm run cli` run local mode from a pre-built bundle (dist/local/NAME.mjs|cjs): node
 * starts it in a fraction of the time tsx takes to compile the TypeScript on every run. `npm ci`
 * builds the bundles (postinstall: `node scripts/local-bundle.cjs build`); each run then only checks
 * that no file under local/ or shared/ is newer than its bundle (a few milliseconds of stat calls),
 * and rebuilds it with esbuild when one is, so an edit never runs stale code.
 *
 * Packages are bundled too: one file instead of a few hundred saves node most of its start-up (it
 * spends more time finding and reading exceljs's modules than running them). Except exceljs in the
 * server: it patches one of exceljs's own modules to escape text in saved .xlsx files
 * (local/xlsx/xlsx-text-escape.ts), which only reaches the copy in node_modules; the build refuses to
 * bundle exceljs into an entry that includes that patch. The CLI's bundle is CommonJS, run with
 * V8's code cache (./code-cache.cjs): a run of `inspect` is short enough that compiling its code
 * was a tenth of it. On Node 22+ node also keeps the server's compiled code between runs.
 * `npm run dev:start` / `dev:cli` run the sources through tsx. Plain JavaScript so that it needs
 * nothing compiled to run, and CommonJS: node starts a CommonJS file without its ES module loader,
 * which the CLI would otherwise pay for on every run.
 */
const { existsSync, readdirSync, renameSync, rmSync, statSync } = require('node:fs');
const module_ = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { runWithCodeCache } = require('./code-cache.cjs');

const ROOT = path.join(__dirname, '..');
/**
 * Each entry, with the packages it leaves in node_modules and its module format. The CLI only reads
 * workbooks; it is CommonJS so that it can run from V8's code cache on every node version.
 */
const ENTRIES = {
  start: { entry: 'local/server/start.ts', external: ['exceljs', 'exceljs/*'], format: 'esm' },
  cli: { entry: 'local/cli/cli.ts', external: [], format: 'cjs' },
};
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'throughline-node');
/** A module that patches exceljs in node_modules: never bundled with a copy of exceljs. */
const PATCHES_EXCELJS = 'local/xlsx/xlsx-text-escape.ts';
/** What a bundle is built from (this file holds the build's options; code-cache.cjs is not built in). */
const SOURCES = ['local', 'shared', 'package.json', 'scripts/local-bundle.cjs'];

/** Newest modification time of the sources the bundle is made from. */
function newestSource(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestSource(path.join(target, entry)));
  return newest;
}

/** Builds one bundle; renamed into place, so a concurrent run never loads half a bundle. */
async function build({ entry, external, format }, outfile) {
  const esbuild = await import('esbuild');
  const temp = `${outfile}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    external,
    // Bundled CommonJS packages (exceljs and its dependencies) require node's own modules.
    ...(format === 'esm'
      ? {
          banner: {
            js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
          },
        }
      : {}),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  if (
    inputs.includes(PATCHES_EXCELJS) &&
    inputs.some((input) => input.includes('node_modules/exceljs/'))
  ) {
    rmSync(temp);
    throw new Error(`${entry}: ${PATCHES_EXCELJS} patches exceljs, so exceljs must stay external`);
  }
  renameSync(temp, outfile);
}

/** The bundle for `name`, built first when missing or older than a source. */
async function bundleFor(name) {
  const entry = ENTRIES[name];
  if (!entry)
    throw new Error(
      `Unknown local entry "${name}" (expected ${Object.keys(ENTRIES).join(' or ')})`,
    );
  const outfile = path.join(
    ROOT,
    'dist',
    'local',
    `${name}.${entry.format === 'cjs' ? 'cjs' : 'mjs'}`,
  );
  const built = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  if (SOURCES.some((source) => newestSource(path.join(ROOT, source)) > built))
    await build(entry, outfile);
  return outfile;
}

/** `node scripts/local-bundle.cjs build`, or `node scripts/local-bundle.cjs NAME ARGS…` to run one. */
async function main(command) {
  if (command === 'build') {
    for (const name of Object.keys(ENTRIES)) await bundleFor(name);
    return;
  }
  const outfile = await bundleFor(command);
  // The bundle sees the command line as if it had been started directly: node dist/local/NAME.mjs ARGS.
  process.argv.splice(1, 2, outfile);
  if (outfile.endsWith('.cjs')) runWithCodeCache(outfile, CACHE_DIR);
  else {
    module_.enableCompileCache?.(CACHE_DIR);
    await import(pathToFileURL(outfile).href);
  }
}

module.exports = { bundleFor };

if (require.main === module)
  main(process.argv[2]).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
