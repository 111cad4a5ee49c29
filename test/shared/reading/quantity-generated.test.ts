/**
 * Composes values the way coordinators write them — separators, decimal commas, signs, percent
 * forms, units and annotations in English and French, approximations, labels, ratios, levels
 * reached, due phrases, words for "not yet" — from a seeded generator, and checks the quantity
 * grammar gives back the value that was composed, every time.
 */
import { describe, expect, it } from 'vitest';
import {
  readQuantity,
  type NumberReading,
  type QuantityContext,
} from '../../../shared/reading/quantity';
import { chance, pick, seeded, type Random } from '../seeded-random';
import { MONTHS } from '../../plan-generator/vocabulary';

interface Case {
  text: string;
  expected: NumberReading;
  context: QuantityContext;
}

type Style = 'en' | 'fr';
interface Written {
  text: string;
  value: number;
  /** The digits without spaces: "1.250" when written "1.250" or "1 250" → "1250". */
  digits: string;
}

const EN_THOUSANDS = ['', ',', ' ', '\u00a0', "'"];
const FR_THOUSANDS = ['', ' ', '\u00a0', '\u202f', '.'];
const PERCENT = {
  en: ['%', ' %', ' percent', ' pct', '\u00a0%'],
  fr: [' %', '\u00a0%', '\u202f%', '%', ' pour cent'],
};
const UNITS = {
  en: [
    'cycles',
    'schools',
    'students',
    'classrooms',
    'visits',
    'hours',
    'teachers',
    'PLC meetings',
    'of grade 4 students',
    'walkthroughs',
  ],
  fr: [
    'cycles',
    'écoles',
    'élèves',
    'classes',
    'visites',
    'heures',
    'enseignants',
    'rencontres CAP',
    'élèves de 4e année',
    'observations',
  ],
};
const ANNOTATIONS = {
  en: [
    '(fall)',
    '(Dec)',
    '[note 2]',
    '✓',
    '*',
    '(est.)',
    '(prelim.)',
    '(2024-25: 19%)',
    '- preliminary',
    '(source: district)',
  ],
  fr: [
    '(automne)',
    '(déc.)',
    '[note 2]',
    '✓',
    '*',
    '(est.)',
    '(provisoire)',
    '(2024-25 : 19 %)',
    '– provisoire',
    '(source : CSS)',
  ],
};
const APPROX = {
  en: ['≈ ', '~', 'about ', 'approx. ', 'around ', 'at least ', '≥ ', '> ', 'nearly '],
  fr: ['≈ ', '~', 'environ ', 'env. ', 'près de ', 'au moins ', '≥ ', 'plus de ', 'presque '],
};
const LABELS = {
  en: ['Fall: ', 'Q2: ', 'Actual: ', 'Dec 2025: '],
  fr: ['Automne : ', 'T2 : ', 'Résultat : ', 'Déc. 2025 : '],
};
const MISSING = {
  en: [
    'n/a',
    'N/A',
    'TBD',
    'tbd',
    'pending',
    'Pending',
    'not yet',
    'Not yet measured',
    '—',
    '-',
    'none',
    'New measure',
    'no data',
    'unknown',
  ],
  fr: [
    'à venir',
    'À venir',
    's.o.',
    'n.d.',
    'en attente',
    'pas encore',
    'Pas encore mesuré',
    'à déterminer',
    'aucune',
    'Nouvel indicateur',
    'sans objet',
    'non disponible',
  ],
};
const MISSING_TAILS = {
  en: ['', ' until spring', ' (Jan)', ' - data in June', ' (new in 2025-26)', ' by May 2026'],
  fr: ['', " jusqu'au printemps", ' (janv.)', ' – données en juin', ' (nouveau en 2025-2026)'],
};

