/** Coaches and their connections: connecting, listing and revoking them, in the add-on’s sidebar and local mode’s command line. */
import type { Bilingual } from '../../messages';

export const coachStrings = {
  'addon.menu.coaches': { en: 'Connect a coach', fr: 'Connecter une conseillère ou un conseiller' },
  'addon.coaches.title': {
    en: 'Connect a coach',
    fr: 'Connecter une conseillère ou un conseiller',
  },
  'addon.coaches.name': { en: 'Coach’s name', fr: 'Nom de la conseillère ou du conseiller' },
  'addon.coaches.create': { en: 'Create connection code', fr: 'Créer un code de connexion' },
  'addon.coaches.code': {
    en: 'Give this code to {name}. It is shown only once: they paste it into the Throughline extension.',
    fr: 'Donnez ce code à {name}. Il n’est affiché qu’une fois\u00a0: la personne le colle dans l’extension Throughline.',
  },
  'addon.coaches.copy': { en: 'Copy code', fr: 'Copier le code' },
  'addon.coaches.copied': { en: 'Copied', fr: 'Copié' },
  'addon.coaches.list': { en: 'Connected coaches', fr: 'Conseillères et conseillers connectés' },
  'addon.coaches.none': {
    en: 'No coach connected yet.',
    fr: 'Aucune conseillère ni aucun conseiller connecté pour l’instant.',
  },
  'addon.coaches.since': { en: 'since {date}', fr: 'depuis le {date}' },
  'addon.coaches.revokedOn': { en: 'revoked {date}', fr: 'accès révoqué le {date}' },
  'addon.coaches.revoke': { en: 'Revoke', fr: 'Révoquer' },
  'addon.coaches.nameRequired': {
    en: 'Enter the coach’s name.',
    fr: 'Saisissez le nom de la conseillère ou du conseiller.',
  },
  'addon.coaches.shareIntro': {
    en: 'Coaches send evidence to this spreadsheet with their own Google account: nothing to deploy and no code to send.',
    fr: 'Les conseillères et conseillers envoient leurs preuves dans ce classeur avec leur propre compte Google\u00a0: rien à déployer, aucun code à envoyer.',
  },
  'addon.coaches.shareStep': {
    en: 'Share this spreadsheet with each coach as an editor (the Share button, top right).',
    fr: 'Partagez ce classeur avec chaque conseillère ou conseiller comme éditeur (bouton Partager, en haut à droite).',
  },
  'addon.coaches.sendStep': { en: 'Send them its address:', fr: 'Envoyez-leur son adresse\u00a0:' },
  'addon.coaches.copyLink': { en: 'Copy the address', fr: 'Copier l’adresse' },
  'addon.coaches.signInStep': {
    en: 'In the Throughline extension, they choose Sign in with Google and paste the address. Their clips arrive as rows of Evidence.',
    fr: 'Dans l’extension Throughline, elles et ils choisissent «\u00a0Se connecter avec Google\u00a0» et collent l’adresse. Leurs extraits arrivent comme lignes de Preuves.',
  },
  'addon.coaches.protected': {
    en: 'Every tab but Evidence is protected: coaches can only add rows to Evidence.',
    fr: 'Tous les onglets sauf Preuves sont protégés\u00a0: les conseillères et conseillers peuvent seulement ajouter des lignes dans Preuves.',
  },
  'addon.coaches.unprotected': {
    en: 'Coaches can edit every tab for now: in Set up, tick “Protect every tab but Evidence” so they can only add rows to Evidence.',
    fr: 'Pour l’instant, les conseillères et conseillers peuvent modifier tous les onglets\u00a0: dans Configurer, cochez «\u00a0Protéger tous les onglets sauf Preuves\u00a0» pour que ces personnes puissent seulement ajouter des lignes dans Preuves.',
  },
  'addon.coaches.removeHint': {
    en: 'To disconnect a coach, remove them from the spreadsheet’s sharing: their extension then tells them to ask you.',
    fr: 'Pour déconnecter une conseillère ou un conseiller, retirez la personne du partage du classeur\u00a0: son extension lui dit alors de s’adresser à vous.',
  },
  'addon.coaches.noWebApp': {
    en: 'Deploy the web app first (Deploy → New deployment → Web app), then come back here.',
    fr: 'Déployez d’abord l’application Web (Déployer → Nouveau déploiement → Application Web), puis revenez ici.',
  },
  'local.connectionCode': {
    en: 'Connection code for {coach} (paste it into the Throughline extension; shown once):',
    fr: 'Code de connexion pour {coach} (à coller dans l’extension Throughline\u202f; affiché une seule fois)\u00a0:',
  },
  'local.revokedWhileServing': {
    en: 'The Throughline window serving {file} refuses their requests within a few seconds.',
    fr: 'La fenêtre Throughline qui sert {file} refuse leurs requêtes d’ici quelques secondes.',
  },
  'local.howToConnect': {
    en: 'No connection code printed for your workbook: to connect a coach, stop (Ctrl+C) and run npm start -- {file} --connect "Coach name".',
    fr: 'Aucun code de connexion affiché pour votre classeur\u00a0: pour connecter un·e conseiller·ère, arrêtez (Ctrl+C) et lancez npm start -- {file} --connect suivi du nom entre guillemets.',
  },
  'local.howToManage': {
    en: 'Coaches connected: {count}. In another terminal, npm start -- {file} --coaches lists them and npm start -- {file} --revoke "Name" disconnects one, while this window keeps running.',
    fr: 'Conseillers·ères connecté·e·s\u00a0: {count}. Dans un autre terminal, npm start -- {file} --coaches les liste et npm start -- {file} --revoke suivi d’un nom en déconnecte un·e, pendant que cette fenêtre continue.',
  },
  'local.demoCoach': { en: 'Demo coach', fr: 'Conseiller·ère de démonstration' },
  'local.revoked': {
    en: 'Revoked {count} {count:connection|connections} for {coach}: their extension can no longer send evidence to this workbook.',
    fr: '{count} {count:connexion révoquée|connexions révoquées} pour {coach}\u00a0: son extension ne peut plus envoyer de preuves à ce classeur.',
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
} as const satisfies Record<string, Bilingual>;
