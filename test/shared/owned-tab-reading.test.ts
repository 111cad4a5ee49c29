import { describe, expect, it } from 'vitest';
import type { CellValue, SheetTable } from '../../shared/cells';
import { CHECK_INS_TAB, EVIDENCE_TAB, SUPPORTS_TAB, type OwnedTab } from '../../shared/owned-tabs';
import {
  readCheckIns,
  readEvidence,
  readSchools,
  readSupports,
} from '../../shared/owned-tab-reading';
import { cellText } from '../../shared/reading/cell-text';

const table = (name: string, values: CellValue[][]): SheetTable => ({ name, values });
const headers = (tab: OwnedTab, locale: 'en' | 'fr') => tab.columns.map((c) => c.header[locale]);

describe('readCheckIns', () => {
  it('reads English and French tabs the same, skipping blank and unreadable rows', () => {
    const rows: CellValue[][] = [
      [
        'kr-1',
        'Classrooms using visual models',
        new Date(Date.UTC(2025, 11, 1)),
        50,
        4,
        'Walkthroughs done',
        'K. Diaz',
      ],
      [],
      ['kr-1', 'Classrooms using visual models', '15/12/2025', '54', '', '', ''],
      ['kr-1', 'no value', '2025-12-20', 'n/a', '', '', ''],
    ];
    for (const locale of ['en', 'fr'] as const) {
      const checkIns = readCheckIns(table('Check-ins', [headers(CHECK_INS_TAB, locale), ...rows]));
      expect(checkIns.map((c) => [c.keyResultId, c.date, c.value, c.confidence, c.row])).toEqual([
        ['kr-1', '2025-12-01', 50, 4, 1],
        ['kr-1', '2025-12-15', 54, null, 3],
      ]);
    }
  });

  it('reads check-in values typed as people write them', () => {
    const rows: CellValue[][] = [
      ['kr-1', 'Schools visited', '2026-01-05', '7 of 25 schools', '', '', ''],
      ['kr-1', 'Schools visited', '2026-01-12', '≈ 9 (est.)', '', '', ''],
      ['kr-2', 'Proficiency', '2026-01-12', '41,5 % (hiver)', '', '', ''],
      ['kr-2', 'Proficiency', '2026-01-19', 'pending (Jan)', '', '', ''],
    ];
    const checkIns = readCheckIns(table('Check-ins', [headers(CHECK_INS_TAB, 'en'), ...rows]));
    expect(checkIns.map((c) => [c.keyResultId, c.date, c.value])).toEqual([
      ['kr-1', '2026-01-05', 7],
      ['kr-1', '2026-01-12', 9],
      ['kr-2', '2026-01-12', 41.5],
    ]);
  });

  it('finds columns that were moved, and returns nothing for a missing tab', () => {
    const checkIns = readCheckIns(
      table('Suivis', [
        ['Valeur', 'Date', 'ID du résultat clé'],
        [12, '2026-01-05', 'kr-9'],
      ]),
    );
    expect(checkIns.map((c) => [c.keyResultId, c.date, c.value])).toEqual([
      ['kr-9', '2026-01-05', 12],
    ]);
    expect(readCheckIns(null)).toEqual([]);
  });
});

describe('readEvidence', () => {
  it('reads a clip row in the Evidence tab column order', () => {
    const row = [
      'clip-1',
      '2026-01-10T14:03:00.000Z',
      'kr-1',
      'Classrooms using visual models',
      'Lakeshore Middle',
      'Using representations',
      'observation',
      'routine',
      'Students drew tape diagrams',
      'Grade 7',
      'Visit notes',
      'https://docs.example/1',
      'Period 2',
      'J. Singh',
      '2026-01-10T14:05:00.000Z',
    ];
    const [evidence] = readEvidence(table('Evidence', [headers(EVIDENCE_TAB, 'en'), row]));
    expect(evidence).toMatchObject({
      id: 'clip-1',
      capturedAt: '2026-01-10T14:03:00.000Z',
      keyResultId: 'kr-1',
      school: 'Lakeshore Middle',
      type: 'observation',
      stage: 'routine',
      coach: 'J. Singh',
      row: 1,
    });
  });

  it('reads unknown types as "other" and unknown stages as none', () => {
    const row = [
      'clip-2',
      '2026-01-10',
      'kr-1',
      '',
      '',
      '',
      'hallway chat',
      'sort of',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ];
    const [evidence] = readEvidence(table('Preuves', [headers(EVIDENCE_TAB, 'fr'), row]));
    expect([evidence.type, evidence.stage]).toEqual(['other', null]);
  });
});

