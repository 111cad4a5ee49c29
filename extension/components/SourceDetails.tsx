/** Where the clip came from (page, section, way back to the passage, time, capture path), as text. */
import { t } from '../../shared/i18n/clipper-strings';
import { localeTag, type Locale } from '../../shared/messages';
import { passageLink } from '../../shared/anchor/passage-link';
import { pageNumber, placeKind } from '../../shared/anchor/passage-place';
import type { Capture, CaptureMethod } from '../messages';

/** What the way back to the passage does, in words. */
function linkWords(locale: Locale, capture: Capture, link: string): string {
  const kind = link.endsWith(`#${capture.place}`) ? placeKind(capture.place) : null;
  if (kind === 'heading')
    return t(locale, 'clipper.form.link.heading', { heading: capture.heading });
  if (kind === 'slide') return t(locale, 'clipper.form.link.slide');
  if (kind === 'page')
    return t(locale, 'clipper.form.link.pdfPage', { page: pageNumber(capture.place) });
  return link.includes(':~:text=')
    ? t(locale, 'clipper.form.link.text')
    : t(locale, 'clipper.form.link.page');
}

export function SourceDetails(props: {
  locale: Locale;
  capture: Capture;
  method: CaptureMethod;
  hasText: boolean;
}) {
  const { locale, capture } = props;
  const link = passageLink(capture.sourceUrl, capture.anchor, capture.place);
  const time = capture.capturedAt
    ? new Date(capture.capturedAt).toLocaleString(localeTag(locale))
    : '';
  return (
    <dl class="source">
      {capture.sourceTitle || capture.sourceUrl ? (
        <>
          <dt>{t(locale, 'clipper.form.source')}</dt>
          <dd title={capture.sourceUrl}>{capture.sourceTitle || capture.sourceUrl}</dd>
        </>
      ) : null}
      {capture.heading && (
        <>
          <dt>{t(locale, 'clipper.form.section')}</dt>
          <dd>{capture.heading}</dd>
        </>
      )}
      {capture.reference && (
        <dd class="wide">
          {t(locale, 'clipper.form.reference', {
            kind: t(locale, `clipper.form.reference.${capture.reference.kind}`),
            url: capture.reference.url,
          })}
        </dd>
      )}
      {link && props.hasText && (
        <>
          <dt>{t(locale, 'clipper.form.link')}</dt>
          <dd>
            <a href={link} target="_blank" rel="noopener noreferrer" title={link}>
              {linkWords(locale, capture, link)}
            </a>
          </dd>
        </>
      )}
      <dt>{t(locale, 'clipper.form.capturedAt')}</dt>
      <dd>{time}</dd>
      {props.hasText && <dd class="wide method">{t(locale, `clipper.method.${props.method}`)}</dd>}
    </dl>
  );
}
