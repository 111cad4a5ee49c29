/** i18n entries for the core (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const coreStrings = {
  // Choosing the plan sheet
  'sheet.owned': { en: 'a tab Throughline owns, never the plan', fr: 'un onglet géré par Throughline, jamais le plan' },
  'sheet.empty': { en: 'empty', fr: 'vide' },
  'sheet.noHeader': {
    en: 'no header row naming a key result column and a baseline, target or current column in the first 25 rows',
    fr: 'aucune ligne d’en-tête nommant une colonne de résultat clé et une colonne de départ, de cible ou de valeur actuelle dans les 25 premières lignes',
  },
  'sheet.header': { en: 'header on row {row}, {count} plan columns recognized', fr: 'en-tête à la ligne {row}, {count} colonnes du plan reconnues' },
  'error.noPlanTable': { en: 'No plan table found. Sheets looked at: {sheets}.', fr: 'Aucun tableau de plan trouvé. Onglets examinés : {sheets}.' },
  'error.sheetNotFound': { en: 'No sheet named "{sheet}". Sheets in this workbook: {sheets}.', fr: 'Aucun onglet nommé « {sheet} ». Onglets de ce classeur : {sheets}.' },
  'plan.noObjective': { en: '(no objective)', fr: '(sans objectif)' },
  // Reading diagnostics
  'diag.missingColumn': { en: 'No "{field}" column was found; check the column mapping.', fr: 'Aucune colonne « {field} » trouvée; vérifiez la correspondance des colonnes.' },
  'diag.ambiguousColumn': {
    en: 'Column "{header}" also looks like {field}; "{chosen}" is used. Confirm the column mapping.',
    fr: 'La colonne « {header} » ressemble aussi à {field}; « {chosen} » est utilisée. Confirmez la correspondance des colonnes.',
  },
  'diag.unreadableNumber': { en: '"{text}" is not a number; it is read as missing.', fr: '« {text} » n’est pas un nombre; la valeur est considérée comme manquante.' },
  'diag.unreadableDate': { en: '"{text}" is not a date; it is read as missing.', fr: '« {text} » n’est pas une date; la valeur est considérée comme manquante.' },
  'diag.unreadableIndicator': { en: '"{text}" does not say leading or lagging.', fr: '« {text} » n’indique pas si l’indicateur est avancé ou retardé.' },
  'diag.fractionAsPercent': {
    en: '"{title}": a value written as a fraction was read in percent points like its neighbours.',
    fr: '« {title} » : une valeur écrite en fraction a été lue en points de pourcentage comme ses voisines.',
  },
  'diag.noObjective': { en: 'Key result "{title}" has no objective above it.', fr: 'Le résultat clé « {title} » n’a aucun objectif au-dessus de lui.' },
  'diag.valuesWithoutTitle': { en: 'This row has values but no key result title; it was skipped.', fr: 'Cette ligne a des valeurs mais aucun libellé de résultat clé; elle a été ignorée.' },
  'diag.noteIgnored': { en: '"{text}" below the table was read as a note, not an objective.', fr: '« {text} » sous le tableau a été lu comme une note, pas comme un objectif.' },
  'diag.duplicateKeyResult': { en: 'Key result "{title}" appears twice under the same objective.', fr: 'Le résultat clé « {title} » apparaît deux fois sous le même objectif.' },
} satisfies Record<string, Bilingual>;
