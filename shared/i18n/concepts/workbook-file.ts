/** Local mode’s workbook file: the demo, the .csv copy, the backup, saving beside LibreOffice or Excel, and removing a clip for good. */
import type { Bilingual } from '../../messages';

export const workbookFileStrings = {
  'local.createdDemo': {
    en: 'Created the demo workbook {file}.',
    fr: 'Classeur de démonstration {file} créé.',
  },
  'local.heldByOffice': {
    en: '{file} is open in LibreOffice or Excel: new clips are kept in its journal and go into the workbook once it is closed there.',
    fr: '{file} est ouvert dans LibreOffice ou Excel\u00a0: les nouveaux extraits sont gardés dans son journal et entreront dans le classeur une fois celui-ci fermé.',
  },
  'local.saveDeferred': {
    en: '{file} could not be saved yet ({detail}): its clips are kept in the journal and saved at the next try.',
    fr: '{file} n’a pas encore pu être enregistré ({detail})\u00a0: ses extraits sont gardés dans le journal et enregistrés au prochain essai.',
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
  'local.backup': {
    en: 'Kept a copy of your workbook as it was, in {file} (made once, before Throughline first saves it).',
    fr: 'Une copie de votre classeur tel qu’il était a été conservée dans {file} (faite une fois, avant le premier enregistrement par Throughline).',
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
} as const satisfies Record<string, Bilingual>;
