// The Chrome store build's manifest: `oauth2` (client_id and scopes, both required by Chrome)
// lists the sign-in scopes only; the Docs and Slides read scopes are asked for at the first search.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_SCOPES, SIGN_IN_SCOPES } from '../../extension/lib/google-config';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function manifestFor(browser: string) {
  vi.stubEnv('WXT_GOOGLE_CLIENT_ID', 'store-client.apps.googleusercontent.com');
  vi.stubEnv('WXT_GOOGLE_TEST_BASE', undefined);
  const config = (await import('../../wxt.config')).default as {
    manifest: (env: { browser: string }) => Record<string, unknown>;
  };
  return config.manifest({ browser });
}

describe('the manifest’s oauth2 scopes', () => {
  it.each(['chrome', 'edge'])(
    '%s: the sign-in scopes, nothing about Docs or decks',
    async (browser) => {
      const manifest = await manifestFor(browser);
      expect(manifest.oauth2).toEqual({
        client_id: 'store-client.apps.googleusercontent.com',
        scopes: [...SIGN_IN_SCOPES],
      });
      for (const scope of Object.values(DOCUMENT_SCOPES))
        expect(JSON.stringify(manifest)).not.toContain(scope);
    },
  );

  it('firefox has no oauth2 key (it signs in with the web flow)', async () => {
    expect((await manifestFor('firefox')).oauth2).toBeUndefined();
  });
});
