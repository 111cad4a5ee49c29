/**
 * Deploys the add-on to the spreadsheet whose script id is in .clasp.json: builds, `clasp push -f`
 * (the manifest in dist/ wins), then redeploys the web app in place with `clasp deploy -i <id>` so
 * the URL coaches are paired with never changes. The first time, without an id, it creates the
 * deployment and prints the id to keep.
 *
 *   npm run deploy:addon                          # first deployment: note the printed id
 *   npm run deploy:addon -- --deployment AKfy…    # every later deployment (or THROUGHLINE_DEPLOYMENT_ID)
 *
 * Needs `npx clasp login` once and a real scriptId in .clasp.json (see apps-script/README.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildAddon } from './build-addon';

function clasp(args: string[]): void {
  console.log(`$ clasp ${args.join(' ')}`);
  const result = spawnSync('npx', ['clasp', ...args], { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`clasp ${args[0]} failed (exit ${result.status ?? 'signal'})`);
}

function deploymentId(argv: string[]): string | null {
  const i = argv.indexOf('--deployment');
  return (i >= 0 ? argv[i + 1] : null) ?? process.env.THROUGHLINE_DEPLOYMENT_ID ?? null;
}

async function main(): Promise<void> {
  const project = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { scriptId: string };
  if (!project.scriptId || project.scriptId.startsWith('REPLACE_')) {
    throw new Error(
      'Put your script id in .clasp.json first (Extensions → Apps Script → Project settings → Script ID).',
    );
  }
  const { files } = await buildAddon();
  console.log(`Built ${files.join(', ')}`);
  clasp(['push', '--force']);
  const id = deploymentId(process.argv.slice(2));
  const description = `Throughline ${new Date().toISOString().slice(0, 16)}`;
  if (id) clasp(['deploy', '-i', id, '-d', description]);
  else {
    clasp(['deploy', '-d', description]);
    console.log(
      'Keep the deployment id printed above and pass it next time with --deployment <id>: the web app URL then stays the same.',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
