// `npm start`'s arguments as node:util parseArgs reads them: every flag in both spellings and any
// order, and a usage message (never a silently ignored flag) when something is wrong.
import { describe, expect, it } from 'vitest';
import { start } from '../../local/server/start';
import { parseStartArgs } from '../../local/server/start-args';
import { t } from '../../shared/i18n/index';

const VALUES = {
  port: '9001',
  connect: 'Ana Coach',
  today: '2026-01-15',
  revoke: 'Bo',
  locale: 'fr',
};
const NAMES = Object.keys(VALUES) as (keyof typeof VALUES)[];

describe('parseStartArgs', () => {
  it.each(Array.from({ length: 32 }, (_, seed) => seed))(
    'generated command line %i: the same answer for --flag value and --flag=value, in any order',
    (seed) => {
      const chosen = NAMES.filter((_, i) => (seed >> i) & 1);
      const order = [...chosen].sort(
        (a, b) => ((a.length * 7 + seed) % 5) - ((b.length * 7 + seed) % 5),
      );
      const spaced = order.flatMap((name) => [`--${name}`, VALUES[name]]);
      const inline = order.map((name) => `--${name}=${VALUES[name]}`);
      const withFile = seed % 2 === 0 ? ['plan.xlsx', ...spaced] : [...spaced, '--coaches'];
      const parsed = parseStartArgs(withFile);
      expect(parsed.usage).toBeUndefined();
      for (const name of NAMES)
        expect(parsed[name]).toBe(chosen.includes(name) ? VALUES[name] : null);
      expect(parsed.file).toBe(seed % 2 === 0 ? 'plan.xlsx' : null);
      expect(parsed.coaches).toBe(seed % 2 === 1);
      expect({ ...parseStartArgs(inline), file: null, coaches: false }).toEqual({
        ...parsed,
        file: null,
        coaches: false,
      });
    },
  );

  it.each([
    [['--conect', 'Ana'], 'en'],
    [['plan.xlsx', '--port'], 'en'],
    [['my', 'plan.xlsx'], 'en'],
    [['--locale', 'fr', '--prot', '9000'], 'fr'],
    [['--locale=fr', '--coaches=yes'], 'fr'],
  ] as const)('%j is a usage message in %s', (argv, locale) => {
    expect(parseStartArgs([...argv]).usage).toBe(t(locale, 'local.startUsage'));
  });

  it('npm start with a misspelt flag prints the usage and exits 1 before touching any file', async () => {
    const err: string[] = [];
    const result = await start(['--conect', 'Ana Coach'], {
      out: () => {},
      err: (line) => err.push(line),
      cwd: '/nonexistent-folder',
    });
    expect(result).toEqual({ code: 1, server: null });
    expect(err).toEqual([t('en', 'local.startUsage')]);
  });
});
