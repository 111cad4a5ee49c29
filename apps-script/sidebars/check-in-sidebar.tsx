/** Record-a-check-in sidebar: key result, date, value, confidence 1–5, comment, who recorded it. */
import { useState } from 'preact/hooks';
import { formatAmount } from '../../shared/dashboard/amounts';
import { t } from '../../shared/i18n/sidebar-strings';
import type { Locale } from '../../shared/messages';
import type { CheckInState } from '../check-in';
import { Choice, Field, SidebarForm } from './fields';
import { ActionRow, useServerAction } from './server-action';
import { callServer } from './server-call';
import { type SidebarProps, startSidebar } from './sidebar-mount';

type KeyResultChoice = CheckInState['keyResults'][number];

/** The key results grouped under their objective, in plan order (a run of one objective is one group). */
function KeyResultOptions(props: { keyResults: KeyResultChoice[] }) {
  const groups: { objective: string; keyResults: KeyResultChoice[] }[] = [];
  for (const kr of props.keyResults) {
    const last = groups.at(-1);
    if (last && last.objective === kr.objective) last.keyResults.push(kr);
    else groups.push({ objective: kr.objective, keyResults: [kr] });
  }
  return (
    <>
      {groups.map((group, i) => (
        <optgroup key={i} label={group.objective}>
          {group.keyResults.map((kr) => (
            <option key={kr.id} value={kr.id}>
              {kr.title}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** "Current value shown on the Dashboard: 41%", so the coordinator knows what the new value replaces. */
function currentHint(locale: Locale, chosen: KeyResultChoice | undefined): string {
  if (!chosen || chosen.current === null) return '';
  const value = formatAmount(chosen.current, chosen.unit, locale);
  return t(locale, 'addon.checkIn.currentHint', { value });
}

function CheckInForm({ state }: SidebarProps<CheckInState>) {
  const { locale } = state;
  const [chosenId, setChosenId] = useState(state.keyResults[0]?.id ?? '');
  const { busy, status, submit } = useServerAction(locale);
  const chosen = state.keyResults.find((kr) => kr.id === chosenId);
  return (
    <SidebarForm>
      <h1>{t(locale, 'addon.checkIn.title')}</h1>
      <Field id="keyResult" label={t(locale, 'addon.checkIn.keyResult')}>
        <Choice id="keyResult" name="keyResultId" onPick={setChosenId}>
          <KeyResultOptions keyResults={state.keyResults} />
        </Choice>
      </Field>
      <Field id="date" label={t(locale, 'addon.checkIn.date')}>
        <input id="date" name="date" type="date" defaultValue={state.today} />
      </Field>
      <Field id="value" label={t(locale, 'addon.checkIn.value')} hint={currentHint(locale, chosen)}>
        <input id="value" name="value" type="number" step="any" required />
      </Field>
      <Field id="confidence" label={t(locale, 'addon.checkIn.confidence')}>
        <Choice id="confidence" name="confidence">
          <option value="">—</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </Choice>
      </Field>
      <Field id="comment" label={t(locale, 'addon.checkIn.comment')}>
        <textarea id="comment" name="comment" rows={3} />
      </Field>
      <Field id="by" label={t(locale, 'addon.checkIn.by')}>
        <input id="by" name="by" type="text" />
      </Field>
      <ActionRow
        label={t(locale, 'addon.checkIn.save')}
        busy={busy}
        status={status}
        onPress={(form) => {
          const checkIn = {
            keyResultId: form.text('keyResultId'),
            date: form.text('date'),
            value: form.text('value'),
            confidence: form.text('confidence'),
            comment: form.text('comment'),
            by: form.text('by'),
          };
          submit(() => callServer('saveCheckIn', checkIn));
        }}
      />
    </SidebarForm>
  );
}

startSidebar(() => callServer('getCheckInState'), CheckInForm);
