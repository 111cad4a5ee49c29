/**
 * The command line on the same core: `npm run --silent cli -- inspect FILE [--sheet NAME]
 * [--today YYYY-MM-DD] [--json] [--lang en|fr]`. Bad input gets one line on stderr and exit code 1
 * (2 for usage errors). Reading and pacing the plan is loaded only once the arguments are right, so
 * `--help` and a mistyped flag answer at once.
 */
import { parseArgs } from './cli-args';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { inspect } = await import('./cli-inspect');
  const result = await inspect(parsed.options);
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    return 1;
  }
  process.stdout.write(`${result.output}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
