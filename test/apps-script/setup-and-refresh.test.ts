import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_INS_TAB, EVIDENCE_TAB, SUPPORTS_TAB } from '../../shared/owned-tabs';
import { loadAddon, type LoadedAddon } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';
import type { FakeSpreadsheet } from './fake/fake-spreadsheet';
import {
  EVIDENCE,
  KR,
  KR_ID,
  NOW,
  PLAN_TAB,
  evidenceRows,
  planSimpleSpreadsheet,
} from './fixtures/plan-simple-world';
import { lines, rowStartingWith, shown, snapshotOf } from './fixtures/sheet-text';
import { confirmSetup } from './fixtures/confirm-setup';

/** French typography puts no-break spaces before « : » and inside « »; compare wording, not space width. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(ensureBuilt);

interface SetupState {
  ok: boolean;
  sheet: string;
  sheetReason: string;
  headerRow: number;
  headers: string[];
  fields: { field: string; column: number | null; reason: string }[];
}

/** Runs Set up the way the sidebar does: read the detection, confirm it (with column changes), save. */
function setUp(addon: LoadedAddon, change: Record<string, number | null> = {}) {
  return confirmSetup(addon.call, { columns: change });
}

function world(
  locale = 'en_US',
  extra: { evidence?: boolean; checkIns?: boolean; supports?: boolean } = {
    evidence: true,
    checkIns: true,
    supports: true,
  },
) {
  const spreadsheet = planSimpleSpreadsheet({
    locale,
    evidence: extra.evidence ? evidenceRows(EVIDENCE) : undefined,
    checkIns: extra.checkIns,
    supports: extra.supports,
  });
  return { spreadsheet, addon: loadAddon({ now: NOW, locale, world: { spreadsheet } }) };
}

const sheet = (s: FakeSpreadsheet, name: string) => {
  const found = s.sheet(name);
  if (!found) throw new Error(`no sheet ${name}; have ${s.sheets.map((x) => x.name).join(', ')}`);
  return found;
};

