/**
 * The side panel's entry bundled by esbuild with its metafile: what the panel imports, file by
 * file. Read by `npm run bench` (what the panel's JS is made of) and by the test that keeps zod and
 * the protocol schemas out of the panel.
 */
import { build } from 'esbuild';

export async function bundleSidePanel() {
  const result = await build({
    entryPoints: ['extension/entrypoints/sidepanel/main.tsx'],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return { code: result.outputFiles[0].contents, inputs: output.inputs };
}
