/**
 * Builds the Google Sheets add-on into what clasp pushes: one classic Apps Script file (Code.js),
 * the sidebars as self-contained HTML files, and appsscript.json with least-privilege scopes —
 * twice: dist/apps-script for a district's bound copy (with its web app) and dist/apps-script-addon
 * for the Marketplace add-on (the same files; a manifest without a web app).
 * Apps Script only sees top-level `function` declarations, so every export of apps-script/index.ts
 * becomes a one-line global that forwards to the bundle (`__app`).
 */
import { build } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { addonManifest, marketplaceManifest } from '../apps-script/manifest';
import { SIDEBAR_HTML_TAG } from '../apps-script/sidebar';

export const ADDON_OUT_DIR = 'dist/apps-script';
export const MARKETPLACE_OUT_DIR = 'dist/apps-script-addon';
const GLOBAL_NAME = '__app';

/** Bundles the server side and appends one global function per export. */
async function buildServer(): Promise<{ code: string; globals: string[] }> {
  const result = await build({
    entryPoints: ['apps-script/index.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2019', // Apps Script's V8 runtime: keep to syntax it is documented to run
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  // Loading the bundle must not touch any Apps Script service: evaluate it in an empty context.
  const context: Record<string, unknown> = {};
  runInNewContext(bundle, context);
  const app = context[GLOBAL_NAME] as Record<string, unknown>;
  const globals = Object.keys(app)
    .filter((name) => typeof app[name] === 'function')
    .sort();
  const forwarders = globals.map(
    (name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`,
  );
  return { code: `${bundle}\n${forwarders.join('\n')}\n`, globals };
}

/**
 * Bundles one sidebar (Preact components, like the extension's panel) and inlines it into an HTML
 * page (HtmlService serves files, not modules).
 */
async function buildSidebar(name: string): Promise<string> {
  const result = await build({
    entryPoints: [join('apps-script/sidebars', `${name}.tsx`)],
    bundle: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const { SIDEBAR_CSS } = await import('../apps-script/sidebars/sidebar-css');
  return [
    '<!DOCTYPE html>',
    `${SIDEBAR_HTML_TAG}<head><base target="_top"><meta charset="utf-8">`,
    `<style>${SIDEBAR_CSS}</style>`,
    '</head><body><main id="app" aria-live="polite"></main>',
    `<script>${script}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** Names of the sidebar entry points: every apps-script/sidebars/*-sidebar.tsx file. */
async function sidebarNames(): Promise<string[]> {
  const files = await readdir('apps-script/sidebars');
  return files
    .filter((f) => f.endsWith('-sidebar.tsx'))
    .map((f) => f.slice(0, -'.tsx'.length))
    .sort();
}

/** Writes one project's files: the shared code and sidebars, and its own manifest. */
async function writeProject(
  outDir: string,
  sources: Map<string, string>,
  manifest: object,
): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of sources) await writeFile(join(outDir, name), text);
  await writeFile(join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Builds the bound copy into `outDir` and the Marketplace add-on beside it; returns what was written. */
export async function buildAddon(
  outDir = ADDON_OUT_DIR,
  marketplaceDir = MARKETPLACE_OUT_DIR,
): Promise<{ files: string[]; globals: string[] }> {
  const server = await buildServer();
  const sources = new Map([['Code.js', server.code]]);
  for (const name of await sidebarNames()) sources.set(`${name}.html`, await buildSidebar(name));
  await writeProject(outDir, sources, addonManifest);
  await writeProject(marketplaceDir, sources, marketplaceManifest);
  return { files: ['appsscript.json', ...sources.keys()], globals: server.globals };
}

const invokedDirectly = process.argv[1]?.endsWith('build-addon.ts');
if (invokedDirectly) {
  const { files, globals } = await buildAddon();
  console.log(`Built ${ADDON_OUT_DIR} and ${MARKETPLACE_OUT_DIR}: ${files.join(', ')}`);
  console.log(`Globals: ${globals.join(', ')}`);
}