describe('Set up', () => {
  it('shows the detected sheet and each column with the header it matched', () => {
    const { addon } = world();
    const state = addon.call('getSetupState') as SetupState;
    expect(state.sheet).toBe('Plan');
    expect(state.sheetReason).toContain('10 plan columns');
    expect(state.fields.find((f) => f.field === 'baseline')).toMatchObject({
      column: 3,
      reason: 'matched the header “Baseline”',
    });
    expect(state.headers).toContain('Due');
  });

  it('creates the missing owned tabs with headers, notes, a frozen row and dropdowns, and never writes the plan tab', () => {
    const { spreadsheet, addon } = world('en_US', {});
    const planBefore = snapshotOf(sheet(spreadsheet, PLAN_TAB));
    const { saved } = setUp(addon);
    expect(saved.ok).toBe(true);
    expect(snapshotOf(sheet(spreadsheet, PLAN_TAB))).toBe(planBefore);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Plan',
      'Schools',
      'Evidence',
      'Check-ins',
      'Supports',
      'Dashboard',
      'Summary',
    ]);
    const evidence = sheet(spreadsheet, 'Evidence');
    expect(shown(evidence)[0]).toEqual(EVIDENCE_TAB.columns.map((c) => c.header.en));
    expect(evidence.cells[0][0].note).toBe(EVIDENCE_TAB.columns[0].note.en);
    expect(evidence.frozenRows).toBe(1);
    const typeRule = evidence.validations.find((v) => v.a1.startsWith('G2:'))?.rule as {
      list: string[];
      allowInvalid: boolean;
    };
    expect(typeRule.list).toContain('observation');
    expect(typeRule.allowInvalid).toBe(true);
    const schoolRule = evidence.validations.find((v) => v.a1.startsWith('E2:'))?.rule as {
      list: string[];
    };
    expect(schoolRule.list).toEqual([
      'Champlain Elementary',
      'Lakeshore Middle',
      'Northview Public',
      'Riverside Middle',
    ]);
    expect(shown(sheet(spreadsheet, 'Check-ins'))[0]).toEqual(
      CHECK_INS_TAB.columns.map((c) => c.header.en),
    );
    expect(shown(sheet(spreadsheet, 'Supports'))[0]).toEqual(
      SUPPORTS_TAB.columns.map((c) => c.header.en),
    );
  });

  it('extends the dropdowns to rows added after Set up and updates their lists at the next refresh', () => {
    const { spreadsheet, addon } = world();
    setUp(addon);
    const evidence = sheet(spreadsheet, 'Evidence');
    const krCol = EVIDENCE_TAB.columns.findIndex((c) => c.key === 'keyResult') + 1;
    expect(evidence.validationAt(1000, krCol)).not.toBeNull();
    evidence.insertRowsAfter(evidence.maxRows, 500); // the coordinator adds 500 rows at the bottom
    expect(evidence.validationAt(1400, krCol)).toBeNull();
    const added = 'Teachers plan one common task per unit';
    const plan = sheet(spreadsheet, PLAN_TAB);
    plan.ensure(6, 0).value = plan.cells[1][0].value;
    plan.ensure(6, 1).value = added;
    addon.call('refreshDashboard');
    const rule = evidence.validationAt(1400, krCol) as { list: string[] };
    expect(rule.list).toContain(added);
    expect(
      (sheet(spreadsheet, 'Check-ins').validationAt(2, 2) as { list: string[] } | null)?.list ?? [],
    ).toContain(added);
    const writes = evidence.validations.length;
    expect(writes).toBe(10); // five dropdown columns, set at Set up (once) and again for the new rows and list
    addon.call('refreshDashboard'); // nothing changed: the dropdowns are not rewritten
    expect(evidence.validations.length).toBe(writes);
  });

  it('creates French tabs in a French spreadsheet', () => {
    const { spreadsheet, addon } = world('fr_CA', {});
    setUp(addon);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Plan',
      'Schools',
      'Preuves',
      'Suivis',
      'Soutiens',
      'Tableau de bord',
      'Sommaire',
    ]);
    expect(shown(sheet(spreadsheet, 'Suivis'))[0][3]).toBe('Valeur');
  });

  it('saves the corrected mapping: a column set to none is no longer read', () => {
    const { spreadsheet, addon } = world();
    setUp(addon, { current: null });
    const saved = JSON.parse(addon.world.documentProperties.get('throughline.mapping') ?? '{}');
    expect(saved.v).toBe(2);
    const mapping = saved.data;
    expect(mapping.v).toBe(2);
    expect(mapping.setBy).toBe('coordinator');
    expect(mapping.columns.current).toBeUndefined();
    const row = rowStartingWith(sheet(spreadsheet, 'Dashboard'), KR.explain);
    expect(row[3]).toBe('—');
  });

  it('shows the key results as read, previews a structural correction, and keeps it across refreshes', () => {
    const { spreadsheet, addon } = world();
    const state = addon.call('getSetupState') as SetupState & {
      reading: { preview: { title: string; values: string }[] };
      structure: { objectives: string };
      setBy: string;
    };
    expect(state.setBy).toBe('reader');
    expect(state.structure.objectives).toBe('column');
    expect(state.reading.preview[0].title).toBe(KR.explain);
    expect(state.reading.preview[0].values).toMatch(/→ .* →/);
    const columns = Object.fromEntries(state.fields.map((f) => [f.field, f.column]));
    // The coordinator says the plan has no objectives to read: every key result under "(no objective)".
    const choice = { sheet: state.sheet, headerRow: state.headerRow, columns, objectives: 'none' };
    const preview = addon.call('previewSetup', choice) as typeof state & {
      reading: { lines: { text: string }[] };
    };
    expect(preview.setBy).toBe('coordinator');
    expect(preview.reading.lines.map((l) => l.text)).toContain(
      'none: key results are listed without objectives',
    );
    expect(spreadsheet.sheet('Dashboard')).toBeUndefined();
    expect((addon.call('saveSetup', choice) as { ok: boolean }).ok).toBe(true);
    addon.call('refreshDashboard');
    expect(lines(sheet(spreadsheet, 'Dashboard')).join('\n')).toContain('(no objective)');
    const again = addon.call('getSetupState') as typeof state;
    expect([again.setBy, again.structure.objectives]).toEqual(['coordinator', 'none']);
  });

  it('keeps key-result ids without writing anything on the plan tab (no metadata, no cell)', () => {
    const { spreadsheet, addon } = world();
    const before = snapshotOf(sheet(spreadsheet, PLAN_TAB));
    setUp(addon);
    // Only the spreadsheet itself carries what Set up publishes for coaches (plan-metadata.test.ts).
    expect(spreadsheet.metadata.filter((m) => m.sheet !== null)).toEqual([]);
    expect(snapshotOf(sheet(spreadsheet, PLAN_TAB))).toBe(before);
    const catalog = JSON.parse(
      addon.world.documentProperties.get('throughline.catalog.0') ?? '{}',
    ) as { objectives: { keyResults: { id: string }[] }[] };
    expect(catalog.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id))).toEqual(
      Object.values(KR_ID),
    );
  });

  it('reads the ids of a spreadsheet set up before, kept as developer metadata on the plan rows', () => {
    const { spreadsheet, addon } = world();
    const plan = sheet(spreadsheet, PLAN_TAB);
    spreadsheet.addMetadata(plan, 3, 1, 'throughline.keyResultId', 'kr-legacy-co-planning');
    setUp(addon);
    const catalog = JSON.parse(
      addon.world.documentProperties.get('throughline.catalog.0') ?? '{}',
    ) as { objectives: { keyResults: { id: string }[] }[] };
    expect(catalog.objectives[0].keyResults.map((kr) => kr.id)).toEqual([
      KR_ID.explain,
      'kr-legacy-co-planning',
      KR_ID.grade6,
    ]);
  });
});

