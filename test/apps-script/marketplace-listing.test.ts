/**
 * What the Marketplace and a district's privacy review will read stays true to the built add-on:
 * the scopes the docs justify are exactly the manifest's, the listing texts fit Google's fields,
 * and the images have the sizes the Marketplace SDK asks for.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDON_SCOPES } from '../../apps-script/manifest';
import { DOCUMENT_SCOPES, SIGN_IN_SCOPES } from '../../extension/lib/google-config';
import { ensureBuilt } from './fake/ensure-built';
import { builtFiles, MARKETPLACE_DIR } from './fake/load-addon';

beforeAll(ensureBuilt);

const read = (path: string) => readFileSync(path, 'utf8');
const scopesIn = (text: string) =>
  [...new Set(text.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g) ?? [])].sort();

/** The text of the `## N. heading` section that starts with `title`, up to the next section. */
function section(text: string, title: string): string {
  const start = text.search(new RegExp(`^## \\d+\\. ${title}`, 'm'));
  expect(start, title).toBeGreaterThanOrEqual(0);
  const next = text.slice(start + 3).search(/^## /m);
  return next < 0 ? text.slice(start) : text.slice(start, start + 3 + next);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the Marketplace build and its documents', () => {
  it('asks for the three scopes the guides justify, and has no web app', () => {
    const manifest = JSON.parse(builtFiles(MARKETPLACE_DIR).get('appsscript.json') ?? '{}');
    expect(manifest.oauthScopes).toEqual([...ADDON_SCOPES]);
    expect(manifest.webapp).toBeUndefined();
    expect(scopesIn(read('docs/publishing-add-on.md'))).toEqual([...ADDON_SCOPES].sort());
    expect(scopesIn(section(read('docs/admin-guide.md'), 'Scopes'))).toEqual(
      [...ADDON_SCOPES].sort(),
    );
  });

  it('tells the administrator which scopes the coaches’ extension asks for, and no other', () => {
    const extensionScopes = [...SIGN_IN_SCOPES, ...Object.values(DOCUMENT_SCOPES)].filter((s) =>
      s.startsWith('https://'),
    );
    const trust = section(read('docs/admin-guide.md'), 'Trust its OAuth client');
    expect(scopesIn(trust)).toEqual(extensionScopes.sort());
  });

  it.each(['en', 'fr'])('has a %s listing with a short description Google accepts', (lang) => {
    const listing = read(`docs/marketplace/listing.${lang}.md`);
    const short = /^## (?:Short description|Description courte)\n\n(.+)$/m.exec(listing)?.[1] ?? '';
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(200);
    for (const page of ['privacy', 'support'])
      expect(read(`docs/marketplace/${page}.${lang}.md`).length).toBeGreaterThan(500);
  });

  it.each([128, 96, 48, 32])('has a %i px square icon', (size) => {
    expect(pngSize(`docs/marketplace/icon-${size}.png`)).toEqual([size, size]);
  });

  it.each(
    ['en', 'fr'].flatMap((lang) =>
      ['1-dashboard', '2-summary', '3-setup', '4-connect-coaches'].map((name) => [lang, name]),
    ),
  )('has a 1280 × 800 %s screenshot %s', (lang, name) => {
    expect(pngSize(`docs/marketplace/screenshots/${lang}/${name}.png`)).toEqual([1280, 800]);
  });
});
