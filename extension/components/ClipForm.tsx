/** The clip form: passage, source, pickers, privacy check, note, one-click Save (Ctrl+Enter anywhere). */
import { t, type ClipperKey as StringKey } from '../../shared/i18n/clipper-strings';
import { MAX_CLIP_TEXT } from '../../shared/inert-text';
import { localeTag, type Locale } from '../../shared/messages';
import type { Catalog } from '../../shared/protocol';
import { redactPersonalInfo } from '../../shared/privacy-scan';
import { paragraphAnchor } from '../../shared/anchor/text-quote';
import { draftProblem, type ClipDraft } from '../panel/clip-draft';
import type { Shortcuts } from '../lib/replies';
import type { Announcement } from '../panel/use-panel';
import { CopiedPaste } from './CopiedPaste';
import { PassageFinder } from './PassageFinder';
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
  /** "Clip what I copied", and the paste box offered when the clipboard cannot be read. */
  onClipCopied(): void;
  onPasted(text: string): void;
  pasteBox: boolean;
  announced: Announcement;
  shortcuts: Shortcuts | null;
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

/**
 * Google Docs and Slides: the selection cannot be read on their canvas, so the panel says how to
 * clip what was copied, and offers "find a passage" over the document's export.
 */
function DocsFinder({ locale, draft, onChange }: Pick<Props, 'locale' | 'draft' | 'onChange'>) {
  const { capture } = draft;
  if (capture.reference || (!capture.onGoogleDocs && capture.paragraphs.length === 0)) return null;
  const pick = (from: number, to: number) => {
    const texts = capture.paragraphs.map((p) => p.text);
    const { heading, place } = capture.paragraphs[from];
    onChange({
      quote: texts.slice(from, to + 1).join('\n'),
      method: 'paragraph-pick',
      capture: { ...capture, heading, place, anchor: paragraphAnchor(texts, from, to) },
    });
  };
  return (
    <div class="docs-fallback">
      {!draft.quote.trim() && <p class="warning">{t(locale, 'clipper.docs.fallback')}</p>}
      {capture.paragraphs.length > 0 && capture.textFrom && (
        <p class="muted small text-from">{t(locale, `clipper.find.from.${capture.textFrom}`)}</p>
      )}
      {capture.paragraphs.length > 0 && (
        <PassageFinder
          key={capture.id}
          locale={locale}
          paragraphs={capture.paragraphs}
          onPick={pick}
        />
      )}
    </div>
  );
}

/** Which keys clip, and where the browser lets the coach change them. */
function ShortcutsHelp({ locale, shortcuts }: Pick<Props, 'locale' | 'shortcuts'>) {
  if (!shortcuts) return null;
  const key = (k: string) => k || t(locale, 'clipper.shortcuts.unset');
  return (
    <p class="muted small shortcuts">
      {t(locale, 'clipper.shortcuts', {
        selection: key(shortcuts.selection),
        copied: key(shortcuts.copied),
      })}
    </p>
  );
}

/** Said to screen readers as it changes (and shown): what a capture path just took. */
function Announced({ locale, announced }: Pick<Props, 'locale' | 'announced'>) {
  const params = announced && {
    ...announced.params,
    source: announced.params.source || t(locale, 'clipper.clipboard.noSource'),
  };
  return (
    <p class={announced ? 'success' : 'sr-only'} role="status" aria-live="polite">
      {announced && params ? t(locale, announced.key, params) : ''}
    </p>
  );
}

export function ClipForm(props: Props) {
  const { locale, draft, onChange } = props;
  const problem = draftProblem(draft);
  const count = (n: number) => n.toLocaleString(localeTag(locale));
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
        <span class="capture-buttons">
          <button type="button" onClick={props.onClipPage}>
            {t(locale, 'clipper.form.clipPage')}
          </button>
          <button type="button" onClick={props.onClipCopied}>
            {t(locale, 'clipper.form.clipCopied')}
          </button>
        </span>
      </div>
      <ShortcutsHelp locale={locale} shortcuts={props.shortcuts} />
      <Announced locale={locale} announced={props.announced} />
      <Correcting locale={locale} draft={draft} onCancelEdit={props.onCancelEdit} />
      {props.notice && (
        <p class="warning" role="status">
          {t(locale, props.notice)}
        </p>
      )}
      {props.pasteBox && <CopiedPaste locale={locale} onPasted={props.onPasted} />}
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
      <DocsFinder locale={locale} draft={draft} onChange={onChange} />
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
