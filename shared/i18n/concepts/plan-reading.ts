/** Reading the plan: which tab and header row were chosen, what the reader understood (inspect --explain, Set up), the notes it leaves on cells it could not read, and a workbook with no plan. */
import type { Bilingual } from '../../messages';

export const planReadingStrings = {
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
  /** A tab's name in a list of tabs, quoted as each language quotes. */
  'sheet.quoted': { en: "'{sheet}'", fr: '«\u00a0{sheet}\u00a0»' },
  'sheet.lookedAt': { en: '{sheet} ({reason})', fr: '{sheet} ({reason})' },
  'sheet.lookedAtSeparator': { en: '; ', fr: '\u202f; ' },
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
    fr: 'aucun\u00a0: les résultats clés sont listés sans objectif',
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
    fr: 'devinée par Throughline\u00a0; confirmez-la ou corrigez-la dans Configurer',
  },
  'explain.setBy.coordinator': {
    en: 'confirmed by the coordinator',
    fr: 'confirmée par la coordination',
  },
  'explain.columns': { en: 'Columns:', fr: 'Colonnes\u00a0:' },
  'explain.notFound': { en: '(not found)', fr: '(introuvable)' },
  'explain.skipped': {
    en: 'Rows not read as key results:',
    fr: 'Lignes non lues comme résultats clés\u00a0:',
  },
  'explain.skippedRow': { en: 'row {row}: {why}', fr: 'ligne {row}\u00a0: {why}' },
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
    fr: 'Résultats clés lus (départ → actuel → cible · échéance)\u00a0:',
  },
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
    fr: 'Une autre lecture de la feuille était presque aussi probable (onglet «\u00a0{sheet}\u00a0», en-tête à la ligne {row}\u00a0: {count}\u00a0résultats clés au lieu de {chosen}). Vérifiez la lecture dans Configurer et corrigez-la au besoin.',
  },
  'diag.duplicateKeyResult': {
    en: 'Key result "{title}" appears twice under the same objective.',
    fr: 'Le résultat clé «\u00a0{title}\u00a0» apparaît deux fois sous le même objectif.',
  },
} as const satisfies Record<string, Bilingual>;
