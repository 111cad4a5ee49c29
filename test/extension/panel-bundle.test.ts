// @vitest-environment node
/**
 * The side panel carries only what it uses: its bundle (the entry and everything it imports) holds
 * no schema library and not the web-app protocol's schemas, which the background alone checks.
 */
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('the side panel bundles neither zod nor the protocol schemas', async () => {
  const result = await build({
    entryPoints: ['extension/entrypoints/sidepanel/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain('extension/components/App.tsx');
  expect(inputs.filter((file) => /node_modules\/zod\/|shared\/protocol\.ts$/.test(file))).toEqual(
    [],
  );
});
