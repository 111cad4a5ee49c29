/** The command line: inspect’s table and errors, and npm start’s usage, startup lines and argument errors. */
import type { Bilingual } from '../../messages';

export const commandLineStrings = {
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
  'local.started': {
    en: 'Throughline is serving {file} at {url}',
    fr: 'Throughline affiche {file} à l’adresse {url}',
  },
  'local.endpoint': {
    en: 'Extension endpoint: {endpoint}',
    fr: 'Adresse pour l’extension\u00a0: {endpoint}',
  },
  'local.stop': { en: 'Press Ctrl+C to stop.', fr: 'Appuyez sur Ctrl+C pour arrêter.' },
  'local.missingFile': { en: 'No such file: {file}', fr: 'Fichier introuvable\u00a0: {file}' },
  'local.notSpreadsheet': {
    en: '{file} is not an .xlsx spreadsheet: save it from Excel, Google Sheets or LibreOffice as .xlsx and try again.',
    fr: '{file} n’est pas un classeur .xlsx\u00a0: enregistrez-le au format .xlsx depuis Excel, Google Sheets ou LibreOffice, puis réessayez.',
  },
  'local.portBusy': {
    en: 'Port {port} is already in use: stop the other program or run with --port OTHER_PORT (or PORT=…).',
    fr: 'Le port {port} est déjà utilisé\u00a0: arrêtez l’autre programme ou relancez avec --port AUTRE_PORT (ou PORT=…).',
  },
  'local.inUse': {
    en: '{file} is already being served by another Throughline window: use that one, or stop it first.',
    fr: '{file} est déjà ouvert dans une autre fenêtre Throughline\u00a0: utilisez celle-ci ou fermez-la d’abord.',
  },
  'local.startUsage': {
    en: 'Usage: npm start -- [PLAN.xlsx|PLAN.csv] [--port N] [--connect NAME] [--coaches] [--revoke NAME] [--remove-clip ID] [--locale en|fr] [--today YYYY-MM-DD]',
    fr: 'Utilisation\u00a0: npm start -- [PLAN.xlsx|PLAN.csv] [--port N] [--connect NOM] [--coaches] [--revoke NOM] [--remove-clip ID] [--locale en|fr] [--today AAAA-MM-JJ]',
  },
  'local.badPort': { en: 'Not a port number: {port}', fr: 'Numéro de port invalide\u00a0: {port}' },
} as const satisfies Record<string, Bilingual>;
