// @vitest-environment node
/**
 * The side panel carries only what it uses: its bundle (the entry and everything it imports) holds
 * no schema library and not the web-app protocol's schemas, which the background alone checks.
 */
import { bundleSidePanel } from '../../scripts/panel-bundle';
import { expect, it } from 'vitest';

it('the side panel bundles neither zod nor the protocol schemas', async () => {
  const inputs = Object.keys((await bundleSidePanel()).inputs);
  expect(inputs).toContain('extension/components/App.tsx');
  expect(inputs.filter((file) => /node_modules\/zod\/|shared\/protocol\.ts$/.test(file))).toEqual(
    [],
  );
});
