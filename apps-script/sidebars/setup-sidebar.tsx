/**
 * Set up sidebar: what Throughline read (tab, header, key results as baseline → current → target ·
 * due), the columns with reasons, and the plan's structure (where objectives come from, the header
 * row, the columns whose latest value is current, tabs read one objective each). The coordinator
 * corrects any of it, sees the reading again before saving, then saves.
 */
import { t } from '../../shared/i18n/sidebar-strings';
import type { SetupChoice, SetupState } from '../setup';
import { CheckField, Choice, Field, SidebarForm } from './fields';
import type { FormValues } from './form-values';
import { ActionRow, FormButton, StatusLine, useServerAction } from './server-action';
import { callServer } from './server-call';
import { type ReadState, ReadingView } from './setup-reading';
import { StructureView, structureChoice } from './setup-structure';
import { type SidebarProps, startSidebar } from './sidebar-mount';

/** The tab to read as the plan; choosing another reads it at once. */
function SheetPicker(props: { state: SetupState; busy: boolean; onPick(sheet: string): void }) {
  const { state } = props;
  return (
    <Field id="sheet" label={t(state.locale, 'addon.setup.sheet')}>
      <Choice
        id="sheet"
        initial={state.ok ? state.sheet : undefined}
        disabled={props.busy}
        onPick={props.onPick}
      >
        {state.sheets.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {sheet.name}
          </option>
        ))}
      </Choice>
    </Field>
  );
}

/** Each plan field with the column the reader matched (or none), and why. */
function ColumnFields(props: { state: ReadState }) {
  const { locale, headers } = props.state;
  return (
    <>
      <h2>{t(locale, 'addon.setup.columns')}</h2>
      {props.state.fields.map((field) => (
        <Field
          key={field.field}
          id={`field-${field.field}`}
          label={field.label}
          hint={field.reason}
        >
          <Choice
            id={`field-${field.field}`}
            name={`field-${field.field}`}
            initial={field.column === null ? '' : String(field.column)}
          >
            <option value="">{t(locale, 'addon.setup.none')}</option>
            {headers.map((header, c) =>
              header.trim() ? (
                <option key={c} value={String(c)}>
                  {header}
                </option>
              ) : null,
            )}
          </Choice>
        </Field>
      ))}
    </>
  );
}

/** The coordinator's choices as the form holds them now (the protection offer only when saving). */
function choiceFrom(state: ReadState, form: FormValues): SetupChoice {
  const columns = Object.fromEntries(
    state.fields.map(({ field }) => {
      const column = form.text(`field-${field}`);
      return [field, column === '' ? null : Number(column)];
    }),
  );
  return { sheet: state.sheet, columns, ...structureChoice(state, form) };
}

function ReadPlan({ state, show }: { state: ReadState; show(next: SetupState): void }) {
  const { locale } = state;
  const { busy, status, run, submit } = useServerAction(locale);
  const load = (sheet: string) => run(() => callServer('getSetupState', sheet), show);
  const preview = (form: FormValues) =>
    run(() => callServer('previewSetup', choiceFrom(state, form)), show);
  const save = (form: FormValues) => {
    const choice = { ...choiceFrom(state, form), protect: form.ticked('protect') };
    submit(() => callServer('saveSetup', choice));
  };
  return (
    <SidebarForm>
      <h1>{t(locale, 'addon.setup.title')}</h1>
      <SheetPicker state={state} busy={busy} onPick={load} />
      <p class="reason">{t(locale, 'addon.setup.sheetReason', { reason: state.sheetReason })}</p>
      <ReadingView state={state} />
      <ColumnFields state={state} />
      <StructureView state={state} />
      <p class="reason">{t(locale, 'addon.setup.previewHint')}</p>
      <FormButton busy={busy} onPress={preview}>
        {t(locale, 'addon.setup.preview')}
      </FormButton>
      <h2>{t(locale, 'addon.setup.sharing')}</h2>
      <CheckField id="protect" name="protect" checked={state.protect}>
        {t(locale, 'addon.setup.protect')}
      </CheckField>
      <p class="reason">{t(locale, 'addon.setup.protectHint')}</p>
      <ActionRow label={t(locale, 'addon.setup.save')} busy={busy} status={status} onPress={save} />
    </SidebarForm>
  );
}

/** No plan table could be read from this tab: say why, and offer the other tabs. */
function NoPlan({
  state,
  show,
}: {
  state: Extract<SetupState, { ok: false }>;
  show(next: SetupState): void;
}) {
  const { busy, status, run } = useServerAction(state.locale);
  return (
    <>
      <h1>{t(state.locale, 'addon.setup.title')}</h1>
      <p class="error">{state.message}</p>
      <SheetPicker
        state={state}
        busy={busy}
        onPick={(sheet) => run(() => callServer('getSetupState', sheet), show)}
      />
      <StatusLine status={status} />
    </>
  );
}

function SetUp({ state, show }: SidebarProps<SetupState>) {
  return state.ok ? <ReadPlan state={state} show={show} /> : <NoPlan state={state} show={show} />;
}

startSidebar(() => callServer('getSetupState'), SetUp);
