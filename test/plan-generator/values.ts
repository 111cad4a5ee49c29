/**
 * Value writers: one number of a key result written as a coordinator would write it — plain,
 * "42%", a percent-formatted fraction, "3,2" in French, "12,500", "14 cycles", "3.1 out of 5",
 * "7 of 25 schools", "11/30 classrooms (37%)", with annotations or a due phrase. Each writer is
 * faithful: the reading of the written cell under the truth conventions is the model's value.
 */
import { cell, type Cell } from './sheet-builder';
import type { KrModel } from './model';
import type { Rng } from './prng';
import type { Language } from './vocabulary';

/** "42.5" / "42,5": a number as a person types it in the plan's language. */
export function numberText(value: number, language: Language, decimals = 2): string {
  const fixed = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(decimals)));
  return language === 'fr' ? fixed.replace('.', ',') : fixed;
}

/** "12,500" (en) or "12 500" (fr, with a no-break or narrow no-break space). */
export function thousandsText(value: number, language: Language, rng: Rng): string {
  const sep = language === 'en' ? ',' : rng.pick(['\u00a0', '\u202f', ' ']);
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "42%" / "42 %": percent text with the spacing of the plan's language. */
export function percentText(value: number, language: Language, rng: Rng): string {
  return language === 'fr'
    ? `${numberText(value, 'fr')}${rng.pick(['\u00a0%', ' %', '%'])}`
    : `${numberText(value, 'en')}%`;
}

export type ValueRole = 'baseline' | 'current' | 'target';

/** The cell for `value` (and its count N for ratios) in the key result's style. */
export function writeValue(
  kr: KrModel,
  value: number,
  count: number | null,
  language: Language,
  rng: Rng,
): Cell {
  const m = kr.measure;
  const unit = m.unit?.[language];
  switch (kr.style) {
    case 'percent-text':
      return cell(percentText(value, language, rng));
    case 'percent-format':
      return cell(value / 100, m.decimals > 0 && !Number.isInteger(value) ? '0.0%' : '0%');
    case 'decimal-comma':
      return cell(Number.isInteger(value) ? value : numberText(value, 'fr'));
    case 'thousands':
      return cell(thousandsText(value, language, rng));
    case 'units':
      return cell(
        m.kind === 'big'
          ? `${thousandsText(value, language, rng)} ${unit}`
          : `${numberText(value, language)} ${unit ?? ''}`.trim(),
      );
    case 'out-of':
      return cell(
        language === 'fr'
          ? `${numberText(value, 'fr')} sur ${m.outOf}`
          : `${numberText(value, 'en')} out of ${m.outOf}`,
      );
    case 'ratio':
      return cell(ratioText(value, m.total!, unit, language, rng));
    case 'ratio-percent':
      return cell(
        count === null
          ? percentText(value, language, rng)
          : `${count}/${m.total}${unit && rng.chance(0.6) ? ` ${unit}` : ''} (${percentText(value, language, rng)})`,
      );
    default:
      return cell(value);
  }
}

function ratioText(
  n: number,
  total: number,
  unit: string | undefined,
  language: Language,
  rng: Rng,
): string {
  const tail = unit && rng.chance(0.7) ? ` ${unit}` : '';
  if (rng.chance(0.4)) return `${n}/${total}${tail}`;
  return language === 'fr' ? `${n} sur ${total}${tail}` : `${n} of ${total}${tail}`;
}

/** Words a coordinator writes where a current value is not measured yet. */
export const MISSING_WORDS: Record<Language, string[]> = {
  en: ['TBD', 'n/a until spring', 'pending', 'not yet available', 'N/A', '—'],
  fr: ['à venir', 'en attente', 'N/D', 'à déterminer', 'non disponible', '—'],
};

/** An annotation around a written value that never changes the value. */
export function annotate(written: Cell, language: Language, rng: Rng): Cell {
  if (typeof written.v === 'number' && written.fmt) return written;
  const textValue =
    typeof written.v === 'number' ? numberText(written.v, language) : String(written.v);
  const notes =
    language === 'fr'
      ? ['(automne)', '(prov.)', '(janv.)', '(estimé)', '*']
      : ['(fall)', '(prelim.)', '(Jan)', '(est.)', '*'];
  if (rng.chance(0.3)) return cell(`≈ ${textValue}`);
  return cell(`${textValue} ${rng.pick(notes)}`);
}
