/** Recent clips with their state: saved to sheet, waiting, or needing the coach (with the reason). */
import { keyFor, t } from '../../shared/i18n/clipper-strings';
import { localeTag, type Locale } from '../../shared/messages';
import type { OutboxRecord } from '../lib/outbox-record';

/** Refusals the panel can explain in the coach's language when the plan speaks another one. */
const EXPLAINED = new Set(['too-large', 'unknown-key-result', 'invalid-item', 'no-plan']);

/** Trouble on the way to the sheet, worded by us (the plan endpoint's or Google's), never a refusal. */
const ON_THE_WAY = new Set([
  'network',
  'timeout',
  'not-protocol',
  'signed-out',
  'no-access',
  'sheet-gone',
  'no-evidence-tab',
  'rate-limited',
  'google-error',
]);

/** When the alarm will try a waiting clip again (the coach can also press Send now). */
function nextTry(locale: Locale, record: OutboxRecord): string {
  if (record.state !== 'waiting') return '';
  const time = new Date(record.nextAttemptAt).toLocaleTimeString(localeTag(locale), {
    hour: 'numeric',
    minute: '2-digit',
  });
  return t(locale, 'clipper.problem.nextTry', { time });
}

/**
 * Why a clip is not in the sheet. Transport trouble is ours to word; a refusal is the sheet's own
 * message, unless the plan is in another language than the panel, where a known code is explained.
 */
function problemText(locale: Locale, planLocale: Locale | null, record: OutboxRecord): string {
  const problem = record.problem;
  if (record.state === 'repair-needed') return t(locale, 'clipper.problem.repair-needed');
  if (!problem) return '';
  const onTheWay = ON_THE_WAY.has(problem.code) && keyFor('clipper.problem', problem.code);
  if (onTheWay) return `${t(locale, onTheWay)} ${nextTry(locale, record)}`;
  const explained =
    planLocale && planLocale !== locale && EXPLAINED.has(problem.code)
      ? keyFor('clipper.rejected', problem.code)
      : null;
  return explained ? t(locale, explained) : problem.message;
}

/** Warnings the panel can explain in the coach's language when the plan speaks another one. */
const EXPLAINED_WARNINGS = new Set(['unknown-school']);

/** What the sheet said about a saved clip: its own words, or ours when the plan is in another language. */
function warningText(locale: Locale, planLocale: Locale | null, record: OutboxRecord): string {
  const warning = record.warning;
  if (!warning) return '';
  const explained =
    planLocale && planLocale !== locale && EXPLAINED_WARNINGS.has(warning.code)
      ? keyFor('clipper.warning', warning.code)
      : null;
  return explained ? t(locale, explained) : warning.message;
}

type Props = {
  locale: Locale;
  planLocale: Locale | null;
  records: OutboxRecord[];
  onRetry(id: string): void;
  onEdit(id: string): void;
  onDiscard(id: string): void;
  onSendNow(): void;
};

/** A refused clip can be corrected, tried again as is, or discarded; a held one (re-pair needed) waits for the new code. */
function Actions({
  locale,
  record,
  onRetry,
  onEdit,
  onDiscard,
}: Omit<Props, 'records' | 'onSendNow' | 'planLocale'> & { record: OutboxRecord }) {
  if (record.state !== 'needs-attention' && record.state !== 'repair-needed') return null;
  return (
    <span class="actions">
      <button type="button" onClick={() => onEdit(record.id)}>
        {t(locale, 'clipper.history.edit')}
      </button>
      {record.state === 'needs-attention' && (
        <button type="button" onClick={() => onRetry(record.id)}>
          {t(locale, 'clipper.history.retry')}
        </button>
      )}
      <button type="button" onClick={() => onDiscard(record.id)}>
        {t(locale, 'clipper.history.discard')}
      </button>
    </span>
  );
}

export function HistoryList({
  locale,
  planLocale,
  records,
  onRetry,
  onEdit,
  onDiscard,
  onSendNow,
}: Props) {
  const waiting = records.some((r) => r.state === 'waiting');
  return (
    <section class="history" aria-labelledby="history-heading">
      <div class="history-title">
        <h2 id="history-heading">{t(locale, 'clipper.history.heading')}</h2>
        {waiting && (
          <button type="button" class="link" onClick={onSendNow}>
            {t(locale, 'clipper.history.sendNow')}
          </button>
        )}
      </div>
      {records.length === 0 && <p class="muted">{t(locale, 'clipper.history.empty')}</p>}
      <ul>
        {records.slice(0, 30).map((record) => (
          <li key={record.id} class={`clip state-${record.state}`} data-state={record.state}>
            <span class="badge">{t(locale, `clipper.state.${record.state}`)}</span>
            <span class="quote">
              {record.item.quote.slice(0, 140) ||
                record.item.reference?.url ||
                t(locale, 'clipper.history.noQuote')}
            </span>
            {(record.problem || record.state === 'repair-needed') &&
              record.state !== 'delivered' && (
                <span class="reason" title={record.problem?.message}>
                  {problemText(locale, planLocale, record)}
                </span>
              )}
            {record.state === 'delivered' && record.warning && (
              <span class="reason warning" title={record.warning.message}>
                {warningText(locale, planLocale, record)}
              </span>
            )}
            <Actions
              locale={locale}
              record={record}
              onRetry={onRetry}
              onEdit={onEdit}
              onDiscard={onDiscard}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
