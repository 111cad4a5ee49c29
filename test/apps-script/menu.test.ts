import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { MENU_FUNCTIONS } from './fixtures/menu-items';

beforeAll(ensureBuilt);

describe('Extensions → Throughline menu', () => {
  it.each([
    [
      'en_US',
      'NONE',
      [
        'Set up',
        'Refresh dashboard',
        'Plan health',
        'Record a check-in',
        'Connect a coach',
        'Settings',
      ],
    ],
    [
      'fr_CA',
      'NONE',
      [
        'Configurer',
        'Actualiser le tableau de bord',
        'Santé du plan',
        'Saisir un suivi',
        'Connecter une conseillère ou un conseiller',
        'Paramètres',
      ],
    ],
    [
      'fr_FR',
      'LIMITED',
      [
        'Configurer',
        'Actualiser le tableau de bord',
        'Santé du plan',
        'Saisir un suivi',
        'Connecter une conseillère ou un conseiller',
        'Paramètres',
      ],
    ],
  ])(
    'in %s, AuthMode.%s, lists the six actions without reading properties or cells',
    (locale, authMode, captions) => {
      const spreadsheet = planSimpleSpreadsheet({ locale });
      spreadsheet.log.authMode = authMode as 'NONE' | 'LIMITED';
      const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
      addon.call('onOpen', { authMode });
      expect(spreadsheet.menus).toHaveLength(1);
      expect(spreadsheet.menus[0].items.map((i) => i.caption)).toEqual(captions);
      expect(spreadsheet.menus[0].items.map((i) => i.fn)).toEqual(MENU_FUNCTIONS);
      const touched = [...spreadsheet.log.counts.keys()].filter((name) =>
        /Properties|Range|Sheet\./.test(name),
      );
      expect(touched).toEqual([]);
    },
  );

  it('onInstall builds the same menu', () => {
    const spreadsheet = planSimpleSpreadsheet();
    spreadsheet.log.authMode = 'NONE';
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    addon.call('onInstall', { authMode: 'NONE' });
    expect(spreadsheet.menus[0].items).toHaveLength(6);
  });

  it('every menu item calls a global function of the bundle', () => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    addon.call('onOpen', { authMode: 'FULL' });
    for (const item of spreadsheet.menus[0].items) expect(addon.globals).toContain(item.fn);
  });
});
