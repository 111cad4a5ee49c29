/** Connecting the clipper to a plan: the first-run welcome, the connection code, Sign in with Google, the district’s preset plan and the panel’s header. */
import type { Bilingual } from '../../messages';

export const clipperConnectionStrings = {
  'clipper.pair.heading': {
    en: 'Connect to your district plan',
    fr: 'Connectez-vous au plan de votre district',
  },
  'clipper.pair.help': {
    en: 'Paste the connection code your math coordinator sent you. It starts with TL1-.',
    fr: 'Collez le code de connexion reçu de votre coordonnateur ou coordonnatrice en mathématiques. Il commence par TL1-.',
  },
  'clipper.pair.label': { en: 'Connection code', fr: 'Code de connexion' },
  'clipper.pair.connect': { en: 'Connect', fr: 'Se connecter' },
  'clipper.pair.connecting': { en: 'Connecting…', fr: 'Connexion…' },
  'clipper.pair.error.internal': {
    en: 'Something went wrong inside the clipper while connecting. Try again; if it keeps happening, reload the extension.',
    fr: 'Un problème interne est survenu pendant la connexion. Réessayez\u00a0; si cela se répète, rechargez l’extension.',
  },
  'clipper.pair.error.not-a-code': {
    en: 'This is not a connection code. Copy the whole code, starting with TL1-.',
    fr: 'Ce n’est pas un code de connexion. Copiez le code en entier, à partir de TL1-.',
  },
  'clipper.pair.error.pairing-refused': {
    en: 'The plan refused this code: it was revoked or replaced. Ask your coordinator for a new one.',
    fr: 'Le plan a refusé ce code\u00a0: il a été révoqué ou remplacé. Demandez-en un nouveau à votre coordonnateur ou coordonnatrice.',
  },
  'clipper.repair.heading': {
    en: 'Paste a new connection code',
    fr: 'Collez un nouveau code de connexion',
  },
  'clipper.repair.help': {
    en: 'Ask your math coordinator for a new code (TL1-…). Your held clips are sent as soon as it is accepted.',
    fr: 'Demandez un nouveau code (TL1-…) à votre coordonnateur ou coordonnatrice en mathématiques. Vos extraits en attente partiront dès qu’il sera accepté.',
  },
  'clipper.header.plan': { en: 'Plan: {plan}', fr: 'Plan\u00a0: {plan}' },
  'clipper.header.coach': { en: 'Coach: {coach}', fr: 'Conseiller·ère pédagogique\u00a0: {coach}' },
  'clipper.header.disconnect': { en: 'Disconnect', fr: 'Se déconnecter' },
  'clipper.header.repair': {
    en: 'This plan no longer accepts your code. Your clips are kept: paste a new code to send them.',
    fr: 'Ce plan n’accepte plus votre code. Vos extraits sont conservés\u00a0: collez un nouveau code pour les envoyer.',
  },
  'clipper.header.offline': {
    en: 'Offline: using the plan’s key results as of {time}.',
    fr: 'Hors ligne\u00a0: résultats clés du plan en date du {time}.',
  },
  'clipper.header.noCatalog': {
    en: 'The plan’s key results could not be loaded yet. Check your connection.',
    fr: 'Les résultats clés du plan n’ont pas encore pu être chargés. Vérifiez votre connexion.',
  },
  'clipper.welcome.heading': {
    en: 'Welcome to Throughline Clipper',
    fr: 'Bienvenue dans Throughline – Capture',
  },
  'clipper.welcome.help': {
    en: 'Connect once, then clip evidence from any page with a right-click or Alt+Shift+K. You can close this tab: the clipper lives in the side panel.',
    fr: 'Connectez-vous une fois, puis capturez des preuves sur n’importe quelle page d’un clic droit ou avec Alt+Maj+K. Vous pouvez fermer cet onglet\u202f; l’outil est dans le panneau latéral.',
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
    fr: 'Connecté avec Google\u00a0: {email}',
  },
  'clipper.google.signInAgain': { en: 'Sign in again', fr: 'Se reconnecter' },
  'clipper.google.notSetUp': {
    en: 'Your coordinator has not run Set up on this plan sheet yet, so the key results below are Throughline’s own reading of it. Your clips still reach the sheet; ask your coordinator to run Set up (Extensions → Throughline → Set up) so they are filed under the key results they confirm.',
    fr: `Votre coordonnateur ou coordonnatrice n’a pas encore lancé la configuration de cette feuille du plan\u202f; les résultats clés ci-dessous sont donc la lecture qu’en fait Throughline. Vos extraits parviennent quand même à la feuille\u202f; demandez-lui de lancer la configuration (Extensions → Throughline → Configurer) pour qu’ils soient classés sous les résultats clés qu’il ou elle aura confirmés.`,
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
    fr: 'Votre district a fixé le plan où cet outil envoie les extraits\u202f; celui-ci en est un autre.',
  },
  'clipper.pair.error.not-district-plan': {
    en: 'This code is for another plan than the one your district set. Ask your coordinator for a code for the district plan.',
    fr: 'Ce code vise un autre plan que celui fixé par votre district. Demandez un code pour le plan du district à votre coordonnateur ou coordonnatrice.',
  },
  'clipper.district.set': { en: 'Set by your district', fr: 'Défini par votre district' },
} as const satisfies Record<string, Bilingual>;
