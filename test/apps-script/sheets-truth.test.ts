/**
 * What a coordinator sees in real Sheets, which parses every written string like typed input: the
 * generated tabs show typed numbers and dates through explicit formats, in English and French, and
 * every text a person typed (clips, notes, check-in comments) is stored exactly as typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/cells';
import { decodePairingCode } from '../../shared/pairing-code';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import { newCallLog } from './fake/call-log';
import { FakeSpreadsheet } from './fake/fake-spreadsheet';
import { builtFiles } from './fake/load-addon';
import { rowStartingWith, shown } from './fixtures/sheet-text';
import { CHECK_INS, KR, KR_ID, NOW, planSimpleSpreadsheet } from './fixtures/plan-simple-world';
import { confirmSetup } from './fixtures/confirm-setup';

beforeAll(ensureBuilt);

const scopes = () =>
  (JSON.parse(builtFiles().get('appsscript.json') ?? '{}') as { oauthScopes: string[] })
    .oauthScopes;
const day = (iso: string) =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

function setUp(addon: LoadedAddon): void {
  confirmSetup(addon.call);
}

/** A plan whose percents are stored as fractions with a percent format, the way Sheets keeps "25%". */
function fractionPlan(locale: string, headers: CellValue[], title: string) {
  const spreadsheet = new FakeSpreadsheet(newCallLog(scopes()), locale);
  spreadsheet.seedTable({
    name: 'Plan',
    values: [
      headers,
      [
        'Students reason with fractions',
        title,
        0.25,
        0.7,
        0.41,
        day('2025-09-02'),
        day('2026-06-15'),
      ],
      [
        'Students reason with fractions',
        'Average score on the unit test',
        12,
        30,
        25.5,
        day('2025-09-02'),
        day('2026-06-15'),
      ],
    ],
    formats: [[], ['', '', '0%', '0%', '0%', '', ''], ['', '', '0.0', '0.0', '0.0', '', '']],
  });
  spreadsheet.seed(locale.startsWith('fr') ? 'Écoles' : 'Schools', [
    locale.startsWith('fr')
      ? ['École', 'Pratique', 'Direction', 'Conseiller·ère']
      : ['School', 'Practice', 'Principal', 'Coach'],
    ['Lakeshore Middle', 'Using representations', 'T. Okafor', 'J. Singh'],
    ['Champlain Elementary', 'Using representations', 'R. Gagnon', ''],
  ]);
  const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
  setUp(addon);
  return { spreadsheet, addon };
}

describe('numbers and dates on the Dashboard read as the coordinator wrote them', () => {
  it('shows a percent stored as a fraction as a percent, elapsed as a percent, one decimal where there is one', () => {
    const { spreadsheet } = fractionPlan(
      'en_US',
      ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Start', 'Due'],
      '% of students explaining with a model',
    );
    const dashboard = spreadsheet.sheet('Dashboard')!;
    const row = rowStartingWith(dashboard, '% of students explaining with a model');
    expect(row.slice(2, 5)).toEqual(['25%', '41%', '70%']);
    expect(row[7]).toMatch(/^\d{1,2}%$/);
    expect(rowStartingWith(dashboard, 'Average score on the unit test').slice(2, 5)).toEqual([
      '12',
      '25.5',
      '30',
    ]);
  });

  it('keeps "25.5" a number in a French spreadsheet, with a decimal comma, and dates in French', () => {
    const { spreadsheet, addon } = fractionPlan(
      'fr_FR',
      ['Objectif', 'Résultat clé', 'Point de départ', 'Cible', 'Actuel', 'Début', 'Échéance'],
      '% des élèves qui expliquent avec un modèle',
    );
    const dashboard = spreadsheet.sheet('Tableau de bord')!;
    const row = rowStartingWith(dashboard, 'Average score on the unit test');
    expect(row.slice(2, 5)).toEqual(['12', '25,5', '30']);
    const cell =
      dashboard.cells[
        shown(dashboard).findIndex((l) => l[0] === 'Average score on the unit test')
      ][3];
    expect(cell.value).toBe(25.5);
    expect(
      rowStartingWith(dashboard, '% des élèves qui expliquent avec un modèle').slice(2, 5),
    ).toEqual(['25%', '41%', '70%']);
    void addon;
  });

  it('shows the latest evidence as a date in the locale’s style, never a serial number', () => {
    for (const [locale, tab, expected] of [
      ['en_US', 'Dashboard', 'Jan 14, 2026'],
      ['fr_FR', 'Tableau de bord', '14 janv. 2026'],
    ] as const) {
      const spreadsheet = planSimpleSpreadsheet({
        locale,
        evidence: [
          [
            `clip-x`,
            '2026-01-14T14:00:00Z',
            KR_ID.explain,
            KR.explain,
            'Lakeshore Middle',
            'Using representations',
            'observation',
            null,
            'Quote',
            '',
            '',
            '',
            '',
            'J. Singh',
            '2026-01-14T14:01:00Z',
          ],
        ],
      });
      const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
      setUp(addon);
      expect(rowStartingWith(spreadsheet.sheet(tab)!, KR.explain)[12]).toBe(expected);
    }
  });
});

