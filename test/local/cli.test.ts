// The CLI as a coordinator or a script uses it: argument parsing, the JSON report, the readable table
// and one-line errors, run both in-process and through `npm run --silent cli`.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../local/cli/cli-args';
import { inspect } from '../../local/cli/cli-inspect';
import { t } from '../../shared/i18n/index';
import { keyResultIdFor } from '../../shared/key-result-id';
import { CHECK_INS_TAB, EVIDENCE_TAB } from '../../shared/owned-tabs';
import { writeWorkbook } from './read-workbook-helpers';
import { XlsxWorkbook } from '../../local/server/xlsx-workbook';
import { demoWorkbookFile } from './local-harness';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, '../shared/fixtures');

describe('parseArgs', () => {
  it('reads inspect and its flags', () => {
    expect(
      parseArgs([
        'inspect',
        'plan.xlsx',
        '--sheet',
        'Plan 2',
        '--today',
        '2026-01-15',
        '--json',
        '--lang',
        'fr',
      ]),
    ).toEqual({
      ok: true,
      options: {
        file: 'plan.xlsx',
        sheet: 'Plan 2',
        today: '2026-01-15',
        json: true,
        locale: 'fr',
      },
    });
  });

  it.each([
    [
      ['inspect', 'plan.xlsx', '--today', '15/01/2026'],
      '--today must be a date written YYYY-MM-DD, not "15/01/2026".',
    ],
    [
      ['inspect', 'plan.xlsx', '--today', '2026-02-30'],
      '--today must be a date written YYYY-MM-DD, not "2026-02-30".',
    ],
    [
      ['inspect'],
      'Usage: npm run cli -- inspect FILE [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]',
    ],
    [
      ['show', 'plan.xlsx'],
      'Usage: npm run cli -- inspect FILE [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]',
    ],
    [
      ['inspect', 'plan.xlsx', '--colour'],
      'Usage: npm run cli -- inspect FILE [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]',
    ],
  ])('%j → %j', (args, message) => {
    expect(parseArgs(args)).toEqual({ ok: false, message });
  });

  it.each([
    [['inspect', 'plan.xlsx', '--sheet'], 'en'],
    [['inspect', 'a.xlsx', 'b.xlsx'], 'en'],
    [['inspect', 'plan.xlsx', '--lang=fr', '--colour'], 'fr'],
    [['inspect', 'plan.xlsx', '--json=yes', '--lang', 'fr'], 'fr'],
    [['--lang', 'fr'], 'fr'],
  ] as const)('%j → the usage in %s', (args, locale) => {
    expect(parseArgs([...args])).toEqual({ ok: false, message: t(locale, 'cli.usage') });
  });

  it('reads --flag=value as --flag value, and leaves out the flags not given', () => {
    const parsed = parseArgs([
      'inspect',
      '--sheet=Plan 2',
      'plan.xlsx',
      '--today=2026-01-15',
      '--explain',
    ]);
    expect(parsed).toEqual({
      ok: true,
      options: {
        file: 'plan.xlsx',
        sheet: 'Plan 2',
        today: '2026-01-15',
        json: false,
        locale: 'en',
        explain: true,
      },
    });
    expect(Object.keys(parsed.ok ? parsed.options : {})).not.toContain('mapFile');
  });
});

