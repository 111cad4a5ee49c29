/**
 * One tab per objective: a cover tab (title, district, contents naming every objective), one tab
 * per objective (its labelled title, maybe a rationale line, then its key-result table) and a
 * lists tab of dropdown values. Only the objective tabs hold the plan.
 */
import type { Column } from './columns';
import type { HeaderMode } from './header-rows';
import type { FeaturePicker } from './features';
import { sectionLabel, writeTable, type LayoutInput, type RowExtras } from './layouts';
import { schoolYearLabel, type ObjectiveModel, type PlanContext } from './model';
import { cell, SheetBuilder } from './sheet-builder';
import { PEOPLE } from './vocabulary';

export interface TabsInput {
  ctx: PlanContext;
  picker: FeaturePicker;
  objectives: ObjectiveModel[];
  columns: () => Column[];
  headerMode: HeaderMode;
  extras: RowExtras;
  rowsAfter?: LayoutInput['rowsAfter'];
  rowsBefore?: LayoutInput['rowsBefore'];
}

/** The cover, objective and lists tabs, and the names of the objective tabs. */
export function writeObjectiveTabs(input: TabsInput): {
  sheets: SheetBuilder[];
  planSheets: string[];
} {
  const { ctx, objectives } = input;
  const fr = ctx.language === 'fr';
  const naming = ctx.rng.pick(fr ? ['Objectif', 'But'] : ['Goal', 'Objective', 'O']);
  const tabs = objectives.map((objective, i) => {
    const sheet = new SheetBuilder(naming === 'O' ? `O${i + 1}` : `${naming} ${i + 1}`);
    sheet.add([cell(sectionLabel(ctx, i, objective.title), undefined, true)]);
    if (input.extras.rationale && objective.rationale) {
      sheet.add([objective.rationale]);
      input.picker.mark('rows:rationale');
    }
    if (ctx.rng.chance(0.6)) sheet.add([]);
    writeTable(sheet, {
      ...input,
      layout: 'objective-tab',
      objectives: [objective],
      columns: input.columns(),
      objectiveOffset: i,
    });
    return sheet;
  });
  input.picker.mark('layout:tab-per-objective');
  input.picker.mark('distractor:lists');
  return {
    sheets: [coverTab(ctx, objectives), ...tabs, listsTab(ctx)],
    planSheets: tabs.map((t) => t.name),
  };
}

function coverTab(ctx: PlanContext, objectives: ObjectiveModel[]): SheetBuilder {
  const fr = ctx.language === 'fr';
  const sheet = new SheetBuilder(
    fr
      ? ctx.rng.pick(['Couverture', 'Accueil', 'Sommaire'])
      : ctx.rng.pick(['Cover', 'Overview', 'Summary']),
  );
  sheet.add([
    cell(
      fr
        ? `Plan d'amélioration en mathématiques ${schoolYearLabel(ctx.year)}`
        : `${schoolYearLabel(ctx.year)} Math Improvement Plan`,
      undefined,
      true,
    ),
  ]);
  sheet.add([
    fr ? 'Centre de services scolaire des Rivières' : 'Riverside Unified School District',
  ]);
  sheet.add([]);
  sheet.add([cell(fr ? 'Contenu' : 'Contents', undefined, true)]);
  objectives.forEach((o, i) =>
    sheet.add([
      fr ? `Objectif ${i + 1} – ${o.title}` : `Goal ${i + 1} – ${o.title}`,
      fr ? `${o.keyResults.length} résultats clés` : `${o.keyResults.length} key results`,
    ]),
  );
  sheet.add([]);
  sheet.add([fr ? 'Mis à jour le 15/01' : 'Last updated Jan 15', ctx.rng.pick(PEOPLE)]);
  return sheet;
}

/** A lists tab of dropdown values, the way data validation is kept in plan workbooks. */
export function listsTab(ctx: PlanContext): SheetBuilder {
  const fr = ctx.language === 'fr';
  const sheet = new SheetBuilder(fr ? 'Listes' : ctx.rng.pick(['Lists', 'Dropdowns']));
  const columns = fr
    ? [
        ['Type', 'Processus', 'Résultat'],
        ['Statut', 'En bonne voie', 'À surveiller', 'En retard', 'Atteint'],
        ['Responsable', ...PEOPLE.slice(0, 5)],
      ]
    : [
        ['Type', 'Leading', 'Lagging'],
        ['Status', 'On track', 'At risk', 'Off track', 'Met'],
        ['Owner', ...PEOPLE.slice(0, 5)],
      ];
  const height = Math.max(...columns.map((c) => c.length));
  for (let r = 0; r < height; r++) sheet.add(columns.map((c) => c[r] ?? null));
  return sheet;
}
