/**
 * Runs a CommonJS bundle with V8's code cache, so node does not compile the same functions again on
 * every run. A command such as `npm run cli -- inspect` runs for a fraction of a second, and V8
 * compiling its code (the bundle's top level, then each function the first time it is called) was
 * about 30 ms of it. The cache is written when the process exits, so it holds every function that
 * run compiled, not only the top level; the next run starts from it.
 *
 * The cache's name carries the bundle's size and modification time and node's version: V8 checks
 * only the source's length, so a rebuilt bundle of the same length must never meet the old cache
 * (a rebuild always writes a new file). No hash of the text: loading node's crypto would cost a third
 * of what the cache saves. A cache V8 refuses, or one that cannot be read or written (a read-only
 * install), only costs the compile.
 * Plain CommonJS, run by scripts/local-bundle.cjs.
 */
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Where the cache of `bundle` is kept for this build of it, this node, and this kind of run (its
 * first argument): a run compiles only what it calls, so `--help` run first must not leave
 * `inspect` a cache without the reader in it.
 */
function cacheFileFor(bundle, cacheDir, kind) {
  const { size, mtimeMs } = statSync(bundle);
  const build = `${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}`;
  return path.join(cacheDir, `${path.basename(bundle)}.${kind}.${build}.v8`);
}

/** Replaces the older caches of the same bundle and kind of run with this one; never fails the command. */
function saveCache(script, cacheFile) {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const prefix = `${path.basename(cacheFile).split('.').slice(0, 3).join('.')}.`;
    for (const old of readdirSync(path.dirname(cacheFile)))
      if (old.startsWith(prefix))
        // older builds' caches, and temporary files a failed write left
        rmSync(path.join(path.dirname(cacheFile), old), { force: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // No cache this time: the next run compiles again.
  }
}

/**
 * Runs `bundle` (CommonJS) as node would, from its code cache in `cacheDir` when there is one; the
 * command line is already the bundle's (process.argv[2] is its first argument).
 */
function runWithCodeCache(bundle, cacheDir) {
  const source = readFileSync(bundle, 'utf8');
  // A command word or a flag names the kind of run; anything else (a file given first) is "other",
  // so mistyped command lines do not each leave a cache behind.
  const first = process.argv[2] ?? '';
  const kind = /^-{0,2}[a-z][a-z-]{0,19}$/i.test(first) ? first.replace(/-/g, '') : 'other';
  const cacheFile = cacheFileFor(bundle, cacheDir, kind);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The same wrapper node gives a CommonJS module.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundle, cachedData },
  );
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', () => saveCache(script, cacheFile));
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
}

module.exports = { runWithCodeCache };