describe('inspect', () => {
  const base = { today: '2026-01-15', json: true, locale: 'en' as const };

  it("--sheet with a wrong name lists the coordinator's tabs, never local mode's hidden settings tab", async () => {
    const file = await demoWorkbookFile();
    const served = await XlsxWorkbook.open(file);
    if (!served.ok) throw new Error(served.error.message);
    served.workbook.setSetting('locale', 'en'); // what local mode keeps in its very hidden tab
    await served.workbook.save();
    const result = await inspect({ ...base, file, sheet: 'Nope' });
    expect(result).toEqual({
      ok: false,
      message:
        'No sheet named "Nope". Sheets in this workbook: 2025-26 Math Plan, Schools, Supports, Check-ins, Evidence.',
    });
  });

  it('reports the messy plan in the JSON shape of the issue', async () => {
    const result = await inspect({ ...base, file: join(FIXTURES, 'plan-messy.xlsx') });
    if (!result.ok) throw new Error(result.message);
    const report = JSON.parse(result.output);
    expect(Object.keys(report)).toEqual(['sheet', 'objectives', 'findings', 'diagnostics']);
    expect(report.sheet).toBe('2025-26 Plan');
    expect(report.objectives[0].keyResults[1]).toEqual({
      title: '% of grade 7 students solving multi-step ratio tasks',
      indicator: 'lagging',
      baseline: 42,
      target: 60,
      current: 48,
      direction: 'increase',
      progress: 0.3333,
      status: 'at-risk',
      owners: ['K. Diaz'],
      due: '2026-06-19',
      elapsed: 0.4674,
    });
    expect(report.findings[0]).toEqual({
      rule: 'sustainability',
      severity: 'info',
      message: {
        en: 'Key result "Classrooms using visual models (of 120 observed)" rests on one owner (K. Diaz); name a second person.',
        fr: 'Le résultat clé «\u00a0Classrooms using visual models (of 120 observed)\u00a0» repose sur une seule personne (K. Diaz)\u202f; nommez-en une deuxième.',
      },
      cell: "'2025-26 Plan'!G5",
      place: {
        kind: 'key-result',
        id: expect.stringMatching(/^kr-/),
        name: 'Classrooms using visual models (of 120 observed)',
      },
    });
  });

  it('reads the Schools tab next to the plan for the findings', async () => {
    const result = await inspect({ ...base, file: join(FIXTURES, 'plan-simple.xlsx') });
    if (!result.ok) throw new Error(result.message);
    const report = JSON.parse(result.output);
    expect(
      report.findings
        .filter((f: { place: { kind: string } }) => f.place.kind === 'school')
        .map((f: { cell: string }) => f.cell),
    ).toEqual(["'Schools'!D5"]);
  });

  it('prints a readable table with progress bars and statuses, in French when asked', async () => {
    const result = await inspect({
      ...base,
      json: false,
      locale: 'fr',
      file: join(FIXTURES, 'plan-french.xlsx'),
    });
    if (!result.ok) throw new Error(result.message);
    const lines = result.output.split('\n');
    expect(lines[0]).toBe(
      "Plan lu dans l’onglet «\u00a0Plan d'amélioration\u00a0» (en-tête à la ligne 3), aujourd’hui = 2026-01-15",
    );
    expect(lines.find((line) => line.includes('Cycles de coplanification'))).toMatch(
      /0 cycles → 12 cycles → 30 cycles\s+████░░░░░░ 40\u00a0%\s+En bonne voie$/,
    );
    expect(lines.find((line) => line.includes('sous le niveau 2 (%)'))).toMatch(
      /31\u00a0% → 27,7\u00a0% → 20\u00a0%\s+███░░░░░░░ 30\u00a0%\s+À surveiller$/,
    );
    expect(result.output).toContain('Santé du plan');
  });

  it('lets the latest check-in set current and reports evidence whose key result is gone', async () => {
    const id = keyResultIdFor('Students reason proportionally', 'Classrooms using visual models');
    const evidenceRow = (keyResultId: string) => [
      `clip-${keyResultId}`,
      '2026-01-10',
      keyResultId,
      'old',
      'Lakeshore',
      '',
      'observation',
      '',
      'q',
      '',
      '',
      '',
      '',
      'J. Singh',
      '2026-01-10',
    ];
    const file = await writeWorkbook('with-tabs.xlsx', [
      {
        name: 'Plan',
        rows: [
          ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Due'],
          [
            'Students reason proportionally',
            'Classrooms using visual models',
            30,
            90,
            54,
            '2026-06-30',
          ],
        ],
      },
      {
        name: 'Check-ins',
        rows: [
          CHECK_INS_TAB.columns.map((c) => c.header.en),
          [id, '', '2025-12-01', 60, 4, '', ''],
          [id, '', '2026-01-05', 66, 4, '', ''],
        ],
      },
      {
        name: 'Evidence',
        rows: [
          EVIDENCE_TAB.columns.map((c) => c.header.en),
          evidenceRow(id),
          evidenceRow('kr-reworded'),
        ],
      },
    ]);
    const result = await inspect({ ...base, file });
    if (!result.ok) throw new Error(result.message);
    const report = JSON.parse(result.output);
    expect(report.objectives[0].keyResults[0]).toMatchObject({
      current: 66,
      progress: 0.6,
      status: 'on-track',
    });
    expect(
      report.findings
        .filter((f: { rule: string }) => f.rule === 'orphaned-evidence')
        .map((f: { cell: string }) => f.cell),
    ).toEqual(["'Evidence'!C3"]);
  });

  it.each([
    [
      'a missing file',
      { file: join(FIXTURES, 'nope.xlsx') },
      `File not found: ${join(FIXTURES, 'nope.xlsx')}`,
    ],
    [
      'a sheet that does not exist',
      { file: join(FIXTURES, 'plan-simple.xlsx'), sheet: 'Budget' },
      'No sheet named "Budget". Sheets in this workbook: Plan, Schools.',
    ],
    [
      'a workbook with no plan table',
      { file: join(FIXTURES, 'schools.csv') },
      "No plan table found. Sheets looked at: 'schools' (a tab Throughline owns, never the plan).",
    ],
    [
      'a file that is not a spreadsheet',
      { file: join(FIXTURES, 'README.md') },
      `Not a spreadsheet Throughline can read (.xlsx or .csv): ${join(FIXTURES, 'README.md')}`,
    ],
  ])('explains %s in one line', async (_, options, message) => {
    expect(await inspect({ ...base, ...options })).toEqual({ ok: false, message });
  });
});

describe('npm run --silent cli', () => {
  it('prints only JSON on stdout and exits 0', () => {
    const stdout = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'inspect',
        join(FIXTURES, 'plan-french.xlsx'),
        '--today',
        '2026-01-15',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(stdout).objectives.map((o: { title: string }) => o.title)).toEqual([
      'Renforcer la compréhension conceptuelle des fractions',
      "Diminuer la proportion d'élèves sous le niveau 2",
    ]);
  }, 60_000);

  it('prints one line on stderr and exits non-zero for bad input', () => {
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'inspect', join(FIXTURES, 'missing.xlsx')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('npm warn')),
    ).toEqual([`File not found: ${join(FIXTURES, 'missing.xlsx')}`]);
  }, 60_000);
});
