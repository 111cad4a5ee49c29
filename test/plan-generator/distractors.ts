/**
 * Distractor tabs that are not the plan: a Read me, a Budget table full of numbers, a Lists tab,
 * a "Copy of Plan" right after the plan and an old plan ("Plan (old)", last year's values) before
 * it. The reader must pick the plan tab(s) among them.
 */
import type { CellValue, SheetTable } from '../../shared/cells';
import { FEATURE_GROUPS, type FeaturePicker } from './features';
import { schoolYearLabel, type PlanContext } from './model';
import { SheetBuilder } from './sheet-builder';
import { listsTab } from './tabs';

/** The workbook's tabs in order: distractors placed around the plan tabs. */
export function withDistractors(
  ctx: PlanContext,
  picker: FeaturePicker,
  planTabs: SheetTable[],
  planSheets: string[],
  others: SheetTable[],
): SheetTable[] {
  const on = new Set(picker.some(FEATURE_GROUPS.distractors, 0.2));
  const before: SheetTable[] = [];
  const after: SheetTable[] = [];
  const first = planTabs.find((t) => t.name === planSheets[0])!;
  if (on.has('distractor:readme')) before.push(readMe(ctx));
  if (on.has('distractor:old-plan'))
    before.push(copyWithLastYear(ctx, first, oldName(ctx, first.name)));
  if (on.has('distractor:copy-of-plan'))
    after.push(
      copyWithLastYear(
        ctx,
        first,
        ctx.language === 'fr' ? `Copie de ${first.name}` : `Copy of ${first.name}`,
      ),
    );
  if (on.has('distractor:budget')) after.push(budget(ctx));
  if (
    on.has('distractor:lists') &&
    ![...planTabs, ...others].some((t) => /^(lists|listes|dropdowns)$/i.test(t.name))
  )
    after.push(listsTab(ctx).toTable());
  for (const f of on) picker.mark(f);
  const lastPlan = planTabs.findIndex((t) => t.name === planSheets[planSheets.length - 1]);
  const planBlock = planTabs.slice(0, lastPlan + 1);
  const rest = planTabs.slice(lastPlan + 1);
  return [...before, ...planBlock, ...after, ...rest, ...others];
}

function oldName(ctx: PlanContext, name: string): string {
  const prev =
    ctx.language === 'fr' ? `${ctx.year - 1}-${ctx.year}` : schoolYearLabel(ctx.year - 1);
  return ctx.rng.pick(
    ctx.language === 'fr'
      ? [`${name} (ancien)`, `Plan ${prev}`, 'Ancien plan']
      : [`${name} (old)`, `Plan ${prev}`, `OLD ${name}`],
  );
}

function readMe(ctx: PlanContext): SheetTable {
  const fr = ctx.language === 'fr';
  const sheet = new SheetBuilder(
    fr
      ? ctx.rng.pick(['Lisez-moi', 'Instructions'])
      : ctx.rng.pick(['Read me', 'README', 'Instructions']),
  );
  const lines = fr
    ? [
        'Comment utiliser ce classeur',
        '1. Mettez à jour la colonne du résultat actuel avant le 15 de chaque mois.',
        '2. Les cibles ont été fixées en août (3 postes financés, voir Budget).',
        'Questions : service des mathématiques, poste 4421',
      ]
    : [
        'How to use this workbook',
        '1. Update the Current column by the 15th of each month.',
        '2. Targets were set in August (3 funded positions, see Budget).',
        'Questions: math office, ext. 4421',
      ];
  for (const line of lines) sheet.add([line]);
  return sheet.toTable();
}

function budget(ctx: PlanContext): SheetTable {
  const fr = ctx.language === 'fr';
  const sheet = new SheetBuilder('Budget');
  sheet.add(
    fr
      ? ['Poste', 'Montant', 'Source de financement', 'Objectif']
      : ['Item', 'Amount', 'Funding source', 'Goal'],
  );
  const items = fr
    ? [
        'Conseillers pédagogiques (2 ETP)',
        'Matériel de manipulation',
        'Tutorat',
        'Soirées familles',
        'Libérations',
      ]
    : [
        'Math coaches (2 FTE)',
        'Manipulatives kits',
        'Tutoring contract',
        'Family math nights',
        'Substitute release days',
      ];
  let total = 0;
  items.forEach((item, i) => {
    const amount = ctx.rng.int(2, 180) * 1000;
    total += amount;
    sheet.add([
      { v: item },
      { v: amount, fmt: '"$"#,##0' },
      { v: ctx.rng.pick(['Title I', 'ESSER', 'General fund']) },
      { v: `${fr ? 'Objectif' : 'Goal'} ${(i % 3) + 1}` },
    ]);
  });
  sheet.add([
    { v: 'Total', bold: true },
    { v: total, fmt: '"$"#,##0', bold: true },
  ]);
  return sheet.toTable();
}

/** A copy of a plan tab with last year's school year and smaller numbers. */
function copyWithLastYear(_ctx: PlanContext, table: SheetTable, name: string): SheetTable {
  const shift = (text: string) =>
    text
      .replace(
        /\b(20\d\d)-(\d\d)(?!\d)/g,
        (_, y: string, yy: string) => `${Number(y) - 1}-${String(Number(yy) - 1).padStart(2, '0')}`,
      )
      .replace(/\b20\d\d\b/g, (y) => String(Number(y) - 1));
  const older = (v: CellValue): CellValue => {
    if (typeof v === 'number') return Math.round(v * 0.88 * 1000) / 1000;
    if (v instanceof Date)
      return new Date(Date.UTC(v.getUTCFullYear() - 1, v.getUTCMonth(), v.getUTCDate()));
    if (typeof v !== 'string') return v;
    const shifted = shift(v);
    return /^[≈\d]/.test(shifted)
      ? shifted.replace(/\d+/, (d) => String(Math.round(Number(d) * 0.88)))
      : shifted;
  };
  return { ...structuredClone(table), name, values: table.values.map((row) => row.map(older)) };
}