describe('Dashboard for the plan-simple fixture', () => {
  const { spreadsheet, addon } = world();
  beforeAll(() => setUp(addon));

  it('shows each key result as baseline → current → target, progress, status, elapsed and evidence', () => {
    const dashboard = sheet(spreadsheet, 'Dashboard');
    expect(rowStartingWith(dashboard, KR.explain).slice(0, 13)).toEqual([
      KR.explain,
      'Leading',
      '22%',
      '41%',
      '60%',
      '█████░░░░░ 50%',
      'On track',
      '47%',
      '—',
      '3',
      '4',
      'Observation 2 · Student work 1',
      'Jan 14, 2026',
    ]);
    expect(rowStartingWith(dashboard, KR.below2).slice(1, 8)).toEqual([
      'Lagging',
      '38%',
      '33%',
      '25%',
      '████░░░░░░ 38%',
      'On track',
      '45%',
    ]);
    expect(rowStartingWith(dashboard, KR.grade6).slice(3, 7)).toEqual([
      '—',
      '55%',
      '—',
      'No data yet',
    ]);
  });

  it('takes current from the latest check-in (marked ✓) and draws the check-in trend', () => {
    const row = rowStartingWith(sheet(spreadsheet, 'Dashboard'), KR.coPlanning);
    expect(row.slice(2, 7)).toEqual([
      '0 cycles',
      '12 cycles ✓',
      '40 cycles',
      '███░░░░░░░ 30%',
      'At risk',
    ]);
    expect(row[8]).toBe(
      '=SPARKLINE({4,8,12},{"charttype","line";"linewidth",2;"color","#1a73e8"})',
    );
  });

  it('colours the status cell and leaves the plan tab untouched', () => {
    const dashboard = sheet(spreadsheet, 'Dashboard');
    const r = shown(dashboard).findIndex((line) => line[0] === KR.coPlanning);
    expect(dashboard.cells[r][6].style.background).toBe('#fce8b2');
    expect(shown(sheet(spreadsheet, PLAN_TAB))[1][5]).toBe('41');
  });

  it('shows per objective the supports tied to it, and the school × practice grid', () => {
    const text = lines(sheet(spreadsheet, 'Dashboard'));
    expect(text).toContain(
      'Supports for this objective: PD 1 held, 1 planned · coaching cycles 1 · PLC routines 0 — evidence from PD, coaching and PLCs: 1',
    );
    const dashboard = sheet(spreadsheet, 'Dashboard');
    const header = rowStartingWith(dashboard, 'School');
    expect(header.slice(0, 5)).toEqual([
      'School',
      'Teaching through problem solving',
      'Using representations',
      'Clarifying learning goals',
      'Total',
    ]);
    expect(rowStartingWith(dashboard, 'Lakeshore Middle').slice(0, 5)).toEqual([
      'Lakeshore Middle',
      '',
      '4',
      '',
      '4',
    ]);
    expect(rowStartingWith(dashboard, 'Northview Public').slice(3, 5)).toEqual(['0', '0']);
    const r = shown(dashboard).findIndex((line) => line[0] === 'Northview Public');
    expect(dashboard.cells[r][3].style.background).toBe('#f4c7c3'); // its chosen practice, silent for 30 days
  });

  it('lists plan-health findings with links to the cells they point at', () => {
    const dashboard = sheet(spreadsheet, 'Dashboard');
    const gid = sheet(spreadsheet, 'Schools').id;
    const finding = shown(dashboard).find((line) =>
      line[0].includes('"Riverside Middle" has no coach'),
    );
    expect(finding?.[0]).toBe('Check: School "Riverside Middle" has no coach assigned.');
    expect(finding?.[11]).toBe(`=HYPERLINK("#gid=${gid}&range=D5","Go to Schools, cell D5 ↗")`);
  });

  it('puts both charts under the headline, where a coordinator sees them, and their data out of sight', () => {
    const dashboard = sheet(spreadsheet, 'Dashboard');
    const charts = dashboard.charts as {
      type: string;
      ranges: string[];
      options: Record<string, unknown>;
      position: { row: number; col: number };
      hiddenDimensionStrategy: string;
    }[];
    expect(charts.map((c) => [c.type, c.options.title])).toEqual([
      ['BAR', 'Key-result progress vs. period elapsed'],
      ['COLUMN', 'Evidence per week, by type'],
    ]);
    const widths = [...dashboard.columnWidths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, w]) => w);
    for (const chart of charts) {
      expect(chart.position.row).toBeLessThanOrEqual(6);
      const left = widths.slice(0, chart.position.col - 1).reduce((a, b) => a + b, 0);
      expect(left + Number(chart.options.width)).toBeLessThanOrEqual(1280); // a laptop's width, no sideways scrolling
      expect(chart.hiddenDimensionStrategy).toBe('SHOW_BOTH');
    }
    expect(charts[0].options.isStacked).toBe(false); // progress beside elapsed, never summed
    expect(charts[1].options.isStacked).toBe(true);
    const letters = (n: number) => String.fromCharCode(64 + n);
    const [, firstCol, first, , last] =
      /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(charts[0].ranges[0]) ?? [];
    const dataCol = firstCol.charCodeAt(0) - 64;
    for (let c = dataCol; c < dataCol + 3; c++)
      expect(dashboard.hiddenColumns.has(c), letters(c)).toBe(true);
    const rows = shown(dashboard);
    expect(rows[Number(first) - 1].slice(dataCol - 1, dataCol + 2)).toEqual([
      'Key result',
      'Progress',
      'Period elapsed',
    ]);
    const data = rows
      .slice(Number(first), Number(last))
      .map((line) => line.slice(dataCol - 1, dataCol + 2));
    expect(data.map((line) => line[0])).not.toContain(`${KR.grade6.slice(0, 40)}…`); // no data: left out, not charted as 0%
    expect(data.map((line) => line[1])).toEqual(['50%', '30%', '57%', '38%']);
    expect(rows.some((line) => /Chart data/.test(line[0]))).toBe(false);
  });

  it('starts every generated tab with the banner and protects it with a warning only', () => {
    for (const name of ['Dashboard', 'Summary']) {
      expect(lines(sheet(spreadsheet, name))[0]).toMatch(
        /^Generated by Throughline on 2026-01-15 — edits here are replaced/,
      );
      const protection = spreadsheet.protections.find((p) => p.sheet === name);
      expect(protection?.warningOnly).toBe(true);
    }
  });
});

