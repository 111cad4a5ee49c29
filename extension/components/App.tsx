/** The side panel: ways to connect first (Google or a code), then the clip form and the history of recent clips. */
import { localeTag, type Locale } from '../../shared/messages';
import { usePanel, type PanelDeps } from '../panel/use-panel';
import { PolicyContext, useSettings } from '../panel/use-settings';
import { ClipForm } from './ClipForm';
import { ConnectChoices } from './ConnectChoices';
import { HistoryList } from './HistoryList';
import { PairingForm } from './PairingForm';
import { PlanHeader } from './PlanHeader';
import { SettingsPanel } from './SettingsPanel';

export function App(props: PanelDeps & { locale: Locale; welcome?: boolean }) {
  const settings = useSettings();
  const policy = settings.policy;
  // The district's language wins, then the coach's choice, then the browser's.
  const locale = policy?.language ?? settings.preferences.language ?? props.locale;
  const panel = usePanel(props);
  const { state, draft } = panel;
  if (!state || !draft || !policy) return <main class="loading" aria-busy="true" />;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  const focusPassage = (failure: string | null) => {
    // Keyboard users land in the passage once connected.
    if (!failure) setTimeout(() => document.getElementById('quote')?.focus());
    return failure;
  };
  const settingsPanel = (
    <SettingsPanel
      locale={locale}
      policy={policy}
      preferences={settings.preferences}
      onLanguage={(language) => void settings.setLanguage(language)}
    />
  );
  if (!state.pairing.paired) {
    return (
      <main>
        <ConnectChoices
          locale={locale}
          policy={policy}
          welcome={props.welcome ?? false}
          onGoogle={async (sheet) => focusPassage(await panel.connectGoogle(sheet))}
          onCode={async (code) => focusPassage(await panel.connect(code))}
        />
        {settingsPanel}
      </main>
    );
  }
  // Keyboard users land in the passage of the clip they chose to correct.
  const editInForm = (id: string) => {
    panel.edit(id);
    setTimeout(() => document.getElementById('quote')?.focus());
  };
  const fetchedAt = state.catalogFetchedAt
    ? new Date(state.catalogFetchedAt).toLocaleString(localeTag(locale))
    : null;
  return (
    <PolicyContext.Provider value={policy}>
      <main>
        <PlanHeader
          locale={locale}
          pairing={state.pairing}
          offlineSince={panel.offline ? fetchedAt : null}
          noCatalog={!state.catalog}
          onDisconnect={panel.disconnect}
          onSignIn={() => void panel.signInAgain()}
        />
        {state.pairing.needsRepair && (
          <PairingForm
            locale={locale}
            repair
            onConnect={async (code) => focusPassage(await panel.connect(code))}
          />
        )}
        <ClipForm
          locale={locale}
          catalog={state.catalog}
          draft={draft}
          notice={panel.notice}
          status={panel.status}
          onChange={panel.change}
          onClipPage={panel.clipPage}
          onClipCopied={panel.clipCopied}
          onPasted={panel.pasteCopied}
          pasteBox={panel.pasteBox}
          announced={panel.announced}
          shortcuts={panel.shortcuts}
          onSave={panel.save}
          onCancelEdit={panel.cancelEdit}
        />
        <HistoryList
          locale={locale}
          planLocale={state.catalog?.locale ?? null}
          records={state.records}
          onRetry={panel.retry}
          onEdit={editInForm}
          onDiscard={panel.discard}
          onSendNow={panel.sendNow}
        />
        {settingsPanel}
      </main>
    </PolicyContext.Provider>
  );
}
