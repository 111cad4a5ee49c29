/**
 * Outline plans: Goal → Strategy → Action step rows in one column. Measures sit on goal or
 * strategy rows (the measure column names the key result); action steps carry costs, timelines
 * and milestones like "2 of 5 held" and are never key results.
 */
import type { Column, RowData } from './columns';
import { writeHeaderRows, type HeaderMode } from './header-rows';
import type { FeaturePicker } from './features';
import { pickOnce, writtenTitle, type ObjectiveModel, type PlanContext } from './model';
import { cell, type Cell, type SheetBuilder } from './sheet-builder';
import { thousandsText } from './values';
import { ACTIONS, PEOPLE, STRATEGIES, type Language } from './vocabulary';

const MILESTONES: Record<Language, string[]> = {
  en: [
    '2 of 5 held',
    '3/4 sessions done',
    'In progress',
    'Done',
    '1 of 3 complete',
    'Not started',
    '12/12 ✓',
  ],
  fr: [
    '2 sur 5 tenues',
    '3/4 séances faites',
    'En cours',
    'Terminé',
    '1 sur 3 complétée',
    'Pas commencé',
    '12/12 ✓',
  ],
};

/** Writes an outline plan; `columns` are the value columns (baseline, current, target, due, owner…). */
export function writeOutline(
  sheet: SheetBuilder,
  ctx: PlanContext,
  picker: FeaturePicker,
  objectives: ObjectiveModel[],
  valueColumns: Column[],
  headerMode: HeaderMode,
): void {
  const { rng, language } = ctx;
  const fr = language === 'fr';
  const outline: Column = {
    role: 'title',
    header: fr
      ? rng.pick(['But / Stratégie / Action', 'Volet du plan'])
      : rng.pick(['Goal / Strategy / Action', 'Plan component']),
    write: () => ({ v: null }),
  };
  const measure: Column = {
    role: 'title',
    header: fr
      ? rng.pick(['Indicateur de réussite', 'Mesure de succès'])
      : rng.pick(['Measure of success', 'Success measure', 'Progress measure']),
    write: (r) => cell(writtenTitle(r.kr)),
  };
  const timeline: Column = {
    role: 'timeline',
    header: fr ? 'Calendrier' : 'Timeline',
    write: () => ({ v: null }),
  };
  const cost: Column = {
    role: 'cost',
    header: fr ? 'Coût' : rng.pick(['Cost', 'Budget']),
    write: () => ({ v: null }),
  };
  const columns = [outline, measure, ...valueColumns, timeline, cost];
  writeHeaderRows(sheet, columns, headerMode, rng);
  const width = columns.length;
  objectives.forEach((objective, o) => {
    const krs = [...objective.keyResults];
    const goalText = fr ? `But ${o + 1} : ${objective.title}` : `Goal ${o + 1}: ${objective.title}`;
    const goalKr =
      krs.length > 1 || rng.chance(0.3) ? (rng.chance(0.5) ? krs.shift() : undefined) : undefined;
    const goalRow = goalKr
      ? measureRow(columns, { kr: goalKr, objective, objectiveIndex: o, krIndex: 0 })
      : Array<Cell>(width).fill({ v: null });
    goalRow[0] = cell(goalText, undefined, true);
    sheet.add(goalRow.map((c) => ({ ...c, bold: true })));
    const strategies = rng.sample(STRATEGIES, krs.length + (rng.chance(0.3) ? 1 : 0));
    strategies.forEach((strategy, s) => {
      const kr = krs[s];
      const row = kr
        ? measureRow(columns, { kr, objective, objectiveIndex: o, krIndex: s + (goalKr ? 1 : 0) })
        : Array<Cell>(width).fill({ v: null });
      row[0] = cell(
        `${fr ? 'Stratégie' : 'Strategy'} ${o + 1}.${s + 1}${fr ? ' :' : ':'} ${strategy[language]}`,
      );
      sheet.add(row);
      for (const [a, action] of rng.sample(ACTIONS, rng.int(1, 3)).entries())
        sheet.add(actionRow(ctx, columns, `${o + 1}.${s + 1}.${'abc'[a]}`, action[language]));
    });
  });
  picker.mark('layout:outline');
}

function measureRow(columns: Column[], row: RowData): Cell[] {
  return columns.map((c) => c.write(row));
}

/** An action step: text, a milestone in the current column, a timeline, a cost and an owner. */
function actionRow(ctx: PlanContext, columns: Column[], label: string, text: string): Cell[] {
  const { rng, language } = ctx;
  const forms = [
    `${language === 'fr' ? 'Action' : 'Action step'} ${label}${language === 'fr' ? ' :' : ':'} ${text}`,
    `   • ${text}`,
    `${label} ${text}`,
  ];
  return columns.map((c, i) => {
    if (i === 0) return cell(pickOnce(ctx, 'action-label', forms));
    if (c.role === 'current') return cell(rng.pick(MILESTONES[language]));
    if (c.role === 'timeline')
      return cell(
        rng.pick(
          language === 'fr'
            ? ['sept. à oct.', 'Mensuel', 'T2', 'Toute l’année', 'janv. 2026']
            : ['Sep–Oct', 'Monthly', 'Q2', 'All year', 'Jan 2026'],
        ),
      );
    if (c.role === 'cost')
      return rng.chance(0.5)
        ? cell(rng.int(5, 90) * 100, '"$"#,##0')
        : cell(
            language === 'fr'
              ? `${thousandsText(rng.int(5, 90) * 100, 'fr', rng)} $`
              : `$${thousandsText(rng.int(5, 90) * 100, 'en', rng)}`,
          );
    if (c.role === 'owner') return cell(rng.pick(PEOPLE));
    return { v: null };
  });
}
