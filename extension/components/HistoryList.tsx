/** Recent clips with their state: saved to sheet, waiting, or needing the coach (with the reason). */
import { t, type StringKey } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { OutboxRecord } from '../lib/outbox-record';

function problemText(locale: Locale, record: OutboxRecord): string {
  const problem = record.problem;
  if (!problem) return '';
  if (problem.code === 'network' || problem.code === 'timeout' || problem.code === 'not-protocol') return t(locale, `clipper.problem.${problem.code}` as StringKey);
  return problem.message;
}

type Props = { locale: Locale; records: OutboxRecord[]; onRetry(id: string): void; onDiscard(id: string): void; onSendNow(): void };

export function HistoryList({ locale, records, onRetry, onDiscard, onSendNow }: Props) {
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
            <span class="quote">{record.item.quote.slice(0, 140) || record.item.reference?.url || t(locale, 'clipper.history.noQuote')}</span>
            {record.problem && record.state !== 'delivered' && <span class="reason">{problemText(locale, record)}</span>}
            {(record.state === 'needs-attention' || record.state === 'repair-needed') && (
              <span class="actions">
                <button type="button" onClick={() => onRetry(record.id)}>{t(locale, 'clipper.history.retry')}</button>
                <button type="button" onClick={() => onDiscard(record.id)}>{t(locale, 'clipper.history.discard')}</button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
