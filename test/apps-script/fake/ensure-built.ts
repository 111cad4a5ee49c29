/** Builds dist/apps-script and dist/apps-script-addon once when missing (npm test builds them before vitest runs). */
import { existsSync } from 'node:fs';
import { buildAddon } from '../../../scripts/build-addon';
import { BUILT_DIR, MARKETPLACE_DIR } from './load-addon';

export async function ensureBuilt(): Promise<void> {
  if (!existsSync(`${BUILT_DIR}/Code.js`) || !existsSync(`${MARKETPLACE_DIR}/Code.js`))
    await buildAddon(BUILT_DIR, MARKETPLACE_DIR);
}