describe('Summary for principals', () => {
  it('has one section per school with status in words, latest evidence and what comes next', () => {
    const { spreadsheet, addon } = world();
    setUp(addon);
    const text = lines(sheet(spreadsheet, 'Summary'));
    const lakeshore = text.slice(
      text.indexOf('Lakeshore Middle'),
      text.indexOf('Northview Public'),
    );
    expect(lakeshore).toEqual([
      'Lakeshore Middle',
      'Principal: T. Okafor · Coach: J. Singh',
      'Your school’s practice: Using representations',
      'Our district’s objectives and how they are going',
      '1. Deepen conceptual understanding of fractions (grades 3-8)',
      '• On track: 41% of observed lessons where students explain their reasoning with a representation, aiming for 60% by June.',
      '• At risk: Co-planning cycles completed with grade 6-8 teachers, 12 cycles so far, aiming for 40 cycles by June.',
      '• No data yet: % of grade 6 students at level 3 or 4 on the provincial assessment, aiming for 55% by June.',
      '2. Build coherent teacher learning across PD, PLCs and coaching',
      '• On track: 35% of PLC meetings doing high-depth work (analysing student work, doing math together), aiming for 50% by June.',
      '• On track: 33% of grade 3 students below level 2, aiming for 25% by June.',
      'Latest evidence from your school',
      '“Students used a number line to compare 3/4 and 5/8 and explained why.”',
      '— Observation, 14 January 2026',
      '“I now ask “how do you know?” before I show the algorithm.”',
      '— Teacher reflection, 13 January 2026',
      '“Exit tickets: 18 of 24 drew an area model before answering.”',
      '— Student work, 12 January 2026',
      'What comes next',
      '• 27 January 2026 — Looking at student work, monthly (A. Roy)',
      '• 3 February 2026 — Fractions PD Day 2 (differentiated follow-up) (M. Tremblay)',
    ]);
    expect(text).toContain('No evidence from this school yet.');
    expect(sheet(spreadsheet, 'Summary').hiddenGridlines).toBe(true);
  });

  it('is written in French when the spreadsheet is French', () => {
    const { spreadsheet, addon } = world('fr_CA');
    setUp(addon);
    const text = lines(sheet(spreadsheet, 'Sommaire')).map(plainSpaces);
    expect(text).toContain(
      '• En bonne voie : 41 % of observed lessons where students explain their reasoning with a representation, avec une cible de 60 % d’ici juin.',
    );
    expect(text).toContain(
      '• À surveiller : Co-planning cycles completed with grade 6-8 teachers, 12 cycles à ce jour, avec une cible de 40 cycles d’ici juin.',
    );
    expect(text).toContain('La pratique de votre école : Using representations');
    expect(text).toContain('— Observation, 14 janvier 2026');
  });
});

