import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingual, message, render, strings, t, type StringKey } from '../../shared/i18n/index';
import { clipperStrings, errorKey, t as clipperT } from '../../shared/i18n/clipper-strings';

const ROOT = join(__dirname, '../..');
const CONCEPTS = join(ROOT, 'shared/i18n/concepts');

/** Every table a concept module exports, by file. */
async function conceptTables(): Promise<[string, Record<string, unknown>][]> {
  const tables: [string, Record<string, unknown>][] = [];
  for (const file of readdirSync(CONCEPTS).filter((f) => f.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(join(CONCEPTS, file));
    for (const value of Object.values(module))
      if (value && typeof value === 'object') tables.push([file, value as Record<string, unknown>]);
  }
  return tables;
}

/** The .ts and .tsx files under `dir`, at any depth. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The extension's files that show clipper strings: the side panel's, and any that import the subset. */
function clipperSources(): string[] {
  const panel = ['components', 'panel', 'entrypoints/sidepanel'].flatMap((d) =>
    sources(join(ROOT, 'extension', d)),
  );
  const importers = sources(join(ROOT, 'extension')).filter((f) =>
    readFileSync(f, 'utf8').includes('shared/i18n/clipper-strings'),
  );
  return [...new Set([...panel, ...importers])];
}

const allKeys = Object.keys(strings);

describe('the table built from concept modules', () => {
  it('is exactly the union of the concept modules, each key written in one module only', async () => {
    const homes = new Map<string, string[]>();
    for (const [file, table] of await conceptTables())
      for (const key of Object.keys(table)) homes.set(key, [...(homes.get(key) ?? []), file]);
    const twice = [...homes].filter(([, files]) => files.length > 1).map(([k, f]) => `${k}: ${f}`);
    expect(twice).toEqual([]);
    expect([...homes.keys()].sort()).toEqual([...allKeys].sort());
  });

  it('gives the clipper’s subset the same words as the whole table', () => {
    const differ = Object.entries(clipperStrings).filter(
      ([key, text]) => strings[key as keyof typeof strings] !== text,
    );
    expect(differ).toEqual([]);
    expect(clipperT('fr', 'clipper.form.chars', { count: 3, max: 9 })).toBe('3 / 9 caractères');
  });

  it('keeps the add-on’s, local mode’s and the reader’s strings out of the clipper’s subset', () => {
    const foreign = Object.keys(clipperStrings).filter((key) => !key.startsWith('clipper.'));
    expect(foreign).toEqual([]);
  });
});

describe('the side panel’s strings', () => {
  const files = clipperSources();
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const inSubset = (key: string) => key in clipperStrings;
  /** Quoted words shaped like a key of the whole table, or like the start of one (an error family). */
  const literals = [...code.matchAll(/['"]([a-z]+(?:\.[\w-]+)+)['"]/g)].map((m) => m[1]);
  /** Keys built at run time: `clipper.state.${…}` → every key of the table that starts so. */
  const prefixes = [...code.matchAll(/`([a-z]+(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);

  it('scans the panel’s files and finds the keys they use', () => {
    expect(files.some((f) => f.endsWith('ClipForm.tsx'))).toBe(true);
    expect(literals.filter((k) => k in strings).length).toBeGreaterThan(50);
    expect(prefixes).toContain('clipper.state.');
  });

  it('finds every key the panel names in the clipper’s subset', () => {
    const missing = literals.filter((key) => key in strings && !inSubset(key));
    expect(missing).toEqual([]);
  });

  it('finds every key the panel builds at run time in the clipper’s subset', () => {
    const missing = prefixes.flatMap((prefix) => {
      const keys = allKeys.filter((key) => key.startsWith(prefix));
      return keys.length === 0 ? [`${prefix}… (no key at all)`] : keys.filter((k) => !inSubset(k));
    });
    expect(missing).toEqual([]);
  });

  it('has each error family’s fallback message, and uses it for a code nobody wrote words for', () => {
    const families = literals.filter((word) => /\.error$/.test(word) && !(word in strings));
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) expect(inSubset(`${family}.internal`), family).toBe(true);
    expect(errorKey('clipper.form.error', 'no-such-code')).toBe('clipper.form.error.internal');
    expect(errorKey('clipper.pair.error', 'not-a-code')).toBe('clipper.pair.error.not-a-code');
  });
});

describe('a parameter whose words differ by language', () => {
  it('gives each language its own words', () => {
    expect(bilingual('diag.missingColumn', { field: { en: 'Target', fr: 'Cible' } })).toEqual({
      en: 'No "Target" column was found; check the column mapping.',
      fr: 'Aucune colonne «\u00a0Cible\u00a0» trouvée\u202f; vérifiez la correspondance des colonnes.',
    });
  });

  it('never lets one language’s words into the other, for every key with parameters', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]);
    for (const key of allKeys as StringKey[]) {
      const params = Object.fromEntries(
        names(strings[key].en).map((name) => [name, { en: `EN-${name}`, fr: `FR-${name}` }]),
      );
      if (Object.keys(params).length === 0) continue;
      const { en, fr } = bilingual(key, params);
      expect(en, key).not.toContain('FR-');
      expect(fr, key).not.toContain('EN-');
      expect(t('fr', key, params), key).toBe(fr);
    }
  });
});

describe('a message kept as its key and parameters', () => {
  const reason = message('sheet.header', { row: 3, count: 1 });
  const looked = message('sheet.lookedAt', {
    sheet: message('sheet.quoted', { sheet: 'Plan' }),
    reason,
  });

  it('is said in the reader’s language, a nested message in the same language', () => {
    expect(render('en', looked)).toBe("'Plan' (header on row 3, 1 plan column recognized)");
    expect(render('fr', looked)).toBe(
      '«\u00a0Plan\u00a0» (en-tête à la ligne 3, 1 colonne du plan reconnue)',
    );
  });

  it('is plain data: it says the same words after crossing a JSON boundary', () => {
    const crossed = JSON.parse(JSON.stringify(looked));
    for (const locale of ['en', 'fr'] as const)
      expect(render(locale, crossed)).toBe(render(locale, looked));
  });
});