describe('readSchools', () => {
  it('reads a coordinator’s plain Schools tab and splits several coaches', () => {
    const schools = readSchools(
      table('Schools', [
        ['School', 'Practice', 'Principal', 'Coach'],
        [
          'Champlain Elementary',
          'Teaching through problem solving',
          'R. Gagnon',
          'J. Singh; M. Tremblay',
        ],
        ['Riverside Middle', 'Using representations', 'D. Martin', ''],
        [],
      ]),
    );
    expect(schools).toEqual([
      {
        name: 'Champlain Elementary',
        practice: 'Teaching through problem solving',
        principal: 'R. Gagnon',
        coaches: ['J. Singh', 'M. Tremblay'],
        row: 1,
      },
      {
        name: 'Riverside Middle',
        practice: 'Using representations',
        principal: 'D. Martin',
        coaches: [],
        row: 2,
      },
    ]);
  });

  it('reads French headers and other wordings', () => {
    const schools = readSchools(
      table('Écoles', [
        ['Nom de l’école', 'Pratique choisie', 'Direction', 'Conseillère pédagogique'],
        ['École Champlain', 'Résolution de problèmes', 'R. Gagnon', 'É. Nadeau'],
      ]),
    );
    expect(schools[0]).toMatchObject({
      name: 'École Champlain',
      practice: 'Résolution de problèmes',
      coaches: ['É. Nadeau'],
    });
  });
});

describe('readSupports', () => {
  it.each([
    ['pd', 'planned', 'pd', 'planned'],
    ['PLC', 'held', 'plc', 'held'],
    ['Coaching cycle', 'tenu', 'coaching', 'held'],
    ['CAP', 'prévu', 'plc', 'planned'],
    ['Formation', '', 'pd', null],
  ])('kind %j and status %j → %s, %j', (kind, status, expectedKind, expectedStatus) => {
    const [support] = readSupports(
      table('Supports', [
        headers(SUPPORTS_TAB, 'en'),
        [
          kind,
          'Fractions PD Day 2',
          '2025-10-14',
          '2025-10-14',
          'Deepen fractions',
          'A; B',
          'K. Diaz',
          status,
        ],
      ]),
    );
    expect(support).toMatchObject({
      kind: expectedKind,
      status: expectedStatus,
      title: 'Fractions PD Day 2',
      start: '2025-10-14',
      objective: 'Deepen fractions',
      schools: ['A', 'B'],
    });
  });
});

describe('reading evidence text fast', () => {
  it('reads every generated text exactly as cellText does (white space cleaned the same way)', () => {
    const alphabet = ['a', ' ', '  ', '\n', '\t', '\u00a0', 'é', '3/4', '\u202f', 'x'];
    let seed = 5;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const quotes = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + next(8) }, () => alphabet[next(alphabet.length)]).join(''),
    );
    const rows = quotes.map((quote, i) =>
      EVIDENCE_TAB.columns.map((c) =>
        c.key === 'quote' ? quote : c.key === 'id' ? `clip-${i}` : '',
      ),
    );
    const read = readEvidence({
      name: 'Evidence',
      values: [EVIDENCE_TAB.columns.map((c) => c.header.en), ...rows],
    });
    const expected = quotes.map((q, i) => ({ id: `clip-${i}`, quote: cellText(q) }));
    expect(read.map((e) => ({ id: e.id, quote: e.quote }))).toEqual(expected);
  });
});