/** A number written with the style's separators, and the value it means. */
function writeNumber(random: Random, style: Style, maxDecimals: number): Written {
  const magnitude = pick(random, [10, 100, 1000, 100000, 10000000]);
  const whole = Math.floor(random() * magnitude);
  const decimals = Math.floor(random() * (maxDecimals + 1));
  const fraction = Array.from({ length: decimals }, () => Math.floor(random() * 10)).join('');
  const groups = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
  const thousands = whole >= 1000 ? pick(random, style === 'en' ? EN_THOUSANDS : FR_THOUSANDS) : '';
  const decimalMark = style === 'en' ? '.' : ',';
  const text =
    groups.split('\u0000').join(thousands) + (decimals > 0 ? decimalMark + fraction : '');
  const value = Number(`${whole}.${fraction || '0'}`);
  return { text, value, digits: text.replace(/[ \u00a0\u202f']/g, '') };
}

/**
 * The sheet's decimal mark, given only when the cell alone reads otherwise: a lone "1,250" is
 * thousands, a lone "1.250" a decimal unless money or a unit word says it counts.
 */
function contextFor(written: Written, style: Style, wholeAmount: boolean): QuantityContext {
  if (!/^[1-9]\d{0,2}[.,]\d{3}$/.test(written.digits)) return {};
  const mark = written.digits.includes('.') ? '.' : ',';
  const readAsThousands = mark === ',' || wholeAmount;
  const meantAsThousands = mark !== (style === 'en' ? '.' : ',');
  return readAsThousands === meantAsThousands ? {} : { decimalMark: style === 'en' ? '.' : ',' };
}

function number(
  value: number,
  extra: Partial<Extract<NumberReading, { kind: 'number' }>> = {},
): Extract<NumberReading, { kind: 'number' }> {
  return { kind: 'number', value, scale: 'plain', ...extra };
}

/** A plain value: sign, approximation, label, currency or percent, unit, annotation. */
function composeValue(random: Random, style: Style): Case {
  const money = chance(random, 0.15);
  const written = writeNumber(random, style, money ? 2 : 3);
  const sign = written.value === 0 ? '' : pick(random, ['', '', '', '-', '−', '+', '- ']);
  const value = sign.trim() === '-' || sign === '−' ? -written.value : written.value;
  const percent = !money && chance(random, 0.4);
  let core = `${sign}${written.text}`;
  if (money)
    core =
      style === 'en' ? `${sign}$${written.text}` : `${core} ${pick(random, ['$', '€', '$ CA'])}`;
  const unit = !money && !percent && chance(random, 0.4) ? pick(random, UNITS[style]) : '';
  if (percent) core += pick(random, PERCENT[style]);
  else if (unit !== '') core += ` ${unit}`;
  const counted = unit !== '' && !unit.startsWith('of ');
  const prefix =
    (chance(random, 0.2) ? pick(random, LABELS[style]) : '') +
    (sign === '' && chance(random, 0.25) ? pick(random, APPROX[style]) : '');
  const suffix = chance(random, 0.4) ? ` ${pick(random, ANNOTATIONS[style])}` : '';
  return {
    text: prefix + core + suffix,
    expected: number(value, { scale: percent ? 'percent-text' : 'plain' }),
    context: contextFor(written, style, money || counted),
  };
}

/** Money in thousands or millions: "$12k", "12,5 k$", "$1.2M", "2 millions $". */
function composeMultiplied(random: Random, style: Style): Case {
  const tenths = Math.floor(random() * 10000);
  const amount = style === 'en' ? String(tenths / 10) : String(tenths / 10).replace('.', ',');
  const [word, factor] = pick(random, [
    ['k', 1e3],
    ['K', 1e3],
    [' k', 1e3],
    ['M', 1e6],
    [' million', 1e6],
    [' millions', 1e6],
  ] as const);
  const text =
    style === 'en'
      ? `${pick(random, ['$', 'US$', ''])}${amount}${word}${word === 'M' ? '' : pick(random, ['', ' USD'])}`
      : `${amount}${word} ${pick(random, ['$', '€', '$ CA'])}`;
  const needsMoney = word === 'M' && !text.includes('$') && !text.includes('€');
  const written = needsMoney ? `$${text}` : text;
  return {
    text: written,
    expected: number(Number(((tenths / 10) * factor).toPrecision(15))),
    context: {},
  };
}

/** "N of M", "N/M", "N sur M", "N écoles sur M", with a percent beside it sometimes. */
function composeRatio(random: Random, style: Style): Case {
  const whole = 1 + Math.floor(random() * 40);
  const part = chance(random, 0.2)
    ? Math.round(random() * whole * 10) / 10
    : Math.floor(random() * (whole + 1));
  const partText = style === 'fr' ? String(part).replace('.', ',') : String(part);
  const unit = pick(random, UNITS[style]).split(' ')[0];
  const forms =
    style === 'en'
      ? [
          `${partText} of ${whole}`,
          `${partText} out of ${whole}`,
          `${partText}/${whole}`,
          `${partText} / ${whole} ${unit}`,
          `${partText} of ${whole} ${unit}`,
          `${partText} ${unit} out of ${whole}`,
        ]
      : [
          `${partText} sur ${whole}`,
          `${partText} de ${whole}`,
          `${partText}/${whole}`,
          `${partText} ${unit} sur ${whole}`,
          `${partText} sur ${whole} ${unit}`,
        ];
  const share = Math.round((part / whole) * 100);
  const beside = chance(random, 0.4)
    ? pick(random, [` (${share}%)`, ` (${share} %)`, ` = ${share}%`, ` (≈${share} %)`])
    : '';
  const suffix = chance(random, 0.3) ? ` ${pick(random, ['✓', '(fall)', '(automne)', '*'])}` : '';
  const expected = number(part, { of: whole, ...(beside ? { percent: share } : {}) });
  return { text: pick(random, forms) + beside + suffix, expected, context: {} };
}

/** "+5 pts (to 40%)", "3 → 5", "from 38% to 50%", "de 38 % à 50 %". */
function composeReached(random: Random, style: Style): Case {
  const start = Math.floor(random() * 90);
  const end = start + 1 + Math.floor(random() * 10);
  const pc = style === 'en' ? '%' : ' %';
  const forms: Array<[string, boolean, boolean]> =
    style === 'en'
      ? [
          [`+${end - start} pts (to ${end}${pc})`, true, false],
          [`+${end - start} points to ${end}${pc}`, true, false],
          [`${start} → ${end}`, false, true],
          [`${start} -> ${end}`, false, true],
          [`from ${start}${pc} to ${end}${pc}`, true, true],
        ]
      : [
          [`+${end - start} pts (à ${end}${pc})`, true, false],
          [`+${end - start} points (vers ${end}${pc})`, true, false],
          [`${start} → ${end}`, false, true],
          [`de ${start}${pc} à ${end}${pc}`, true, true],
        ];
  const [text, percent, hasFrom] = pick(random, forms);
  return {
    text,
    expected: number(end, {
      scale: percent ? 'percent-text' : 'plain',
      ...(hasFrom ? { from: start } : {}),
    }),
    context: {},
  };
}

/** A value with a due phrase; a month alone is due on its last day, a year alone on 30 June. */
function composeDue(random: Random, style: Style): Case {
  const base = chance(random, 0.5) ? composeValue(random, style) : composeRatio(random, style);
  const year = 2025 + Math.floor(random() * 4);
  const month = 1 + Math.floor(random() * 12);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = 1 + Math.floor(random() * lastDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthName = MONTHS[style][month - 1];
  const phrases: Array<[string, string]> =
    style === 'en'
      ? [
          [`by ${monthName} ${year}`, `${year}-${pad(month)}-${pad(lastDay)}`],
          [`by the end of ${monthName} ${year}`, `${year}-${pad(month)}-${pad(lastDay)}`],
          [`by ${monthName} ${day}, ${year}`, `${year}-${pad(month)}-${pad(day)}`],
          [`by ${year}-${pad(month)}-${pad(day)}`, `${year}-${pad(month)}-${pad(day)}`],
          [`before ${day} ${monthName} ${year}`, `${year}-${pad(month)}-${pad(day)}`],
          [`by ${year}`, `${year}-06-30`],
        ]
      : [
          [`d'ici ${monthName} ${year}`, `${year}-${pad(month)}-${pad(lastDay)}`],
          [`d’ici la fin de ${monthName} ${year}`, `${year}-${pad(month)}-${pad(lastDay)}`],
          [`avant le ${day} ${monthName} ${year}`, `${year}-${pad(month)}-${pad(day)}`],
          [`en ${monthName} ${year}`, `${year}-${pad(month)}-${pad(lastDay)}`],
          [`d'ici le ${pad(day)}/${pad(month)}/${year}`, `${year}-${pad(month)}-${pad(day)}`],
          [`d'ici ${year}`, `${year}-06-30`],
        ];
  const [phrase, due] = pick(random, phrases);
  const text = chance(random, 0.3) ? `${base.text} (${phrase})` : `${base.text} ${phrase}`;
  return {
    text,
    expected: { ...(base.expected as Extract<NumberReading, { kind: 'number' }>), due },
    context: base.context,
  };
}

/** A word for "nobody has it yet", sometimes with an annotation after it. */
function composeMissing(random: Random, style: Style): Case {
  return {
    text: pick(random, MISSING[style]) + pick(random, MISSING_TAILS[style]),
    expected: { kind: 'missing' },
    context: {},
  };
}

/** Random case: coordinators type "ABOUT 30", "About 30", "about 30". */
function recase(random: Random, text: string): string {
  const roll = random();
  if (roll < 0.1) return text.toUpperCase();
  if (roll < 0.3) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

function compose(random: Random): Case {
  const style: Style = chance(random, 0.5) ? 'en' : 'fr';
  const kind = random();
  const made =
    kind < 0.35
      ? composeValue(random, style)
      : kind < 0.4
        ? composeMultiplied(random, style)
        : kind < 0.6
          ? composeRatio(random, style)
          : kind < 0.7
            ? composeReached(random, style)
            : kind < 0.9
              ? composeDue(random, style)
              : composeMissing(random, style);
  return { ...made, text: recase(random, made.text) };
}

describe('the quantity grammar on generated wordings', () => {
  it('gives back the composed value for 3,000 generated cells', () => {
    const random = seeded(20261201);
    const failures: string[] = [];
    const kinds = { number: 0, missing: 0 };
    for (let i = 0; i < 3000; i++) {
      const { text, expected, context } = compose(random);
      kinds[expected.kind === 'missing' ? 'missing' : 'number']++;
      const actual = readQuantity(text, context);
      if (!matches(actual, expected))
        failures.push(
          `${JSON.stringify(text)} ${JSON.stringify(context)} → ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
        );
    }
    expect(failures.slice(0, 15)).toEqual([]);
    expect(kinds.number).toBeGreaterThan(2000);
    expect(kinds.missing).toBeGreaterThan(150);
  });
});

/** Same reading, whatever order the fields were written in. */
function matches(actual: NumberReading, expected: NumberReading): boolean {
  const sorted = (reading: NumberReading) =>
    JSON.stringify(Object.entries(reading).sort(([a], [b]) => a.localeCompare(b)));
  return sorted(actual) === sorted(expected);
}
