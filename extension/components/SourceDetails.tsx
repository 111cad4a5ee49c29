/** Where the clip came from (page, section, time, capture path), rendered as text only. */
import { t } from '../../shared/i18n';
import type { Locale } from '../../shared/messages';
import type { Capture, CaptureMethod } from '../messages';

export function SourceDetails(props: {
  locale: Locale;
  capture: Capture;
  method: CaptureMethod;
  hasText: boolean;
}) {
  const { locale, capture } = props;
  const time = capture.capturedAt
    ? new Date(capture.capturedAt).toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-US')
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
      <dt>{t(locale, 'clipper.form.capturedAt')}</dt>
      <dd>{time}</dd>
      {props.hasText && <dd class="wide method">{t(locale, `clipper.method.${props.method}`)}</dd>}
    </dl>
  );
}