describe('Stable key-result identity', () => {
  it('keeps evidence linked when the coordinator rewords a key result and inserts rows above it', () => {
    const { spreadsheet, addon } = world();
    setUp(addon);
    const plan = sheet(spreadsheet, PLAN_TAB);
    plan.insertRowsBefore(1, 2);
    plan.ensure(0, 0).value = '2025-26 District math plan';
    const reworded = '% of observed lessons where students justify their thinking with a model';
    plan.ensure(3, 1).value = reworded;
    addon.call('refreshDashboard');
    const row = rowStartingWith(sheet(spreadsheet, 'Dashboard'), reworded);
    expect(row[10]).toBe('4');
    expect(spreadsheet.toasts).toContain('Dashboard and Summary refreshed.');
  });

  it('keeps evidence on the right key result when rows are sorted', () => {
    const { spreadsheet, addon } = world();
    setUp(addon);
    const plan = sheet(spreadsheet, PLAN_TAB);
    [plan.cells[1], plan.cells[2]] = [plan.cells[2], plan.cells[1]];
    addon.call('refreshDashboard');
    const dashboard = sheet(spreadsheet, 'Dashboard');
    expect(rowStartingWith(dashboard, KR.explain)[10]).toBe('4');
    expect(rowStartingWith(dashboard, KR.coPlanning)[3]).toBe('12 cycles ✓');
  });

  it('reports the check-ins and evidence of a deleted key result on the Dashboard and in the Plan health sidebar', () => {
    const { spreadsheet, addon } = world();
    setUp(addon);
    sheet(spreadsheet, PLAN_TAB).deleteRow(3); // the co-planning key result, which has a check-in and evidence
    addon.call('refreshDashboard');
    const dashboard = shown(sheet(spreadsheet, 'Dashboard')).filter((line) =>
      line[0].includes(KR.coPlanning),
    );
    expect(dashboard.map((line) => line[0].replace(/ on row \d+/, ''))).toEqual([
      `Check: Evidence points at key result "${KR.coPlanning}", which is no longer in the plan (reworded or deleted?).`,
      ...Array.from(
        { length: 3 },
        () =>
          `Check: Check-in points at key result "${KR.coPlanning}", which is no longer in the plan (reworded or deleted?).`,
      ),
    ]);
    const evidenceGid = sheet(spreadsheet, 'Evidence').id;
    expect(dashboard[0][11]).toMatch(
      new RegExp(`^=HYPERLINK\\("#gid=${evidenceGid}&range=[A-Z]+5"`),
    );
    const health = addon.call('getPlanHealth') as { findings: { message: string }[] };
    expect(health.findings.filter((f) => f.message.includes('no longer in the plan'))).toHaveLength(
      4,
    );
  });
});
