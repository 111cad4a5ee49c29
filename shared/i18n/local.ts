/** i18n entries for the web-app protocol service and local mode (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const localStrings = {
  'protocol.badRequest': {
    en: 'The request could not be read ({detail}). Update the Throughline extension and try again.',
    fr: 'La requête est illisible ({detail}). Mettez à jour l’extension Throughline et réessayez.',
  },
  'protocol.unauthorized': {
    en: 'This connection code is not recognised by the plan. Ask your coordinator for a new connection code.',
    fr: 'Ce code de connexion n’est pas reconnu par le plan. Demandez un nouveau code de connexion à votre coordonnateur ou coordonnatrice.',
  },
  'protocol.revoked': {
    en: 'Your connection to this plan was revoked. Ask your coordinator for a new connection code.',
    fr: 'Votre connexion à ce plan a été révoquée. Demandez un nouveau code de connexion à votre coordonnateur ou coordonnatrice.',
  },
  'protocol.busy': {
    en: 'The plan is busy saving other evidence. Nothing was written; your clips will be sent again shortly.',
    fr: 'Le plan enregistre d’autres preuves. Rien n’a été écrit\u202f; vos extraits seront renvoyés sous peu.',
  },
  'protocol.noPlan': {
    en: 'No plan table was found in this workbook. Ask your coordinator to check the plan set-up.',
    fr: 'Aucun tableau de plan n’a été trouvé dans ce classeur. Demandez à votre coordonnateur ou coordonnatrice de vérifier la configuration du plan.',
  },
  'protocol.tooLarge': {
    en: 'The passage of this clip is {length} characters long; a passage holds {max} characters at most. Shorten the passage.',
    fr: 'Le passage de cet extrait compte {length} caractères\u202f; un passage en contient au plus {max}. Raccourcissez le passage.',
  },
  'protocol.noteTooLarge': {
    en: 'The note of this clip is {length} characters long; a note holds {max} characters at most. Shorten the note.',
    fr: 'La note de cet extrait compte {length} caractères\u202f; une note en contient au plus {max}. Raccourcissez la note.',
  },
  'protocol.requestTooLarge': {
    en: 'The request is larger than {max}: send fewer clips at a time.',
    fr: 'La requête dépasse {max}\u00a0: envoyez moins d’extraits à la fois.',
  },
  'protocol.unknownKeyResult': {
    en: 'The key result of this clip is no longer in the plan (it may have been reworded or deleted). Choose a key result again and resend.',
    fr: 'Le résultat clé de cet extrait n’est plus dans le plan (il a peut-être été reformulé ou supprimé). Choisissez de nouveau un résultat clé et renvoyez.',
  },
  'protocol.unknownSchool': {
    en: 'Saved, but the school "{school}" is not in the plan’s Schools tab, so the Dashboard counts this clip for no school. Choose a school from the list next time, or ask your coordinator to add it.',
    fr: 'Enregistré, mais l’école «\u00a0{school}\u00a0» n’est pas dans l’onglet Écoles du plan\u00a0: le tableau de bord ne compte cet extrait pour aucune école. Choisissez une école dans la liste la prochaine fois, ou demandez à votre coordonnateur ou coordonnatrice de l’ajouter.',
  },
  'protocol.invalidItem': {
    en: 'This clip is incomplete or malformed ({detail}).',
    fr: 'Cet extrait est incomplet ou mal formé ({detail}).',
  },
  'protocol.clipFailed': {
    en: 'The spreadsheet could not take these clips just now. Nothing was written: they stay in your outbox and will be sent again.',
    fr: 'Le classeur n’a pas pu recevoir ces extraits pour l’instant. Rien n’a été écrit\u202f: ils restent dans votre boîte d’envoi et seront renvoyés.',
  },
  'protocol.internal': {
    en: 'The plan could not be saved ({detail}). Nothing was written; try again.',
    fr: 'Le plan n’a pas pu être enregistré ({detail}). Rien n’a été écrit\u202f; réessayez.',
  },
  'local.started': {
    en: 'Throughline is serving {file} at {url}',
    fr: 'Throughline affiche {file} à l’adresse {url}',
  },
  'local.endpoint': {
    en: 'Extension endpoint: {endpoint}',
    fr: 'Adresse pour l’extension\u00a0: {endpoint}',
  },
  'local.connectionCode': {
    en: 'Connection code for {coach} (paste it into the Throughline extension; shown once):',
    fr: 'Code de connexion pour {coach} (à coller dans l’extension Throughline\u202f; affiché une seule fois)\u00a0:',
  },
  'local.createdDemo': {
    en: 'Created the demo workbook {file}.',
    fr: 'Classeur de démonstration {file} créé.',
  },
  'local.refreshed': {
    en: 'Dashboard and Summary refreshed ({keyResults} key {keyResults:result|results}, {evidence} {evidence:piece|pieces} of evidence).',
    fr: 'Tableau de bord et Sommaire actualisés ({keyResults} {keyResults:résultat clé|résultats clés}, {evidence} {evidence:preuve|preuves}).',
  },
  'local.stop': {
    en: 'Press Ctrl+C to stop.',
    fr: 'Appuyez sur Ctrl+C pour arrêter.',
  },
  'local.missingFile': {
    en: 'No such file: {file}',
    fr: 'Fichier introuvable\u00a0: {file}',
  },
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
  'local.revokedWhileServing': {
    en: 'The Throughline window serving {file} refuses their requests within a few seconds.',
    fr: 'La fenêtre Throughline qui sert {file} refuse leurs requêtes d’ici quelques secondes.',
  },
  'local.heldByOffice': {
    en: '{file} is open in LibreOffice or Excel: new clips are kept in its journal and go into the workbook once it is closed there.',
    fr: '{file} est ouvert dans LibreOffice ou Excel\u00a0: les nouveaux extraits sont gardés dans son journal et entreront dans le classeur une fois celui-ci fermé.',
  },
  'local.saveDeferred': {
    en: '{file} could not be saved yet ({detail}): its clips are kept in the journal and saved at the next try.',
    fr: '{file} n’a pas encore pu être enregistré ({detail})\u00a0: ses extraits sont gardés dans le journal et enregistrés au prochain essai.',
  },
  'local.howToConnect': {
    en: 'No connection code printed for your workbook: to connect a coach, stop (Ctrl+C) and run npm start -- {file} --connect "Coach name".',
    fr: 'Aucun code de connexion affiché pour votre classeur\u00a0: pour connecter un·e conseiller·ère, arrêtez (Ctrl+C) et lancez npm start -- {file} --connect suivi du nom entre guillemets.',
  },
  'local.howToManage': {
    en: 'Coaches connected: {count}. In another terminal, npm start -- {file} --coaches lists them and npm start -- {file} --revoke "Name" disconnects one, while this window keeps running.',
    fr: 'Conseillers·ères connecté·e·s\u00a0: {count}. Dans un autre terminal, npm start -- {file} --coaches les liste et npm start -- {file} --revoke suivi d’un nom en déconnecte un·e, pendant que cette fenêtre continue.',
  },
  'local.startUsage': {
    en: 'Usage: npm start -- [PLAN.xlsx|PLAN.csv] [--port N] [--connect NAME] [--coaches] [--revoke NAME] [--remove-clip ID] [--locale en|fr] [--today YYYY-MM-DD]',
    fr: 'Utilisation\u00a0: npm start -- [PLAN.xlsx|PLAN.csv] [--port N] [--connect NOM] [--coaches] [--revoke NOM] [--remove-clip ID] [--locale en|fr] [--today AAAA-MM-JJ]',
  },
  'local.badPort': {
    en: 'Not a port number: {port}',
    fr: 'Numéro de port invalide\u00a0: {port}',
  },
  'local.noPlan': {
    en: '{file}: {detail} The file was left as it was. Add a plan table (one row per key result, with columns such as Objective, Key result, Baseline, Target, Due), or run npm start with no file to see an example.',
    fr: '{file}\u00a0: {detail} Le fichier n’a pas été modifié. Ajoutez un tableau de plan (une ligne par résultat clé, avec des colonnes comme Objectif, Résultat clé, Point de départ, Cible, Échéance), ou lancez npm start sans fichier pour voir un exemple.',
  },
  'local.csvCopied': {
    en: 'A .csv holds a single tab, and Throughline adds Evidence, Dashboard and Summary tabs: it copied {csv} into {xlsx} and works on that. Next time run: npm start -- {xlsxArg}',
    fr: 'Un .csv ne contient qu’un onglet, et Throughline ajoute les onglets Preuves, Tableau de bord et Sommaire\u00a0: {csv} a été copié dans {xlsx}, sur lequel Throughline travaille. La prochaine fois, lancez\u00a0: npm start -- {xlsxArg}',
  },
  'local.csvHasXlsx': {
    en: 'A .csv holds a single tab, so Throughline works on an .xlsx copy, and {xlsx} already exists beside {csv}. Run npm start -- {xlsxArg} (or move that file away to copy {csv} again).',
    fr: 'Un .csv ne contient qu’un onglet\u202f; Throughline travaille donc sur une copie .xlsx, et {xlsx} existe déjà à côté de {csv}. Lancez npm start -- {xlsxArg} (ou déplacez ce fichier pour copier {csv} de nouveau).',
  },
  'local.demoCoach': {
    en: 'Demo coach',
    fr: 'Conseiller·ère de démonstration',
  },
  'local.backup': {
    en: 'Kept a copy of your workbook as it was, in {file} (made once, before Throughline first saves it).',
    fr: 'Une copie de votre classeur tel qu’il était a été conservée dans {file} (faite une fois, avant le premier enregistrement par Throughline).',
  },
  'local.revoked': {
    en: 'Revoked {count} {count:connection|connections} for {coach}: their extension can no longer send evidence to this workbook.',
    fr: '{count} {count:connexion révoquée|connexions révoquées} pour {coach}\u00a0: son extension ne peut plus envoyer de preuves à ce classeur.',
  },
  'local.notSaved': {
    en: 'Could not save {file}: another program saved it each time ({attempts} tries), so nothing was changed. Close the program that has it open and run the command again.',
    fr: 'Impossible d’enregistrer {file}\u00a0: un autre programme l’a enregistré à chaque fois ({attempts} essais), rien n’a donc été modifié. Fermez le programme qui l’a ouvert et relancez la commande.',
  },
  'local.noSuchClip': {
    en: 'No clip with the id "{id}" is in {file} or its journal; nothing was removed. Clip ids are in the first column of the Evidence tab.',
    fr: 'Aucun extrait d’identifiant «\u00a0{id}\u00a0» dans {file} ni dans son journal\u202f; rien n’a été retiré. Les identifiants sont dans la première colonne de l’onglet Preuves.',
  },
  'local.clipRemoved': {
    en: 'Removed clip {id} from {file} for good: Throughline will not put it back, even if a coach sends it again.',
    fr: 'Extrait {id} retiré de {file} pour de bon\u00a0: Throughline ne le remettra pas, même si une conseillère ou un conseiller le renvoie.',
  },
  'local.clipRemovedWhileServing': {
    en: 'Clip {id} is marked as removed for good: the Throughline window serving {file} takes it out of the workbook within a few seconds.',
    fr: 'L’extrait {id} est marqué comme retiré pour de bon\u00a0: la fenêtre Throughline qui sert {file} le retire du classeur d’ici quelques secondes.',
  },
  'local.clipRemovedLater': {
    en: 'Clip {id} is marked as removed for good all the same: it leaves the workbook the next time Throughline opens it.',
    fr: 'L’extrait {id} est tout de même marqué comme retiré pour de bon\u00a0: il quittera le classeur la prochaine fois que Throughline l’ouvrira.',
  },
  'local.noSuchCoach': {
    en: 'No coach named "{coach}" is connected to {file}; nothing was revoked. To list its coaches: {listCommand}',
    fr: 'Aucune conseillère ni aucun conseiller nommé «\u00a0{coach}\u00a0» n’est connecté à {file}\u202f; rien n’a été révoqué. Pour afficher la liste\u00a0: {listCommand}',
  },
  'local.coachLine': {
    en: '{coach} — connected {created}{revoked}',
    fr: '{coach} — connexion le {created}{revoked}',
  },
  'local.coachRevokedSuffix': { en: ', revoked {revoked}', fr: ', révoquée le {revoked}' },
  'local.noCoaches': {
    en: 'No coach is connected to this workbook yet.',
    fr: 'Aucune conseillère ni aucun conseiller n’est encore connecté à ce classeur.',
  },
  'local.page.title': {
    en: 'Throughline — {plan}',
    fr: 'Throughline — {plan}',
  },
  'local.page.dashboard': { en: 'Dashboard', fr: 'Tableau de bord' },
  'local.page.summary': { en: 'Summary', fr: 'Sommaire' },
  'local.page.plan': { en: 'Plan', fr: 'Plan' },
  'local.page.generatedFrom': {
    en: 'Generated from {file} on {today}. Coaches’ clips arrive at {endpoint}.',
    fr: 'Généré à partir de {file} le {today}. Les extraits des conseillères et conseillers arrivent à l’adresse {endpoint}.',
  },
  'local.page.inWorkbook': { en: 'In the workbook: {cell}', fr: 'Dans le classeur : {cell}' },
  'local.page.chartValue': { en: '{series}: {value}', fr: '{series} : {value}' },
  'local.page.chartEmpty': { en: 'Nothing to draw yet.', fr: 'Rien à tracer pour l’instant.' },
  'local.page.noPlan': {
    en: 'No plan table was found in this workbook.',
    fr: 'Aucun tableau de plan n’a été trouvé dans ce classeur.',
  },
} as const satisfies Record<string, Bilingual>;

export type LocalStringKey = keyof typeof localStrings;
