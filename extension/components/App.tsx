/** The side panel: pairing first, then the clip form and the history of recent clips. */
import type { Locale } from '../../shared/messages';
import { usePanel, type PanelDeps } from '../panel/use-panel';
import { ClipForm } from './ClipForm';
import { HistoryList } from './HistoryList';
import { PairingForm } from './PairingForm';
import { PlanHeader } from './PlanHeader';

export function App(props: PanelDeps & { locale: Locale }) {
  const { locale } = props;
  const panel = usePanel(props);
  const { state, draft } = panel;
  if (!state || !draft) return <main class="loading" aria-busy="true" />;
  // Keyboard users land in the passage once the code is accepted.
  const connect = async (code: string) => {
    const failure = await panel.connect(code);
    if (!failure) setTimeout(() => document.getElementById('quote')?.focus());
    return failure;
  };
  if (!state.pairing.paired) {
    return (
      <main>
        <PairingForm locale={locale} onConnect={connect} />
      </main>
    );
  }
  // Keyboard users land in the passage of the clip they chose to correct.
  const editInForm = (id: string) => {
    panel.edit(id);
    setTimeout(() => document.getElementById('quote')?.focus());
  };
  const fetchedAt = state.catalogFetchedAt
    ? new Date(state.catalogFetchedAt).toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-US')
    : null;
  return (
    <main>
      <PlanHeader
        locale={locale}
        pairing={state.pairing}
        offlineSince={panel.offline ? fetchedAt : null}
        noCatalog={!state.catalog}
        onDisconnect={panel.disconnect}
      />
      {state.pairing.needsRepair && <PairingForm locale={locale} repair onConnect={connect} />}
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
    </main>
  );
}
