/**
 * Columns that compete with the plan's values (category 5): a hidden duplicate of the target
 * ("Goal (proposed)") beside the visible one, a Status/RAG column, Score and Confidence columns
 * (0.0–1.0), a Notes column full of numbers and a Comments column. None of them is ever read as a
 * key result's value.
 */
import type { Column } from './columns';
import type { FeaturePicker } from './features';
import type { KrModel, PlanContext } from './model';
import { cell } from './sheet-builder';
import { writeValue } from './values';

const STATUS = {
  en: ['On track', 'At risk', 'Off track', 'Green', 'Amber', 'Red', 'Met', 'Not started'],
  fr: [
    'En bonne voie',
    'À surveiller',
    'En retard',
    'Vert',
    'Jaune',
    'Rouge',
    'Atteint',
    'Non commencé',
  ],
};

const NOTES = {
  en: [
    'Met with 12 teachers on 3/4; 2 cohorts',
    'Data as of Jan 15: 3 schools late',
    'Up 4 pts since fall',
    'n = 245 students',
    '2 of 6 PLCs reporting',
    'Moved from 55 to 60 after board review',
  ],
  fr: [
    'Rencontre de 12 enseignants le 3/4; 2 cohortes',
    'Données au 15/01 : 3 écoles en retard',
    'Hausse de 4 points depuis l’automne',
    'n = 245 élèves',
    '2 CAP sur 6 ont transmis',
    'Passé de 55 à 60 après le conseil',
  ],
};

const COMMENTS = {
  en: [
    'Need PD time in February',
    'Principal walkthroughs began in October',
    'Check with assessment office',
    'Great momentum at Maple',
    '',
  ],
  fr: [
    'Prévoir du temps de formation en février',
    'Visites des directions commencées en octobre',
    "Vérifier auprès du service d'évaluation",
    'Belle lancée à l’école des Érables',
    '',
  ],
};

/** Adds the plan's competing columns to `columns` (in place). */
export function addCompetingColumns(
  ctx: PlanContext,
  picker: FeaturePicker,
  columns: Column[],
): void {
  const { rng, language } = ctx;
  const fr = language === 'fr';
  if (picker.maybe('columns:hidden-duplicate', 0.15)) {
    const at = columns.findIndex((c) => c.role === 'target');
    if (at >= 0) {
      const target = columns[at];
      const header =
        typeof target.header === 'string'
          ? `${target.header.replace(/\s*\(.*\)$/, '')} ${fr ? '(proposée)' : '(proposed)'}`
          : fr
            ? 'Cible (proposée)'
            : 'Goal (proposed)';
      const hidden: Column = {
        role: 'hidden',
        header,
        hidden: true,
        group: target.group,
        write: (r) =>
          r.kr.target === null
            ? { v: null }
            : writeValue(r.kr, proposed(r.kr), null, language, rng),
      };
      columns.splice(rng.chance(0.5) ? at : at + 1, 0, hidden);
      picker.mark('columns:hidden-duplicate');
    }
  }
  if (picker.maybe('columns:status', 0.3)) {
    columns.push({
      role: 'status',
      header: rng.pick(fr ? ['Statut', 'État', 'Suivi'] : ['Status', 'RAG', 'On track?']),
      write: () => cell(rng.pick(STATUS[language])),
    });
    picker.mark('columns:status');
  }
  if (picker.maybe('columns:score-confidence', 0.15)) {
    columns.push({ role: 'score', header: 'Score', write: () => cell(rng.int(0, 10) / 10) });
    columns.push({
      role: 'confidence',
      header: fr ? 'Confiance' : rng.pick(['Confidence', 'Confidence level']),
      write: () => cell(rng.int(1, 9) / 10),
    });
    picker.mark('columns:score-confidence');
  }
  if (picker.maybe('columns:notes-numbers', 0.25)) {
    columns.push({
      role: 'notes',
      header: fr ? rng.pick(['Notes', 'Remarques']) : 'Notes',
      write: () => (rng.chance(0.3) ? cell(rng.int(2, 60)) : cell(rng.pick(NOTES[language]))),
    });
    picker.mark('columns:notes-numbers');
  }
  if (picker.maybe('columns:comments', 0.2)) {
    columns.push({
      role: 'comments',
      header: fr ? 'Commentaires' : 'Comments',
      write: () => cell(rng.pick(COMMENTS[language]) || null),
    });
    picker.mark('columns:comments');
  }
}

/** A more ambitious target someone proposed and the team did not keep. */
function proposed(kr: KrModel): number {
  const t = kr.target!;
  const up = kr.baseline === null || t >= kr.baseline;
  const step = kr.measure.kind === 'big' ? 500 : kr.measure.decimals > 0 ? 0.3 : 3;
  const cap =
    kr.style === 'ratio-percent' || kr.measure.kind === 'percent'
      ? 100
      : (kr.measure.total ?? Infinity);
  return Math.max(0, Math.min(cap, Math.round((up ? t + step : t - step) * 10) / 10));
}