/** Text a coach or coordinator might type that Sheets would otherwise turn into something else. */
const TRICKY = [
  '3/4',
  '007',
  '1,000',
  '42%',
  'TRUE',
  '2026-01-14',
  '=1+1',
  '+33 1 23',
  '-5',
  '@home',
  "'tis the season",
  '25.5',
  '1 000',
  '3.4',
];

describe('every text a person typed is stored exactly as typed', () => {
  it('keeps clips and notes as typed in the Evidence tab and the Summary, without a visible apostrophe', () => {
    for (const locale of ['en_US', 'fr_FR']) {
      const spreadsheet = planSimpleSpreadsheet({ locale });
      const addon = loadAddon({ now: NOW, locale, world: { spreadsheet } });
      setUp(addon);
      const pairing = decodePairingCode(
        (addon.call('connectCoach', 'J. Singh') as { code: string }).code,
      );
      if (!pairing.ok) throw new Error('bad code');
      const items = TRICKY.map((text, i) => ({
        id: `clip-tricky-${i}`,
        capturedAt: '2026-01-15T10:00:00Z',
        keyResultId: KR_ID.explain,
        school: 'Lakeshore Middle',
        practice: 'Using representations',
        type: 'observation',
        quote: text,
        note: text,
      }));
      const body = JSON.stringify({ v: 1, kind: 'clip', secret: pairing.pairing.secret, items });
      const reply = JSON.parse(
        (
          addon.call('doPost', { postData: { contents: body, type: 'text/plain' } }) as {
            getContent(): string;
          }
        ).getContent(),
      ) as { ok: boolean };
      expect(reply.ok).toBe(true);
      const evidence = spreadsheet.sheet(locale === 'fr_FR' ? 'Preuves' : 'Evidence')!;
      const rows = shown(evidence).slice(1);
      expect(rows.map((r) => [r[8], r[9]])).toEqual(TRICKY.map((t) => [t, t]));
      expect(evidence.cells.slice(1).map((line) => line[8].value)).toEqual(TRICKY);
      addon.call('refreshDashboard');
      const summary = shown(spreadsheet.sheet(locale === 'fr_FR' ? 'Sommaire' : 'Summary')!).map(
        (l) => l[0],
      );
      expect(summary.filter((line) => /^[“«]/.test(line)).length).toBeGreaterThan(0);
      expect(summary.some((line) => line.startsWith("'"))).toBe(false);
    }
  });

  it('keeps a check-in comment as typed and its date as a date', () => {
    const spreadsheet = planSimpleSpreadsheet({ checkIns: true });
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    setUp(addon);
    for (const [i, comment] of ['3/4', '007', '=1+1'].entries()) {
      const saved = addon.call('saveCheckIn', {
        keyResultId: KR_ID.coPlanning,
        date: `2026-01-1${i + 1}`,
        value: 13 + i,
        confidence: 4,
        comment,
        by: '1,000',
      }) as { ok: boolean };
      expect(saved.ok).toBe(true);
    }
    const rows = shown(spreadsheet.sheet('Check-ins')!).slice(1 + CHECK_INS.length);
    expect(rows.map((r) => [r[2], r[5], r[6]])).toEqual([
      ['2026-01-11', '3/4', '1,000'],
      ['2026-01-12', '007', '1,000'],
      ['2026-01-13', '=1+1', '1,000'],
    ]);
    expect(spreadsheet.sheet('Check-ins')!.cells[1 + CHECK_INS.length][2].value).toBeInstanceOf(
      Date,
    );
  });
});

