/** Builds dist/apps-script once when it is missing (npm test builds it before vitest runs). */
import { existsSync } from 'node:fs';
import { buildAddon } from '../../../scripts/build-addon';
import { BUILT_DIR } from './load-addon';

export async function ensureBuilt(): Promise<void> {
  if (!existsSync(`${BUILT_DIR}/Code.js`)) await buildAddon(BUILT_DIR);
}
