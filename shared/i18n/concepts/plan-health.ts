/** Plan health: the findings about the plan’s coherence, their severity words, and where every host lists them. */
import type { Bilingual } from '../../messages';

export const planHealthStrings = {
  'health.focus': {
    en: 'The plan has {count} objectives. Doing less, better: keep {max} or fewer.',
    fr: 'Le plan compte {count} objectifs. Faire moins, mais mieux\u00a0: gardez-en {max} au plus.',
  },
  'health.leading': {
    en: 'Objective "{objective}" has no leading key result; add one you can see change weekly.',
    fr: 'L’objectif «\u00a0{objective}\u00a0» n’a aucun résultat clé avancé\u202f; ajoutez-en un dont l’évolution se voit chaque semaine.',
  },
  'health.leadingUnknown': {
    en: 'Objective "{objective}" has no key result marked leading; mark which ones are leading or lagging.',
    fr: 'L’objectif «\u00a0{objective}\u00a0» n’a aucun résultat clé indiqué comme avancé\u202f; précisez lesquels sont avancés ou retardés.',
  },
  'health.measurable': {
    en: 'Key result "{keyResult}" is missing: {missing}.',
    fr: 'Il manque au résultat clé «\u00a0{keyResult}\u00a0»\u00a0: {missing}.',
  },
  'health.outcomesFirstObjective': {
    en: 'Objective "{title}" names a tool or activity, not the student outcome it serves.',
    fr: 'L’objectif «\u00a0{title}\u00a0» nomme un outil ou une activité, pas le résultat attendu chez les élèves.',
  },
  'health.outcomesFirstKeyResult': {
    en: 'Key result "{title}" names a tool or activity, not the student outcome it serves.',
    fr: 'Le résultat clé «\u00a0{title}\u00a0» nomme un outil ou une activité, pas le résultat attendu chez les élèves.',
  },
  'health.singleOwner': {
    en: 'Key result "{keyResult}" rests on one owner ({owner}); name a second person.',
    fr: 'Le résultat clé «\u00a0{keyResult}\u00a0» repose sur une seule personne ({owner})\u202f; nommez-en une deuxième.',
  },
  'health.noOwner': {
    en: 'Key result "{keyResult}" has no owner.',
    fr: 'Le résultat clé «\u00a0{keyResult}\u00a0» n’a aucun responsable.',
  },
  'health.noCoach': {
    en: 'School "{school}" has no coach assigned.',
    fr: 'Aucun conseiller ni aucune conseillère n’est assigné à l’école «\u00a0{school}\u00a0».',
  },
  'health.noPractice': {
    en: 'School "{school}" has not selected a practice.',
    fr: 'L’école «\u00a0{school}\u00a0» n’a pas choisi de pratique.',
  },
  'health.supportNoObjective': {
    en: 'Support "{support}" is not tied to any objective.',
    fr: 'Le soutien «\u00a0{support}\u00a0» n’est lié à aucun objectif.',
  },
  'health.supportUnknownObjective': {
    en: 'Support "{support}" serves "{objective}", which is not an objective of the plan.',
    fr: 'Le soutien «\u00a0{support}\u00a0» sert «\u00a0{objective}\u00a0», qui n’est pas un objectif du plan.',
  },
  'health.keyResultNoEvidence': {
    en: 'Key result "{keyResult}" has no evidence in the last {days} days.',
    fr: 'Le résultat clé «\u00a0{keyResult}\u00a0» n’a reçu aucune preuve au cours des {days} derniers jours.',
  },
  'health.schoolNoEvidence': {
    en: 'School "{school}" has no evidence in the last {days} days.',
    fr: 'L’école «\u00a0{school}\u00a0» n’a fourni aucune preuve au cours des {days} derniers jours.',
  },
  'health.unknownSchool': {
    en: 'Evidence names school "{school}" (first on row {row}; {count} in all), which is not in the {tab} tab: the Dashboard counts it for no school. Add the school to the {tab} tab or correct the name on the evidence.',
    fr: 'Des preuves nomment l’école «\u00a0{school}\u00a0» (d’abord à la ligne {row}\u202f; {count} en tout), qui n’est pas dans l’onglet {tab}\u00a0: le tableau de bord ne les compte pour aucune école. Ajoutez l’école à l’onglet {tab} ou corrigez le nom sur les preuves.',
  },
  'health.orphanedEvidence': {
    en: 'Evidence on row {row} points at key result "{keyResult}", which is no longer in the plan (reworded or deleted?).',
    fr: 'La preuve de la ligne {row} renvoie au résultat clé «\u00a0{keyResult}\u00a0», qui n’est plus dans le plan (reformulé ou supprimé\u202f?).',
  },
  'health.orphanedCheckIn': {
    en: 'Check-in on row {row} points at key result "{keyResult}", which is no longer in the plan (reworded or deleted?).',
    fr: 'Le suivi de la ligne {row} renvoie au résultat clé «\u00a0{keyResult}\u00a0», qui n’est plus dans le plan (reformulé ou supprimé\u202f?).',
  },
  'cli.findings': { en: 'Plan health ({count})', fr: 'Santé du plan ({count})' },
  'cli.noFindings': { en: 'No plan-health findings.', fr: 'Aucun constat sur la santé du plan.' },
  'cli.diagnostics': { en: 'Reading notes ({count})', fr: 'Notes de lecture ({count})' },
  'severity.error': { en: 'Fix', fr: 'À corriger' },
  'severity.warning': { en: 'Check', fr: 'À vérifier' },
  'severity.info': { en: 'Note', fr: 'À noter' },
  'addon.dashboard.findingsTitle': { en: 'Plan health ({n})', fr: 'Santé du plan ({n})' },
  'addon.dashboard.findingsNone': {
    en: 'No plan-health findings: the plan is coherent.',
    fr: 'Aucun constat\u00a0: le plan est cohérent.',
  },
  'addon.dashboard.findingsMore': {
    en: '…and {n} more {n:finding|findings} like the ones above: see Extensions → Throughline → Plan health.',
    fr: '…et {n} {n:autre constat semblable|autres constats semblables} à ceux ci-dessus\u00a0: voir Extensions → Throughline → Santé du plan.',
  },
  'addon.dashboard.goToCell': { en: 'Go to {cell} ↗', fr: 'Aller à {cell} ↗' },
  'addon.dashboard.cellIn': { en: '{tab}, cell {cell}', fr: '{tab}, cellule {cell}' },
  'addon.dashboard.finding': { en: '{severity}: {message}', fr: '{severity}\u00a0: {message}' },
  'addon.menu.health': { en: 'Plan health', fr: 'Santé du plan' },
  'addon.health.none': {
    en: 'No plan-health findings: the plan is coherent.',
    fr: 'Aucun constat\u00a0: le plan est cohérent.',
  },
  'addon.health.title': {
    en: 'Plan health: {n} {n:finding|findings}',
    fr: 'Santé du plan\u00a0: {n} {n:constat|constats}',
  },
  'addon.health.goTo': { en: 'Show', fr: 'Voir' },
} as const satisfies Record<string, Bilingual>;