describe('French spreadsheets read French, and their links work', () => {
  it('links findings to the tabs as they are named here, and the sidebar’s Show finds them', () => {
    const { spreadsheet, addon } = fractionPlan(
      'fr_FR',
      ['Objectif', 'Résultat clé', 'Point de départ', 'Cible', 'Actuel', 'Début', 'Échéance'],
      '% des élèves qui expliquent avec un modèle',
    );
    const health = addon.call('getPlanHealth') as { findings: { cell: string | null }[] };
    const schoolCells = health.findings
      .map((f) => f.cell)
      .filter((cell): cell is string => cell !== null && !cell.includes('Plan'));
    expect(schoolCells.length).toBeGreaterThan(0);
    for (const cell of schoolCells) {
      expect(cell).toMatch(/^'Écoles'!/);
      expect(() => addon.call('goToCell', cell)).not.toThrow();
    }
    const gid = spreadsheet.sheet('Écoles')!.id;
    const links = shown(spreadsheet.sheet('Tableau de bord')!)
      .flat()
      .filter((text) => text.startsWith('=HYPERLINK('));
    expect(links.some((link) => link.includes(`#gid=${gid}&`))).toBe(true);
  });

  it('agrees counts in the headline (1 atteint, 2 résultats clés) and never shows an internal rule id', () => {
    const { spreadsheet } = fractionPlan(
      'fr_FR',
      ['Objectif', 'Résultat clé', 'Point de départ', 'Cible', 'Actuel', 'Début', 'Échéance'],
      '% des élèves qui expliquent avec un modèle',
    );
    const text = shown(spreadsheet.sheet('Tableau de bord')!)
      .map((line) => line[0])
      .join('\n');
    expect(text).toMatch(/2 résultats clés\s: [01] atteint ·/);
    expect(text).not.toMatch(/règle|sustainability|leading-indicator|orphaned/);
  });

  it('says "No plan table found." once in Set up', () => {
    const spreadsheet = new FakeSpreadsheet(newCallLog(scopes()), 'fr_FR');
    spreadsheet.seed('Notes', [['Rien ici'], ['ni là']]);
    const addon = loadAddon({ now: NOW, locale: 'fr_FR', world: { spreadsheet } });
    const state = addon.call('getSetupState') as { ok: boolean; message: string };
    expect(state.ok).toBe(false);
    expect(state.message.match(/Aucun tableau de plan trouvé/g)).toHaveLength(1);
  });
});

describe('a steady refresh writes values only, and never loses the look of a tab', () => {
  it('repaints a Dashboard deleted since the last refresh whole (colours, charts), not just its values', () => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    setUp(addon);
    spreadsheet.deleteSheet(spreadsheet.sheet('Dashboard')!);
    addon.call('refreshDashboard');
    const dashboard = spreadsheet.sheet('Dashboard')!;
    expect(dashboard.charts).toHaveLength(2);
    const r = shown(dashboard).findIndex((line) => line[0] === KR.coPlanning);
    expect(dashboard.cells[r][6].style.background).toBe('#fce8b2');
  });

  it('shows new values after a plan edit that keeps the shape, with one write per tab', () => {
    const spreadsheet = planSimpleSpreadsheet();
    const addon = loadAddon({ now: NOW, world: { spreadsheet } });
    setUp(addon);
    spreadsheet.sheet('Plan')!.ensure(1, 5).value = 45;
    spreadsheet.log.counts.clear();
    addon.call('refreshDashboard');
    expect(rowStartingWith(spreadsheet.sheet('Dashboard')!, KR.explain)[3]).toBe('45%');
    expect(spreadsheet.log.counts.get('Range.setValues')).toBe(2);
    expect(spreadsheet.log.counts.get('Range.setBackgrounds') ?? 0).toBe(0);
  });
});
