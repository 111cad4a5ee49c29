/** i18n entries for the core (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const coreStrings = {
  // Choosing the plan sheet
  'sheet.owned': {
    en: 'a tab Throughline owns, never the plan',
    fr: 'un onglet géré par Throughline, jamais le plan',
  },
  'sheet.empty': { en: 'empty', fr: 'vide' },
  'sheet.noHeader': {
    en: 'no header row naming a key result column and a baseline, target or current column in the first 25 rows',
    fr: 'aucune ligne d’en-tête nommant une colonne de résultat clé et une colonne de départ, de cible ou de valeur actuelle dans les 25 premières lignes',
  },
  'sheet.ownedNamePlan': {
    en: 'holds a plan but is named like a tab Throughline writes; rename it (e.g. "Plan") so it is read as the plan',
    fr: 'contient un plan mais porte le nom d’un onglet que Throughline écrit\u202f; renommez-le (p. ex. «\u00a0Plan\u00a0») pour qu’il soit lu comme le plan',
  },
  'sheet.headerWithoutRows': {
    en: 'a header-like row on row {row} with no key results under it',
    fr: 'une ligne semblable à un en-tête à la ligne {row}, sans résultat clé en dessous',
  },
  'sheet.header': {
    en: 'header on row {row}, {count} plan {count:column|columns} recognized',
    fr: 'en-tête à la ligne {row}, {count} {count:colonne du plan reconnue|colonnes du plan reconnues}',
  },
  'error.noPlanTable': {
    en: 'No plan table found. Sheets looked at: {sheets}.',
    fr: 'Aucun tableau de plan trouvé. Onglets examinés\u00a0: {sheets}.',
  },
  'error.noSheets': {
    en: 'No plan table found: this workbook has no sheets.',
    fr: 'Aucun tableau de plan trouvé\u00a0: ce classeur n’a aucun onglet.',
  },
  'error.sheetNotFound': {
    en: 'No sheet named "{sheet}". Sheets in this workbook: {sheets}.',
    fr: 'Aucun onglet nommé «\u00a0{sheet}\u00a0». Onglets de ce classeur\u00a0: {sheets}.',
  },
  'plan.noObjective': { en: '(no objective)', fr: '(sans objectif)' },
  // What the reader understood (inspect --explain, Set up)
  'explain.tab': { en: 'Plan tab', fr: 'Onglet du plan' },
  'explain.tabText': { en: '{tabs}, header on row {row}', fr: '{tabs}, en-tête à la ligne {row}' },
  'explain.tabTextRows': {
    en: '{tabs}, header on rows {row} to {last}',
    fr: '{tabs}, en-tête sur les lignes {row} à {last}',
  },
  'explain.objectives': { en: 'Objectives', fr: 'Objectifs' },
  'explain.objectives.column': { en: 'from column {column}', fr: 'tirés de la colonne {column}' },
  'explain.objectives.rows': {
    en: 'from rows of their own above their key results',
    fr: 'tirés de lignes à part, au-dessus de leurs résultats clés',
  },
  'explain.objectives.tabs': { en: 'one tab per objective', fr: 'un onglet par objectif' },
  'explain.objectives.none': {
    en: 'none: key results are listed without objectives',
    fr: 'aucun : les résultats clés sont listés sans objectif',
  },
  'explain.series': { en: 'Current value', fr: 'Valeur actuelle' },
  'explain.seriesText': {
    en: 'the latest value filled in columns {columns}',
    fr: 'la dernière valeur inscrite dans les colonnes {columns}',
  },
  'explain.due': { en: 'Due date (from a header)', fr: 'Échéance (tirée d’un en-tête)' },
  'explain.setBy': { en: 'Reading', fr: 'Lecture' },
  'explain.setBy.reader': {
    en: 'guessed by Throughline; confirm or correct it in Set up',
    fr: 'devinée par Throughline ; confirmez-la ou corrigez-la dans Configurer',
  },
  'explain.setBy.coordinator': {
    en: 'confirmed by the coordinator',
    fr: 'confirmée par la coordination',
  },
  'explain.columns': { en: 'Columns:', fr: 'Colonnes :' },
  'explain.notFound': { en: '(not found)', fr: '(introuvable)' },
  'explain.skipped': {
    en: 'Rows not read as key results:',
    fr: 'Lignes non lues comme résultats clés :',
  },
  'explain.skippedRow': { en: 'row {row}: {why}', fr: 'ligne {row} : {why}' },
  'explain.skip.blank': { en: 'blank', fr: 'vide' },
  'explain.skip.headerRepeat': { en: 'the header repeated', fr: 'l’en-tête répété' },
  'explain.skip.objective': { en: 'an objective', fr: 'un objectif' },
  'explain.skip.note': { en: 'a note', fr: 'une note' },
  'explain.skip.summary': { en: 'a total or average row', fr: 'une ligne de total ou de moyenne' },
  'explain.skip.breakdown': {
    en: 'a per-school breakdown of the key result above',
    fr: 'une ventilation par école du résultat clé au-dessus',
  },
  'explain.skip.actionStep': {
    en: 'an action step, not a key result',
    fr: 'une action, pas un résultat clé',
  },
  'explain.skip.indicatorGroup': {
    en: 'a group label (leading or lagging)',
    fr: 'un intitulé de groupe (avancé ou retardé)',
  },
  'explain.skip.noTitle': {
    en: 'values without a key result title',
    fr: 'des valeurs sans libellé de résultat clé',
  },
  'explain.skip.rationale': { en: 'a rationale line', fr: 'une justification' },
  'explain.preview': {
    en: 'Key results as read (baseline → current → target · due):',
    fr: 'Résultats clés lus (départ → actuel → cible · échéance) :',
  },
  // Reading diagnostics
  'diag.objectiveWithoutHeader': {
    en: 'This column has no header; its words are read as the objectives of the key results beside them.',
    fr: 'Cette colonne n’a pas d’en-tête\u202f; son texte est lu comme l’objectif des résultats clés voisins.',
  },
  'diag.currentFromPeriods': {
    en: 'No "Current" column: each key result\'s current value is the latest one filled in {columns}.',
    fr: 'Aucune colonne «\u00a0Valeur actuelle\u00a0»\u00a0: la valeur actuelle de chaque résultat clé est la plus récente inscrite dans {columns}.',
  },
  'diag.missingColumn': {
    en: 'No "{field}" column was found; check the column mapping.',
    fr: 'Aucune colonne «\u00a0{field}\u00a0» trouvée\u202f; vérifiez la correspondance des colonnes.',
  },
  'diag.ambiguousColumn': {
    en: 'Column "{header}" also looks like {field}; "{chosen}" is used. Confirm the column mapping.',
    fr: 'La colonne «\u00a0{header}\u00a0» ressemble aussi à {field}\u202f; «\u00a0{chosen}\u00a0» est utilisée. Confirmez la correspondance des colonnes.',
  },
  'diag.formulaError': {
    en: 'The formula in this cell fails ({text}); fix it in your sheet. Until then the value is read as missing.',
    fr: 'La formule de cette cellule échoue ({text})\u202f; corrigez-la dans votre feuille. D’ici là, la valeur est considérée comme manquante.',
  },
  'diag.unreadableNumber': {
    en: '"{text}" is not a number; it is read as missing.',
    fr: '«\u00a0{text}\u00a0» n’est pas un nombre\u202f; la valeur est considérée comme manquante.',
  },
  'diag.unreadableDate': {
    en: '"{text}" is not a date; it is read as missing.',
    fr: '«\u00a0{text}\u00a0» n’est pas une date\u202f; la valeur est considérée comme manquante.',
  },
  'diag.unreadableIndicator': {
    en: '"{text}" does not say leading or lagging.',
    fr: '«\u00a0{text}\u00a0» n’indique pas si l’indicateur est avancé ou retardé.',
  },
  'diag.fractionAsPercent': {
    en: '"{title}": a value written as a fraction was read in percent points like its neighbours.',
    fr: '«\u00a0{title}\u00a0»\u00a0: une valeur écrite en fraction a été lue en points de pourcentage comme ses voisines.',
  },
  'diag.noObjective': {
    en: 'Key result "{title}" has no objective above it.',
    fr: 'Le résultat clé «\u00a0{title}\u00a0» n’a aucun objectif au-dessus de lui.',
  },
  'diag.valuesWithoutTitle': {
    en: 'This row has values but no key result title; it was skipped.',
    fr: 'Cette ligne a des valeurs mais aucun libellé de résultat clé\u202f; elle a été ignorée.',
  },
  'diag.noteIgnored': {
    en: '"{text}" below the table was read as a note, not an objective.',
    fr: '«\u00a0{text}\u00a0» sous le tableau a été lu comme une note, pas comme un objectif.',
  },
  'diag.closeReading': {
    en: 'Another reading of the sheet was almost as likely (tab "{sheet}", header on row {row}: {count} key results instead of {chosen}). Check the reading in Set up and correct it if needed.',
    fr: 'Une autre lecture de la feuille était presque aussi probable (onglet « {sheet} », en-tête à la ligne {row} : {count} résultats clés au lieu de {chosen}). Vérifiez la lecture dans Configurer et corrigez-la au besoin.',
  },
  'diag.duplicateKeyResult': {
    en: 'Key result "{title}" appears twice under the same objective.',
    fr: 'Le résultat clé «\u00a0{title}\u00a0» apparaît deux fois sous le même objectif.',
  },
  // Plan health
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
  // Key result statuses, for every host (the Dashboard, the Summary, the CLI, the local page)
  'status.no-data': { en: 'No data yet', fr: 'Pas encore de données' },
  'status.achieved': { en: 'Achieved', fr: 'Atteint' },
  'status.on-track': { en: 'On track', fr: 'En bonne voie' },
  'status.at-risk': { en: 'At risk', fr: 'À surveiller' },
  'status.off-track': { en: 'Off track', fr: 'En retard' },
  // Command line
  'cli.usage': {
    en: 'Usage: npm run cli -- inspect FILE [--sheet NAME] [--map MAP.json] [--explain] [--today YYYY-MM-DD] [--json] [--lang en|fr]',
    fr: 'Utilisation\u00a0: npm run cli -- inspect FICHIER [--sheet NOM] [--map LECTURE.json] [--explain] [--today AAAA-MM-JJ] [--json] [--lang en|fr]',
  },
  'cli.mapNotFound': {
    en: 'Reading file not found: {path}',
    fr: 'Fichier de lecture introuvable\u00a0: {path}',
  },
  'cli.badMap': {
    en: '{path} is not a plan reading Throughline understands ({error}). Start from the "map" printed by inspect --json --explain.',
    fr: '{path} n’est pas une lecture de plan que Throughline comprend ({error}). Partez de la «\u00a0map\u00a0» qu’affiche inspect --json --explain.',
  },
  'cli.badToday': {
    en: '--today must be a date written YYYY-MM-DD, not "{value}".',
    fr: '--today doit être une date écrite AAAA-MM-JJ, pas «\u00a0{value}\u00a0».',
  },
  'cli.fileNotFound': { en: 'File not found: {path}', fr: 'Fichier introuvable\u00a0: {path}' },
  'cli.notSpreadsheet': {
    en: 'Not a spreadsheet Throughline can read (.xlsx or .csv): {path}',
    fr: 'Ce n’est pas un classeur que Throughline peut lire (.xlsx ou .csv)\u00a0: {path}',
  },
  'cli.header.objective': { en: 'Objective', fr: 'Objectif' },
  'cli.header.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'cli.header.values': { en: 'Baseline → current → target', fr: 'Départ → actuel → cible' },
  'cli.header.progress': { en: 'Progress', fr: 'Progression' },
  'cli.header.status': { en: 'Status', fr: 'Statut' },
  'cli.planFrom': {
    en: 'Plan read from sheet "{sheet}" (header on row {row}), today = {today}',
    fr: 'Plan lu dans l’onglet «\u00a0{sheet}\u00a0» (en-tête à la ligne {row}), aujourd’hui = {today}',
  },
  'cli.findings': { en: 'Plan health ({count})', fr: 'Santé du plan ({count})' },
  'cli.noFindings': { en: 'No plan-health findings.', fr: 'Aucun constat sur la santé du plan.' },
  'cli.diagnostics': { en: 'Reading notes ({count})', fr: 'Notes de lecture ({count})' },
  // Finding and reading-note severities, for every host
  'severity.error': { en: 'Fix', fr: 'À corriger' },
  'severity.warning': { en: 'Check', fr: 'À vérifier' },
  'severity.info': { en: 'Note', fr: 'À noter' },
} as const satisfies Record<string, Bilingual>;
