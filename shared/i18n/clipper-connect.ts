/**
 * i18n entries for the clipper's ways to connect beside the code (Sign in with Google), what the
 * district presets by policy, the panel's settings and the first-run welcome (joined in ./index.ts).
 */
import type { Bilingual } from '../messages';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export const clipperConnectStrings = {
  'clipper.welcome.heading': {
    en: 'Welcome to Throughline Clipper',
    fr: 'Bienvenue dans Throughline – Capture',
  },
  'clipper.welcome.help': {
    en: 'Connect once, then clip evidence from any page with a right-click or Alt+Shift+K. You can close this tab: the clipper lives in the side panel.',
    fr: `Connectez-vous une fois, puis capturez des preuves sur n’importe quelle page d’un clic droit ou avec Alt+Maj+K. Vous pouvez fermer cet onglet${NNBSP}; l’outil est dans le panneau latéral.`,
  },
  'clipper.google.heading': { en: 'Sign in with Google', fr: 'Connexion avec Google' },
  'clipper.google.help': {
    en: 'If your coordinator shared the plan spreadsheet with your Google account, sign in and paste its address. Your clips go straight into its Evidence tab.',
    fr: 'Si votre coordonnateur ou coordonnatrice a partagé la feuille du plan avec votre compte Google, connectez-vous et collez son adresse. Vos extraits vont directement dans son onglet Preuves.',
  },
  'clipper.google.label': {
    en: 'Plan spreadsheet (address or ID)',
    fr: 'Feuille du plan (adresse ou identifiant)',
  },
  'clipper.google.connect': { en: 'Sign in with Google', fr: 'Se connecter avec Google' },
  'clipper.google.connecting': { en: 'Signing in…', fr: 'Connexion…' },
  'clipper.google.signedInAs': {
    en: 'Signed in with Google as {email}',
    fr: `Connecté avec Google${NBSP}: {email}`,
  },
  'clipper.google.signInAgain': { en: 'Sign in again', fr: 'Se reconnecter' },
  'clipper.google.notSetUp': {
    en: 'Your coordinator has not run Set up on this plan sheet yet, so the key results below are Throughline’s own reading of it. Your clips still reach the sheet; ask your coordinator to run Set up (Extensions → Throughline → Set up) so they are filed under the key results they confirm.',
    fr: `Votre coordonnateur ou coordonnatrice n’a pas encore lancé la configuration de cette feuille du plan${NNBSP}; les résultats clés ci-dessous sont donc la lecture qu’en fait Throughline. Vos extraits parviennent quand même à la feuille${NNBSP}; demandez-lui de lancer la configuration (Extensions → Throughline → Configurer) pour qu’ils soient classés sous les résultats clés qu’il ou elle aura confirmés.`,
  },
  'clipper.connect.or': { en: 'or', fr: 'ou' },
  'clipper.google.error.not-a-sheet': {
    en: 'This is not a Google Sheets address. Copy the address of the plan spreadsheet from your browser’s address bar.',
    fr: 'Ce n’est pas une adresse Google Sheets. Copiez l’adresse de la feuille du plan depuis la barre d’adresse du navigateur.',
  },
  'clipper.google.error.sign-in-cancelled': {
    en: 'Google sign-in did not finish. Try again, and choose the account your coordinator shared the plan with.',
    fr: 'La connexion à Google n’a pas abouti. Réessayez en choisissant le compte avec lequel le plan a été partagé.',
  },
  'clipper.google.error.no-access': {
    en: 'Your Google account cannot open this plan sheet. Ask your coordinator to share the plan sheet with you.',
    fr: 'Votre compte Google ne peut pas ouvrir cette feuille du plan. Demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous.',
  },
  'clipper.google.error.sheet-gone': {
    en: 'This plan sheet was deleted or moved. Ask your coordinator for its new address.',
    fr: 'Cette feuille du plan a été supprimée ou déplacée. Demandez sa nouvelle adresse à votre coordonnateur ou coordonnatrice.',
  },
  'clipper.google.error.no-plan': {
    en: 'No plan table was found in this spreadsheet. Check that it is your district’s plan sheet.',
    fr: 'Aucun tableau de plan n’a été trouvé dans cette feuille. Vérifiez qu’il s’agit bien de la feuille du plan de votre district.',
  },
  'clipper.google.error.signed-out': {
    en: 'Google did not let us in. Sign in again.',
    fr: 'Google a refusé l’accès. Reconnectez-vous.',
  },
  'clipper.google.error.internal': {
    en: 'Something went wrong inside the clipper while talking to Google. Try again; if it keeps happening, reload the extension.',
    fr: 'Un problème interne est survenu pendant l’échange avec Google. Réessayez\u00a0; si cela se répète, rechargez l’extension.',
  },
  'clipper.google.error.rate-limited': {
    en: 'Google is busy. Wait a minute and try again.',
    fr: 'Google est occupé. Attendez une minute et réessayez.',
  },
  'clipper.google.error.network': {
    en: 'No connection to Google. Check your connection and try again.',
    fr: 'Pas de connexion à Google. Vérifiez votre connexion et réessayez.',
  },
  'clipper.google.error.timeout': {
    en: 'Google did not answer in time. Try again.',
    fr: 'Google n’a pas répondu à temps. Réessayez.',
  },
  'clipper.google.error.google-error': {
    en: 'Google could not do it this time. Try again in a moment.',
    fr: 'Google n’a pas pu le faire cette fois-ci. Réessayez dans un moment.',
  },
  'clipper.google.error.google-unavailable': {
    en: 'Sign-in with Google is not available in this browser. Use a connection code.',
    fr: 'La connexion avec Google n’est pas offerte dans ce navigateur. Utilisez un code de connexion.',
  },
  'clipper.google.error.not-district-plan': {
    en: 'Your district set which plan this clipper sends to; this is another one.',
    fr: `Votre district a fixé le plan où cet outil envoie les extraits${NNBSP}; celui-ci en est un autre.`,
  },
  'clipper.pair.error.not-district-plan': {
    en: 'This code is for another plan than the one your district set. Ask your coordinator for a code for the district plan.',
    fr: 'Ce code vise un autre plan que celui fixé par votre district. Demandez un code pour le plan du district à votre coordonnateur ou coordonnatrice.',
  },
  'clipper.google.problem.signed-out': {
    en: 'Your Google sign-in has expired. Your clips are kept: sign in again to send them.',
    fr: `Votre connexion Google a expiré. Vos extraits sont conservés${NBSP}: reconnectez-vous pour les envoyer.`,
  },
  'clipper.google.problem.no-access': {
    en: 'You no longer have access to the plan sheet. Your clips are kept: ask your coordinator to share the plan sheet with you.',
    fr: `Vous n’avez plus accès à la feuille du plan. Vos extraits sont conservés${NBSP}: demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous.`,
  },
  'clipper.google.problem.sheet-gone': {
    en: 'The plan sheet was deleted or moved. Your clips are kept: ask your coordinator for its new address, then sign in to it.',
    fr: `La feuille du plan a été supprimée ou déplacée. Vos extraits sont conservés${NBSP}: demandez sa nouvelle adresse à votre coordonnateur ou coordonnatrice, puis connectez-vous à celle-ci.`,
  },
  'clipper.google.problem.no-evidence-tab': {
    en: 'The plan sheet has no Evidence tab yet. Your clips are kept: ask your coordinator to run Set up.',
    fr: `La feuille du plan n’a pas encore d’onglet Preuves. Vos extraits sont conservés${NBSP}: demandez à votre coordonnateur ou coordonnatrice de lancer la configuration.`,
  },
  'clipper.problem.signed-out': {
    en: 'Kept here until you sign in to Google again.',
    fr: 'Conservé ici jusqu’à votre reconnexion à Google.',
  },
  'clipper.problem.no-access': {
    en: 'Kept here: ask your coordinator to share the plan sheet with you.',
    fr: `Conservé ici${NBSP}: demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous.`,
  },
  'clipper.problem.sheet-gone': {
    en: 'Kept here: the plan sheet was deleted or moved.',
    fr: `Conservé ici${NBSP}: la feuille du plan a été supprimée ou déplacée.`,
  },
  'clipper.problem.no-evidence-tab': {
    en: 'Kept here: the plan sheet has no Evidence tab yet.',
    fr: `Conservé ici${NBSP}: la feuille du plan n’a pas encore d’onglet Preuves.`,
  },
  'clipper.problem.rate-limited': {
    en: 'Google asked us to slow down; it will try again.',
    fr: `Google demande de ralentir${NNBSP}; nouvel essai automatique.`,
  },
  'clipper.problem.google-error': {
    en: 'Google could not save it this time; it will try again.',
    fr: `Google n’a pas pu l’enregistrer cette fois-ci${NNBSP}; nouvel essai automatique.`,
  },
  'clipper.district.set': { en: 'Set by your district', fr: 'Défini par votre district' },
  'clipper.settings.heading': { en: 'Settings', fr: 'Paramètres' },
  'clipper.settings.language': { en: 'Language', fr: 'Langue' },
  'clipper.settings.browserLanguage': {
    en: 'Same as the browser',
    fr: 'Comme le navigateur',
  },
  'clipper.settings.en': { en: 'English', fr: 'English' },
  'clipper.settings.fr': { en: 'Français', fr: 'Français' },
} satisfies Record<string, Bilingual>;
