/**
 * Settings sidebar: the automatic refresh switch (hourly and on open) and the pacing thresholds (in
 * percentage points and days).
 */
import { t } from '../../shared/i18n/sidebar-strings';
import type { Locale } from '../../shared/messages';
import type { PacingSettings } from '../../shared/records';
import { CheckField, Field, NumberInput, SidebarForm } from './fields';
import type { FormValues } from './form-values';
import { ActionRow, useServerAction } from './server-action';
import { callServer } from './server-call';
import { type SidebarProps, startSidebar } from './sidebar-mount';

type SettingsState = { locale: Locale; autoRefresh: boolean; pacing: PacingSettings };

/** The thresholds as typed: margins in percentage points, staleness in days. */
function pacingFrom(form: FormValues): PacingSettings {
  return {
    onTrackMargin: Number(form.text('on-track')) / 100,
    atRiskMargin: Number(form.text('at-risk')) / 100,
    staleAfterDays: Number(form.text('stale')),
  };
}

function Settings({ state }: SidebarProps<SettingsState>) {
  const { locale, pacing } = state;
  const { busy, status, submit } = useServerAction(locale);
  const save = (form: FormValues) => {
    const settings = { autoRefresh: form.ticked('auto-refresh'), pacing: pacingFrom(form) };
    submit(() => callServer('saveSettings', settings));
  };
  return (
    <SidebarForm>
      <h1>{t(locale, 'addon.settings.title')}</h1>
      <CheckField id="auto-refresh" name="auto-refresh" checked={state.autoRefresh}>
        {t(locale, 'addon.settings.autoRefresh')}
      </CheckField>
      <h2>{t(locale, 'addon.settings.pacing')}</h2>
      <Field id="on-track" label={t(locale, 'addon.settings.onTrack')}>
        <NumberInput
          id="on-track"
          min={0}
          step={1}
          value={Math.round(pacing.onTrackMargin * 100)}
        />
      </Field>
      <Field id="at-risk" label={t(locale, 'addon.settings.atRisk')}>
        <NumberInput id="at-risk" min={0} step={1} value={Math.round(pacing.atRiskMargin * 100)} />
      </Field>
      <Field id="stale" label={t(locale, 'addon.settings.stale')}>
        <NumberInput id="stale" min={0} step={1} value={pacing.staleAfterDays} />
      </Field>
      <ActionRow
        label={t(locale, 'addon.settings.save')}
        busy={busy}
        status={status}
        onPress={save}
      />
    </SidebarForm>
  );
}

startSidebar(() => callServer('getSettings'), Settings);
