/**
 * Set up's Structure part: the header row, where objectives come from, the columns whose latest
 * value is current (a series), and the other tabs read one objective each.
 */
import { t } from '../../shared/i18n/sidebar-strings';
import type { ObjectiveSource } from '../../shared/reading/plan-map';
import type { SetupChoice } from '../setup';
import { CheckField, Choice, Field, NumberInput } from './fields';
import type { FormValues } from './form-values';
import type { ReadState } from './setup-reading';

const OBJECTIVE_SOURCES: ObjectiveSource[] = ['column', 'rows', 'tabs', 'none'];

const isObjectiveSource = (value: string): value is ObjectiveSource =>
  (OBJECTIVE_SOURCES as string[]).includes(value);

/** The columns that may be part of the series: named, and not already playing another part (title, baseline…). */
function seriesCandidates(state: ReadState): { col: number; header: string }[] {
  const taken = new Set(
    state.fields.filter((f) => f.field !== 'current' && f.column !== null).map((f) => f.column),
  );
  return state.headers.flatMap((header, col) =>
    header.trim() && !taken.has(col) ? [{ col, header }] : [],
  );
}

/** The structure as the form holds it now. */
export function structureChoice(
  state: ReadState,
  form: FormValues,
): Pick<SetupChoice, 'headerRow' | 'headerRows' | 'objectives' | 'series' | 'moreSheets'> {
  const objectives = form.text('objectives');
  return {
    headerRow: Math.max(0, Number(form.text('header-row')) - 1),
    headerRows: state.structure.headerRows,
    objectives: isObjectiveSource(objectives) ? objectives : state.structure.objectives,
    series: form.all('series').map(Number),
    moreSheets: form.all('moreSheets'),
  };
}

function TabChoices(props: { state: ReadState }) {
  const { locale, structure } = props.state;
  const others = props.state.sheets.filter((s) => s.name !== props.state.sheet);
  if (others.length === 0) return null;
  return (
    <fieldset>
      <legend>{t(locale, 'addon.setup.moreSheets')}</legend>
      {others.map((sheet, i) => (
        <CheckField
          key={sheet.name}
          id={`tab-${i}`}
          name="moreSheets"
          value={sheet.name}
          checked={structure.moreSheets.includes(sheet.name)}
        >
          {sheet.name}
        </CheckField>
      ))}
    </fieldset>
  );
}

export function StructureView(props: { state: ReadState }) {
  const { locale, structure } = props.state;
  return (
    <section aria-labelledby="structure-title">
      <h2 id="structure-title">{t(locale, 'addon.setup.structure')}</h2>
      <Field id="header-row" label={t(locale, 'addon.setup.headerRow')}>
        <NumberInput id="header-row" min={1} value={props.state.headerRow + 1} />
      </Field>
      <Field id="objectives" label={t(locale, 'addon.setup.objectivesFrom')}>
        <Choice id="objectives" name="objectives" initial={structure.objectives}>
          {OBJECTIVE_SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(locale, `addon.setup.objectives.${source}`)}
            </option>
          ))}
        </Choice>
      </Field>
      <fieldset>
        <legend>{t(locale, 'addon.setup.series')}</legend>
        {seriesCandidates(props.state).map(({ col, header }) => (
          <CheckField
            key={col}
            id={`series-${col}`}
            name="series"
            value={String(col)}
            checked={structure.series.includes(col)}
          >
            {header}
          </CheckField>
        ))}
      </fieldset>
      <TabChoices state={props.state} />
    </section>
  );
}
