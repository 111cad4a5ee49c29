/** The clip form: passage, source, pickers, privacy check, note, one-click Save (Ctrl+Enter anywhere). */
import { t, type StringKey } from '../../shared/i18n';
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import type { Locale } from '../../shared/messages';
import type { Catalog } from '../../shared/protocol';
import { redactPersonalInfo } from '../../shared/privacy-scan';
import { draftProblem, type ClipDraft } from '../panel/clip-draft';
import { PrivacyCheck } from './PrivacyCheck';
import { SourceDetails } from './SourceDetails';
import { TagPickers } from './TagPickers';

type Props = {
  locale: Locale;
  catalog: Catalog | null;
  draft: ClipDraft;
  notice: StringKey | null;
  status: StringKey | null;
  onChange(patch: Partial<ClipDraft>): void;
  onClipPage(): void;
  onSave(): void;
  onCancelEdit(): void;
};

/** While a refused clip is being corrected: what the sheet said, and a way back to a new clip. */
function Correcting({
  locale,
  draft,
  onCancelEdit,
}: Pick<Props, 'locale' | 'draft' | 'onCancelEdit'>) {
  if (draft.correcting === null) return null;
  return (
    <div class="warning correcting" role="status">
      <span>
        {t(
          locale,
          draft.correcting.held ? 'clipper.form.correctingHeld' : 'clipper.form.correcting',
        )}
      </span>
      {draft.correcting.message && <q>{draft.correcting.message}</q>}
      <button type="button" onClick={onCancelEdit}>
        {t(locale, 'clipper.form.cancelEdit')}
      </button>
    </div>
  );
}

function DocsFallback({ locale, draft, onChange }: Pick<Props, 'locale' | 'draft' | 'onChange'>) {
  if (!draft.capture.onGoogleDocs || draft.quote.trim() || draft.capture.reference) return null;
  return (
    <div class="docs-fallback">
      <p class="warning">{t(locale, 'clipper.docs.fallback')}</p>
      {draft.capture.paragraphs.length > 0 && (
        <>
          <label for="docs-paragraph">{t(locale, 'clipper.docs.pick')}</label>
          <select
            id="docs-paragraph"
            value=""
            onChange={(e) => onChange({ quote: e.currentTarget.value, method: 'paragraph-pick' })}
          >
            <option value="">…</option>
            {draft.capture.paragraphs.map((p, i) => (
              <option key={i} value={p}>
                {p.slice(0, 90)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}

export function ClipForm(props: Props) {
  const { locale, draft, onChange } = props;
  const problem = draftProblem(draft);
  const count = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-US');
  const over = draft.quote.length - MAX_CLIP_TEXT;
  const markers = {
    email: t(locale, 'clipper.privacy.email'),
    phone: t(locale, 'clipper.privacy.phone'),
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (!problem) props.onSave();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event);
  };
  return (
    <form
      class="card clip-form"
      onSubmit={save}
      onKeyDown={onKeyDown}
      aria-labelledby="clip-heading"
    >
      <div class="form-title">
        <h2 id="clip-heading">
          {t(
            locale,
            draft.correcting === null ? 'clipper.form.heading' : 'clipper.form.correctingHeading',
          )}
        </h2>
        <button type="button" onClick={props.onClipPage}>
          {t(locale, 'clipper.form.clipPage')}
        </button>
      </div>
      <Correcting locale={locale} draft={draft} onCancelEdit={props.onCancelEdit} />
      {props.notice && (
        <p class="warning" role="status">
          {t(locale, props.notice)}
        </p>
      )}
      <label for="quote">{t(locale, 'clipper.form.quote')}</label>
      <textarea
        id="quote"
        rows={6}
        value={draft.quote}
        placeholder={t(locale, 'clipper.form.quotePlaceholder')}
        onInput={(e) =>
          onChange({
            quote: e.currentTarget.value,
            method: draft.quote.trim()
              ? draft.method
              : draft.method === 'reference'
                ? 'reference'
                : 'typed',
          })
        }
        onPaste={() =>
          draft.quote.trim() === '' &&
          draft.method !== 'reference' &&
          onChange({ method: 'pasted' })
        }
      />
      <div class={over > 0 ? 'error small counter' : 'muted small counter'}>
        {t(locale, 'clipper.form.chars', {
          count: count(draft.quote.length),
          max: count(MAX_CLIP_TEXT),
        })}
      </div>
      <DocsFallback locale={locale} draft={draft} onChange={onChange} />
      <SourceDetails
        locale={locale}
        capture={draft.capture}
        method={draft.method}
        hasText={draft.quote.trim() !== ''}
      />
      <TagPickers locale={locale} catalog={props.catalog} draft={draft} onChange={onChange} />
      <label for="note">{t(locale, 'clipper.form.note')}</label>
      <textarea
        id="note"
        rows={2}
        value={draft.note}
        onInput={(e) => onChange({ note: e.currentTarget.value })}
      />
      <PrivacyCheck
        locale={locale}
        texts={[draft.quote, draft.note]}
        onRedact={() =>
          onChange({
            quote: redactPersonalInfo(draft.quote, markers),
            note: redactPersonalInfo(draft.note, markers),
          })
        }
      />
      {problem && problem !== 'empty-clip' && (
        <p class="error small" role="alert">
          {t(locale, `clipper.form.error.${problem}`, {
            max: count(MAX_CLIP_TEXT),
            over: count(Math.max(over, 0)),
          })}
        </p>
      )}
      <div class="save-row">
        <button type="submit" class="primary" disabled={problem !== null}>
          {t(locale, draft.correcting === null ? 'clipper.form.save' : 'clipper.form.resend')}
        </button>
        <span class="muted small">{t(locale, 'clipper.form.saveHint')}</span>
      </div>
      {props.status && (
        <p class="success" role="status">
          {t(locale, props.status)}
        </p>
      )}
    </form>
  );
}
