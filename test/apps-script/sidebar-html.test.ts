import { beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { builtFiles } from './fake/load-addon';
import { ensureBuilt } from './fake/ensure-built';

/** French typography puts no-break spaces before « : » and inside « »; compare wording, not space width. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(ensureBuilt);

const HOSTILE = '<img src=x onerror="window.pwned=1">Ms. <b>Bold</b>';

/** Runs a built sidebar page in happy-dom with google.script.run answering `answers`. */
async function openSidebar(name: string, answers: Record<string, unknown>) {
  const window = new Window({ url: 'https://script.google.com/' });
  const calls: { fn: string; args: unknown[] }[] = [];
  const run: Record<string, unknown> = {};
  let onSuccess: (v: unknown) => void = () => {};
  run.withSuccessHandler = (fn: (v: unknown) => void) => {
    onSuccess = fn;
    return run;
  };
  run.withFailureHandler = () => run;
  for (const fn of Object.keys(answers))
    run[fn] = (...args: unknown[]) => {
      calls.push({ fn, args });
      const done = onSuccess;
      setTimeout(() => done(answers[fn]), 0);
    };
  (window as unknown as { google: unknown }).google = { script: { run, host: { close() {} } } };
  const html = builtFiles().get(`${name}.html`) ?? '';
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
  window.document.body.innerHTML = '<main id="app"></main>';
  window.eval(script);
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { window, document: window.document, calls };
}

describe('sidebars show text as text', () => {
  it('lists a coach whose name holds HTML without creating any element from it', async () => {
    const { document, window } = await openSidebar('coaches-sidebar', {
      listCoaches: {
        locale: 'en',
        coaches: [
          { id: 'coach-1', name: HOSTILE, createdAt: '2026-01-10T00:00:00Z', revokedAt: null },
        ],
      },
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('li')?.textContent).toContain(HOSTILE);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(document.querySelector('li button')?.textContent).toBe('Revoke');
  });

  it('in the installed add-on, explains sharing and gives the spreadsheet’s address instead of codes', async () => {
    const url = 'https://docs.google.com/spreadsheets/d/plan-sheet-1/edit';
    const { document } = await openSidebar('coaches-sidebar', {
      listCoaches: { mode: 'sharing', locale: 'fr', url, protectedTabs: false },
    });
    expect(document.querySelector('#coach-name')).toBeNull();
    expect(document.querySelector('.code')?.textContent).toBe(url);
    expect(
      [...document.querySelectorAll('li')].map((li) => plainSpaces(li.textContent ?? '')),
    ).toEqual([
      'Partagez ce classeur avec chaque conseillère ou conseiller comme éditeur (bouton Partager, en haut à droite).',
      `Envoyez-leur son adresse :${url}Copier l’adresse`,
      'Dans l’extension Throughline, elles et ils choisissent « Se connecter avec Google » et collent l’adresse. Leurs extraits arrivent comme lignes de Preuves.',
    ]);
    expect(plainSpaces(document.body.textContent ?? '')).toContain(
      'cochez « Protéger tous les onglets sauf Preuves »',
    );
  });

  it('shows key results with markup in their titles as plain options, and sends the form', async () => {
    const { document, calls } = await openSidebar('check-in-sidebar', {
      getCheckInState: {
        locale: 'fr',
        today: '2026-01-15',
        keyResults: [
          { id: 'kr-1', title: HOSTILE, objective: 'Objectif <i>1</i>', unit: '%', current: 41 },
        ],
      },
      saveCheckIn: { ok: true, message: 'Suivi enregistré' },
    });
    expect(document.querySelector('img, i')).toBeNull();
    expect(document.querySelector('option[value="kr-1"]')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('optgroup')?.getAttribute('label')).toBe('Objectif <i>1</i>');
    expect(document.querySelector('h1')?.textContent).toBe('Saisir un suivi');
    expect(plainSpaces(document.querySelector('#value-hint')?.textContent ?? '')).toBe(
      'Valeur actuelle affichée au tableau de bord : 41 %',
    );
    (document.querySelector('#value') as unknown as { value: string }).value = '44';
    (document.querySelector('button.primary') as unknown as { click(): void }).click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.at(-1)).toEqual({
      fn: 'saveCheckIn',
      args: [
        {
          keyResultId: 'kr-1',
          date: '2026-01-15',
          value: '44',
          confidence: '',
          comment: '',
          by: '',
        },
      ],
    });
    expect(document.querySelector('[role=status]')?.textContent).toBe('Suivi enregistré');
  });

  it('lists plan-health findings as text, with a button that goes to the cell', async () => {
    const { document, calls } = await openSidebar('health-sidebar', {
      getPlanHealth: {
        ok: true,
        locale: 'en',
        findings: [
          {
            severity: 'warning',
            label: 'Check',
            message: `School "${HOSTILE}" has no coach assigned.`,
            cell: "'Schools'!D5",
          },
        ],
      },
      goToCell: true,
    });
    expect(document.querySelector('img, b')).toBeNull();
    expect(document.querySelector('li')?.textContent).toContain(HOSTILE);
    (document.querySelector('li button') as unknown as { click(): void }).click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.at(-1)).toEqual({ fn: 'goToCell', args: ["'Schools'!D5"] });
  });

  const READ = {
    structure: { objectives: 'column', headerRows: 1, series: [], moreSheets: [] },
    reading: {
      lines: [{ label: 'Plan tab', text: "'Plan', header on row 1" }],
      columns: [],
      skipped: ['row 7: a total or average row'],
      preview: [
        {
          objective: 'Students reason',
          title: 'Grade 7 students solving ratio tasks',
          values: '42% → 48% → 60% · 2026-06-19',
        },
      ],
    },
    setBy: 'reader',
  };

  it('shows the Set up detection with each column’s reason and saves the corrected column', async () => {
    const headers = ['Objective', 'Key Result', 'Now', 'Goal value'];
    const { document, calls } = await openSidebar('setup-sidebar', {
      getSetupState: {
        ok: true,
        locale: 'en',
        sheet: 'Plan',
        sheetReason: 'header on row 1',
        sheets: [{ name: 'Plan', reason: '' }],
        headers,
        headerRow: 0,
        fields: [
          {
            field: 'objective',
            label: 'Objective',
            column: 0,
            reason: 'matched the header “Objective”',
          },
          {
            field: 'current',
            label: 'Current value',
            column: null,
            reason: 'not found — pick the column, or leave empty',
          },
        ],
        ...READ,
        protect: true,
      },
      saveSetup: { ok: true, message: 'Saved.' },
    });
    expect(document.querySelector('label[for="protect"]')?.textContent).toBe(
      'Protect every tab but Evidence: people I share this spreadsheet with can only add rows to Evidence',
    );
    expect((document.querySelector('#protect') as unknown as { checked: boolean }).checked).toBe(
      true,
    );
    expect([...document.querySelectorAll('.reason')].map((p) => p.textContent)).toEqual(
      expect.arrayContaining([
        'Chosen because: header on row 1',
        'matched the header “Objective”',
        'not found — pick the column, or leave empty',
      ]),
    );
    (document.querySelector('#field-current') as unknown as { value: string }).value = '2';
    (document.querySelector('button.primary') as unknown as { click(): void }).click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.at(-1)).toEqual({
      fn: 'saveSetup',
      args: [
        {
          sheet: 'Plan',
          headerRow: 0,
          headerRows: 1,
          columns: { objective: 0, current: 2 },
          objectives: 'column',
          series: [],
          moreSheets: [],
          protect: true,
        },
      ],
    });
  });

  it('shows the key results as read, and previews a structural correction before anything is saved', async () => {
    const headers = ['Key result', 'Q1', 'Q2', 'Q3', 'Target'];
    const { document, calls } = await openSidebar('setup-sidebar', {
      getSetupState: {
        ok: true,
        locale: 'en',
        sheet: 'Plan',
        sheetReason: 'header on row 3',
        sheets: [
          { name: 'Plan', reason: '' },
          { name: 'Goal 2', reason: '' },
        ],
        headers,
        headerRow: 2,
        fields: [
          {
            field: 'keyResult',
            label: 'Key result',
            column: 0,
            reason: 'matched the header “Key result”',
          },
          { field: 'target', label: 'Target', column: 4, reason: '' },
        ],
        ...READ,
      },
      previewSetup: { ok: false, locale: 'en', message: 'previewed', sheets: [] },
    });
    const text = document.body.textContent ?? '';
    expect(text).toContain('What Throughline read');
    expect(text).toContain('Grade 7 students solving ratio tasks');
    expect(text).toContain('42% → 48% → 60% · 2026-06-19');
    expect(text).toContain('1 rows not read as key results');
    (document.querySelector('#objectives') as unknown as { value: string }).value = 'tabs';
    for (const id of ['#series-1', '#series-2', '#series-3', '#tab-0'])
      (document.querySelector(id) as unknown as { checked: boolean }).checked = true;
    (document.querySelector('#header-row') as unknown as { value: string }).value = '3';
    const preview = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show the reading',
    ) as unknown as { click(): void };
    preview.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.at(-1)).toEqual({
      fn: 'previewSetup',
      args: [
        {
          sheet: 'Plan',
          headerRow: 2,
          headerRows: 1,
          columns: { keyResult: 0, target: 4 },
          objectives: 'tabs',
          series: [1, 2, 3],
          moreSheets: ['Goal 2'],
        },
      ],
    });
    expect(document.body.textContent).toContain('previewed');
  });

  it('shows sheet names, headers and reasons holding HTML as text in the Set up sidebar', async () => {
    const { document, window } = await openSidebar('setup-sidebar', {
      getSetupState: {
        ok: true,
        locale: 'en',
        sheet: HOSTILE,
        sheetReason: HOSTILE,
        sheets: [{ name: HOSTILE, reason: HOSTILE }],
        headers: ['Objective', HOSTILE],
        headerRow: 0,
        fields: [
          {
            field: 'keyResult',
            label: 'Key result',
            column: 1,
            reason: `matched the header “${HOSTILE}”`,
          },
        ],
        ...READ,
        reading: {
          ...READ.reading,
          preview: [{ objective: HOSTILE, title: HOSTILE, values: '1 → 2 → 3 · —' }],
        },
      },
    });
    expect(document.querySelectorAll('img, b')).toHaveLength(0);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    const options = [...document.querySelectorAll('#field-keyResult option')].map(
      (o) => o.textContent,
    );
    expect(options).toContain(HOSTILE);
    expect([...document.querySelectorAll('.reason')].map((p) => p.textContent)).toContain(
      `matched the header “${HOSTILE}”`,
    );
    expect(document.querySelector('#sheet')?.textContent).toBe(HOSTILE);
  });
});
