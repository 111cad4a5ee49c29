/** The mark beside a field the district preset by policy: it cannot be changed here. */
import { t } from '../../shared/i18n/clipper-strings';
import type { Locale } from '../../shared/messages';

export function DistrictLock(props: { locale: Locale; id?: string }) {
  return (
    <span class="district-lock small" id={props.id}>
      🔒 {t(props.locale, 'clipper.district.set')}
    </span>
  );
}
