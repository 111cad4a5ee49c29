/** Set up: choosing the plan’s tab and columns, previewing the reading, creating the owned tabs and protecting them. */
import type { Bilingual } from '../../messages';

export const setupStrings = {
  'addon.menu.setup': { en: 'Set up', fr: 'Configurer' },
  'addon.setup.title': { en: 'Set up Throughline', fr: 'Configurer Throughline' },
  'addon.setup.sheet': { en: 'Plan sheet', fr: 'Onglet du plan' },
  'addon.setup.sheetReason': {
    en: 'Chosen because: {reason}',
    fr: 'Choisi parce que\u00a0: {reason}',
  },
  'addon.setup.columns': { en: 'Columns', fr: 'Colonnes' },
  'addon.setup.matched': {
    en: 'matched the header “{header}”',
    fr: 'correspond à l’en-tête «\u00a0{header}\u00a0»',
  },
  'addon.setup.notFound': {
    en: 'not found — pick the column, or leave empty',
    fr: 'introuvable — choisissez la colonne ou laissez vide',
  },
  'addon.setup.none': { en: '(none)', fr: '(aucune)' },
  'addon.setup.read': { en: 'What Throughline read', fr: 'Ce que Throughline a lu' },
  'addon.setup.readLine': { en: '{label}: {text}', fr: '{label}\u00a0: {text}' },
  'addon.setup.noKeyResults': {
    en: 'No key results were read with these choices. Check the header row and the Key result column.',
    fr: 'Aucun résultat clé n’a été lu avec ces choix. Vérifiez la ligne d’en-tête et la colonne Résultat clé.',
  },
  'addon.setup.skipped': {
    en: '{count} {count:row|rows} not read as key results',
    fr: '{count}\u00a0{count:ligne non lue|lignes non lues} comme résultats clés',
  },
  'addon.setup.structure': { en: 'Structure', fr: 'Structure' },
  'addon.setup.headerRow': { en: 'Header row', fr: 'Ligne d’en-tête' },
  'addon.setup.objectivesFrom': { en: 'Objectives come from', fr: 'Les objectifs viennent' },
  'addon.setup.objectives.column': { en: 'the Objective column', fr: 'de la colonne Objectif' },
  'addon.setup.objectives.rows': {
    en: 'rows of their own above their key results ("Objective 2: …", "O2", bold titles)',
    fr: 'de lignes à part au-dessus de leurs résultats clés («\u00a0Objectif 2\u00a0: …\u00a0», «\u00a0O2\u00a0», titres en gras)',
  },
  'addon.setup.objectives.tabs': { en: 'one tab per objective', fr: 'd’un onglet par objectif' },
  'addon.setup.objectives.none': {
    en: 'nowhere: list key results without objectives',
    fr: 'de nulle part\u00a0: lister les résultats clés sans objectif',
  },
  'addon.setup.series': {
    en: 'Current value: the latest value filled in these columns (e.g. Q1–Q4, Fall–Spring, school years)',
    fr: 'Valeur actuelle\u00a0: la dernière valeur inscrite dans ces colonnes (p.\u00a0ex. T1–T3, automne–printemps, années scolaires)',
  },
  'addon.setup.moreSheets': {
    en: 'Also read these tabs, one objective each',
    fr: 'Lire aussi ces onglets, un objectif chacun',
  },
  'addon.setup.preview': { en: 'Show the reading', fr: 'Voir la lecture' },
  'addon.setup.previewHint': {
    en: 'Change anything above, then “Show the reading” to check it before saving. Your plan tab is never changed.',
    fr: 'Modifiez ce qui précède, puis «\u00a0Voir la lecture\u00a0» pour vérifier avant d’enregistrer. L’onglet du plan n’est jamais modifié.',
  },
  'addon.setup.save': { en: 'Save and create tabs', fr: 'Enregistrer et créer les onglets' },
  'addon.setup.saved': {
    en: 'Saved. Tabs ready: {tabs}. Your plan tab was not changed.',
    fr: 'Enregistré. Onglets prêts\u00a0: {tabs}. L’onglet du plan n’a pas été modifié.',
  },
  'addon.setup.autoRefresh': {
    en: 'The dashboard now refreshes every hour and whenever the spreadsheet is opened (Settings turns this off).',
    fr: 'Le tableau de bord s’actualise désormais toutes les heures et à chaque ouverture du classeur (désactivable dans Paramètres).',
  },
  'addon.setup.autoRefreshBusy': {
    en: 'The automatic refresh could not be switched on just now (the spreadsheet was busy): switch it on in Settings.',
    fr: 'L’actualisation automatique n’a pas pu être activée pour l’instant (le classeur était occupé)\u00a0: activez-la dans Paramètres.',
  },
  'addon.setup.sharing': {
    en: 'Sharing with coaches',
    fr: 'Partage avec les conseillères et conseillers',
  },
  'addon.setup.protect': {
    en: 'Protect every tab but Evidence: people I share this spreadsheet with can only add rows to Evidence',
    fr: 'Protéger tous les onglets sauf Preuves\u00a0: les personnes avec qui je partage ce classeur peuvent seulement ajouter des lignes dans Preuves',
  },
  'addon.setup.protectHint': {
    en: 'Only you and the spreadsheet’s owner can then edit the plan and the other tabs; Evidence keeps its column headers. Untick and save to remove these protections.',
    fr: 'Seuls vous et la personne propriétaire du classeur pourrez alors modifier le plan et les autres onglets\u00a0; Preuves garde ses en-têtes de colonnes. Décochez et enregistrez pour retirer ces protections.',
  },
  'addon.setup.protected': {
    en: 'Every tab but Evidence is protected: coaches can only add rows to Evidence.',
    fr: 'Tous les onglets sauf Preuves sont protégés\u00a0: les conseillères et conseillers peuvent seulement ajouter des lignes dans Preuves.',
  },
  'addon.setup.unprotected': {
    en: 'Throughline’s protections were removed (the Dashboard and Summary still warn before an edit).',
    fr: 'Les protections de Throughline ont été retirées (le tableau de bord et le sommaire avertissent toujours avant une modification).',
  },
  'addon.protect.tab': {
    en: 'Protected by Throughline Set up: only the plan’s coordinator edits this tab. Coaches add evidence in the Evidence tab.',
    fr: 'Protégé par la configuration de Throughline\u00a0: seule la coordination du plan modifie cet onglet. Les conseillères et conseillers ajoutent leurs preuves dans l’onglet Preuves.',
  },
  'addon.protect.header': {
    en: 'Protected by Throughline Set up: Throughline reads these column headers.',
    fr: 'Protégé par la configuration de Throughline\u00a0: Throughline lit ces en-têtes de colonnes.',
  },
  'addon.protect.notYours': {
    en: 'Throughline Set up protected these tabs for the person who ran it: {tabs}. Ask them (or the spreadsheet’s owner) to do this, or to untick “Protect every tab but Evidence” in Set up. The Dashboard still refreshes by itself every hour and when the spreadsheet is opened.',
    fr: 'La configuration de Throughline a protégé ces onglets pour la personne qui l’a faite\u00a0: {tabs}. Demandez-lui (ou à la personne propriétaire du classeur) de le faire, ou de décocher «\u00a0Protéger tous les onglets sauf Preuves\u00a0» dans Configurer. Le tableau de bord s’actualise quand même tout seul toutes les heures et à chaque ouverture du classeur.',
  },
  'addon.protect.failed': {
    en: 'The tabs could not be protected: Google lets you restrict a tab only if the spreadsheet is shared with you directly, not through a group. Ask the owner to add you by name, then save Set up again.',
    fr: 'Les onglets n’ont pas pu être protégés\u00a0: Google ne permet de restreindre un onglet que si le classeur vous est partagé directement, et non par un groupe. Demandez à la personne propriétaire de vous ajouter nommément, puis enregistrez de nouveau la configuration.',
  },
  'addon.setup.noPlan': {
    en: 'Put your plan in a tab with a header row (Objective, Key result, Baseline, Target…).',
    fr: 'Placez le plan dans un onglet avec une ligne d’en-têtes (Objectif, Résultat clé, Point de départ, Cible…).',
  },
} as const satisfies Record<string, Bilingual>;
