/**
 * The tabs Throughline owns in the coordinator's workbook: each tab's name (tab.<tab>), each column's
 * header (tab.<tab>.<column>) and the note that explains the column (tab.<tab>.<column>.note). The
 * headers are also what readers match, in either language, so a header is never reworded lightly.
 */
import type { Bilingual } from '../../messages';

export const ownedTabStrings = {
  'tab.evidence': { en: 'Evidence', fr: 'Preuves' },
  'tab.evidence.id': { en: 'Clip ID', fr: 'ID de l’extrait' },
  'tab.evidence.id.note': {
    en: 'Made by the clipper; used to never write the same clip twice.',
    fr: 'Créé par l’extension\u202f; évite d’écrire deux fois le même extrait.',
  },
  'tab.evidence.capturedAt': { en: 'Captured at', fr: 'Capturé le' },
  'tab.evidence.capturedAt.note': {
    en: 'When the coach clipped it.',
    fr: 'Moment où la conseillère ou le conseiller l’a capturé.',
  },
  'tab.evidence.keyResultId': { en: 'Key result ID', fr: 'ID du résultat clé' },
  'tab.evidence.keyResultId.note': {
    en: 'Stable link to the key result; survives sorting and rewording.',
    fr: 'Lien stable vers le résultat clé\u202f; résiste au tri et à la reformulation.',
  },
  'tab.evidence.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'tab.evidence.keyResult.note': {
    en: 'The key result’s wording when the clip arrived.',
    fr: 'Le libellé du résultat clé à l’arrivée de l’extrait.',
  },
  'tab.evidence.school': { en: 'School', fr: 'École' },
  'tab.evidence.school.note': {
    en: 'School the evidence comes from.',
    fr: 'École d’où vient la preuve.',
  },
  'tab.evidence.practice': { en: 'Practice', fr: 'Pratique' },
  'tab.evidence.practice.note': {
    en: 'The school’s selected high-impact practice.',
    fr: 'La pratique à fort impact choisie par l’école.',
  },
  'tab.evidence.type': { en: 'Evidence type', fr: 'Type de preuve' },
  'tab.evidence.type.note': {
    en: 'Observation, teacher reflection, student work, PLC meeting, coaching cycle, PD session, other.',
    fr: 'Observation, réflexion d’enseignant, travail d’élève, CAP, cycle d’accompagnement, formation, autre.',
  },
  'tab.evidence.stage': { en: 'Implementation stage', fr: 'Stade de mise en œuvre' },
  'tab.evidence.stage.note': {
    en: 'Not yet, awareness, mechanical, routine, proficient.',
    fr: 'Pas encore, sensibilisation, mécanique, routine, maîtrise.',
  },
  'tab.evidence.quote': { en: 'Quote', fr: 'Extrait' },
  'tab.evidence.quote.note': {
    en: 'The passage clipped. Do not include student names.',
    fr: 'Le passage capturé. N’incluez pas de noms d’élèves.',
  },
  'tab.evidence.note': { en: 'Note', fr: 'Note' },
  'tab.evidence.note.note': {
    en: 'The coach’s note.',
    fr: 'La note de la conseillère ou du conseiller.',
  },
  'tab.evidence.sourceTitle': { en: 'Source title', fr: 'Titre de la source' },
  'tab.evidence.sourceTitle.note': {
    en: 'Title of the page or document.',
    fr: 'Titre de la page ou du document.',
  },
  'tab.evidence.sourceUrl': { en: 'Source URL', fr: 'URL de la source' },
  'tab.evidence.sourceUrl.note': {
    en: 'Where the passage was clipped.',
    fr: 'Adresse de la page capturée.',
  },
  'tab.evidence.heading': { en: 'Section', fr: 'Section' },
  'tab.evidence.heading.note': {
    en: 'Nearest heading above the passage.',
    fr: 'Titre le plus proche au-dessus du passage.',
  },
  'tab.evidence.coach': { en: 'Coach', fr: 'Conseiller·ère' },
  'tab.evidence.coach.note': {
    en: 'Who sent it (from the pairing).',
    fr: 'Qui l’a envoyé (selon la connexion).',
  },
  'tab.evidence.receivedAt': { en: 'Received at', fr: 'Reçu le' },
  'tab.evidence.receivedAt.note': {
    en: 'When the sheet received it.',
    fr: 'Moment où la feuille l’a reçu.',
  },
  'tab.checkIns': { en: 'Check-ins', fr: 'Suivis' },
  'tab.checkIns.keyResultId': { en: 'Key result ID', fr: 'ID du résultat clé' },
  'tab.checkIns.keyResultId.note': {
    en: 'Stable link to the key result.',
    fr: 'Lien stable vers le résultat clé.',
  },
  'tab.checkIns.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'tab.checkIns.keyResult.note': {
    en: 'The key result’s wording at check-in time.',
    fr: 'Le libellé du résultat clé au moment du suivi.',
  },
  'tab.checkIns.date': { en: 'Date', fr: 'Date' },
  'tab.checkIns.date.note': { en: 'Date of the measurement.', fr: 'Date de la mesure.' },
  'tab.checkIns.value': { en: 'Value', fr: 'Valeur' },
  'tab.checkIns.value.note': {
    en: 'The measured value, on the same scale as the plan.',
    fr: 'La valeur mesurée, à la même échelle que le plan.',
  },
  'tab.checkIns.confidence': { en: 'Confidence (1-5)', fr: 'Confiance (1-5)' },
  'tab.checkIns.confidence.note': {
    en: 'How confident the team is of reaching the target.',
    fr: 'Confiance de l’équipe d’atteindre la cible.',
  },
  'tab.checkIns.comment': { en: 'Comment', fr: 'Commentaire' },
  'tab.checkIns.comment.note': { en: 'What changed and why.', fr: 'Ce qui a changé et pourquoi.' },
  'tab.checkIns.by': { en: 'Recorded by', fr: 'Saisi par' },
  'tab.checkIns.by.note': { en: 'Who recorded it.', fr: 'Qui l’a saisi.' },
  'tab.schools': { en: 'Schools', fr: 'Écoles' },
  'tab.schools.school': { en: 'School', fr: 'École' },
  'tab.schools.school.note': { en: 'One row per school.', fr: 'Une ligne par école.' },
  'tab.schools.practice': { en: 'Practice', fr: 'Pratique' },
  'tab.schools.practice.note': {
    en: 'The one high-impact practice the school selected.',
    fr: 'La pratique à fort impact choisie par l’école.',
  },
  'tab.schools.principal': { en: 'Principal', fr: 'Direction' },
  'tab.schools.principal.note': { en: 'Principal’s name.', fr: 'Nom de la direction.' },
  'tab.schools.coach': { en: 'Coach', fr: 'Conseiller·ère' },
  'tab.schools.coach.note': {
    en: 'Coach(es) assigned; separate several with ";".',
    fr: 'Conseillers assignés\u202f; séparez-les par «\u00a0;\u00a0».',
  },
  'tab.supports': { en: 'Supports', fr: 'Soutiens' },
  'tab.supports.kind': { en: 'Kind', fr: 'Genre' },
  'tab.supports.kind.note': {
    en: 'pd (PD session or multi-day cycle), coaching (coaching cycle), plc (PLC routine).',
    fr: 'pd (formation ou cycle de plusieurs jours), coaching (cycle d’accompagnement), plc (routine de CAP).',
  },
  'tab.supports.title': { en: 'Title', fr: 'Titre' },
  'tab.supports.title.note': {
    en: 'What it is, e.g. "Fractions PD Day 2".',
    fr: 'Ce que c’est, p. ex. «\u00a0Formation fractions, jour 2\u00a0».',
  },
  'tab.supports.start': { en: 'Start', fr: 'Début' },
  'tab.supports.start.note': { en: 'First date.', fr: 'Première date.' },
  'tab.supports.end': { en: 'End', fr: 'Fin' },
  'tab.supports.end.note': {
    en: 'Last date (same as start for one day).',
    fr: 'Dernière date (identique au début pour une journée).',
  },
  'tab.supports.objective': { en: 'Objective served', fr: 'Objectif visé' },
  'tab.supports.objective.note': {
    en: 'The plan objective this support serves.',
    fr: 'L’objectif du plan que ce soutien sert.',
  },
  'tab.supports.schools': { en: 'Schools', fr: 'Écoles' },
  'tab.supports.schools.note': {
    en: 'Schools taking part; separate with ";" or leave blank for all.',
    fr: 'Écoles participantes\u202f; séparez par «\u00a0;\u00a0» ou laissez vide pour toutes.',
  },
  'tab.supports.facilitator': { en: 'Facilitator', fr: 'Animation' },
  'tab.supports.facilitator.note': { en: 'Who leads it.', fr: 'Qui l’anime.' },
  'tab.supports.status': { en: 'Status', fr: 'Statut' },
  'tab.supports.status.note': { en: 'planned or held.', fr: 'planned (prévu) ou held (tenu).' },
  'tab.dashboard': { en: 'Dashboard', fr: 'Tableau de bord' },
  'tab.summary': { en: 'Summary', fr: 'Sommaire' },
} as const satisfies Record<string, Bilingual>;
