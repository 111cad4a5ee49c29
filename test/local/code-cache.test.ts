/**
 * The CLI runs from V8's code cache (scripts/code-cache.cjs). What must hold: the output never
 * changes, a cache is written once per build and kind of run, a rebuilt bundle never runs with the
 * old build's cache (V8 itself only compares the source's length), and a cache that cannot be
 * written or read costs only the compile.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CODE_CACHE = path.resolve(__dirname, '../../scripts/code-cache.cjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'code-cache-'));
  mkdirSync(path.join(dir, 'dist'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `bundle` with `args` through the code cache in `cacheDir`, as the launcher does. */
function run(bundle: string, cacheDir: string, args: string[] = []): string {
  const launcher = path.join(path.dirname(bundle), '..', 'launcher.cjs');
  writeFileSync(
    launcher,
    `process.argv[1] = ${JSON.stringify(bundle)};\n` +
      `require(${JSON.stringify(CODE_CACHE)}).runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)});\n`,
  );
  const result = spawnSync(process.execPath, [launcher, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A CommonJS bundle whose functions are compiled lazily, printing `word` and its arguments. */
function writeBundle(file: string, word: string, when: Date): void {
  writeFileSync(
    file,
    `function say(args) { return ${JSON.stringify(word)} + ' ' + args.join(','); }\n` +
      'console.log(say(process.argv.slice(2)), typeof require, typeof module.exports);\n',
  );
  utimesSync(file, when, when);
}

describe('the code cache', () => {
  it('writes one cache per kind of run, and the second run prints the same from it', () => {
    const bundle = path.join(dir, 'dist', 'cli.cjs');
    const cache = path.join(dir, 'cache');
    writeBundle(bundle, 'alpha', new Date(2026, 0, 1));
    expect(run(bundle, cache, ['inspect', 'x'])).toBe('alpha inspect,x function object\n');
    expect(run(bundle, cache, ['inspect', 'y'])).toBe('alpha inspect,y function object\n');
    expect(run(bundle, cache, ['--help'])).toBe('alpha --help function object\n');
    // Files given first (a mistyped command line) share one cache, whatever their names.
    expect(run(bundle, cache, ['plan-a.xlsx'])).toBe('alpha plan-a.xlsx function object\n');
    expect(run(bundle, cache, ['/tmp/plan b.xlsx'])).toBe(
      'alpha /tmp/plan b.xlsx function object\n',
    );
    const caches = readdirSync(cache).sort();
    expect(caches).toHaveLength(3);
    expect(caches[0]).toMatch(/^cli\.cjs\.help\..*\.v8$/);
    expect(caches[1]).toMatch(/^cli\.cjs\.inspect\..*\.v8$/);
    expect(caches[2]).toMatch(/^cli\.cjs\.other\..*\.v8$/);
  });

  it('never runs a rebuilt bundle of the same length with the old build’s cache', () => {
    const bundle = path.join(dir, 'dist', 'cli.cjs');
    const cache = path.join(dir, 'cache');
    writeBundle(bundle, 'alpha', new Date(2026, 0, 1));
    run(bundle, cache, ['inspect']);
    expect(run(bundle, cache, ['inspect'])).toBe('alpha inspect function object\n');
    writeBundle(bundle, 'omega', new Date(2026, 0, 2)); // same length, new text
    expect(run(bundle, cache, ['inspect'])).toBe('omega inspect function object\n');
    // The old build's cache is replaced, not kept beside the new one.
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('runs the command when the cache cannot be written, or holds garbage', () => {
    const bundle = path.join(dir, 'dist', 'cli.cjs');
    writeBundle(bundle, 'alpha', new Date(2026, 0, 1));
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555); // root may write anyway: then the cache is simply written
    expect(run(bundle, path.join(locked, 'cache'), ['inspect'])).toBe(
      'alpha inspect function object\n',
    );
    chmodSync(locked, 0o755);
    const cache = path.join(dir, 'cache');
    run(bundle, cache, ['inspect']);
    const [written] = readdirSync(cache);
    writeFileSync(path.join(cache, written), 'not a code cache');
    expect(run(bundle, cache, ['inspect'])).toBe('alpha inspect function object\n');
    expect(run(bundle, cache, ['inspect'])).toBe('alpha inspect function object\n');
  });
});
