/** A clip on its way to the plan: the panel’s recent clips, their delivery state, and what held or refused them. */
import type { Bilingual } from '../../messages';

export const clipDeliveryStrings = {
  'clipper.history.heading': { en: 'Recent clips', fr: 'Extraits récents' },
  'clipper.history.empty': { en: 'No clips yet.', fr: 'Aucun extrait pour l’instant.' },
  'clipper.history.retry': { en: 'Try again', fr: 'Réessayer' },
  'clipper.history.discard': { en: 'Discard', fr: 'Supprimer' },
  'clipper.history.edit': { en: 'Edit', fr: 'Modifier' },
  'clipper.history.sendNow': { en: 'Send now', fr: 'Envoyer maintenant' },
  'clipper.history.noQuote': { en: '(reference)', fr: '(référence)' },
  'clipper.state.waiting': { en: 'Waiting to send', fr: 'En attente d’envoi' },
  'clipper.state.delivered': { en: 'Saved to sheet', fr: 'Enregistré dans la feuille' },
  'clipper.state.needs-attention': { en: 'Needs attention', fr: 'À vérifier' },
  'clipper.state.repair-needed': { en: 'Re-pair needed', fr: 'Nouvelle connexion requise' },
  'clipper.problem.repair-needed': {
    en: 'Kept here until you paste a new connection code.',
    fr: 'Conservé ici jusqu’à ce que vous colliez un nouveau code de connexion.',
  },
  'clipper.rejected.too-large': {
    en: 'The sheet refused this clip: it is too long. Edit it to shorten it.',
    fr: 'La feuille a refusé cet extrait\u00a0: il est trop long. Modifiez-le pour le raccourcir.',
  },
  'clipper.rejected.unknown-key-result': {
    en: 'The sheet refused this clip: its key result is no longer in the plan. Edit it to choose another.',
    fr: 'La feuille a refusé cet extrait\u00a0: son résultat clé n’est plus dans le plan. Modifiez-le pour en choisir un autre.',
  },
  'clipper.rejected.invalid-item': {
    en: 'The sheet refused this clip as incomplete. Edit it and send it again.',
    fr: 'La feuille a refusé cet extrait comme incomplet. Modifiez-le et renvoyez-le.',
  },
  'clipper.rejected.no-plan': {
    en: 'The sheet has no plan to file this clip under. Ask your coordinator.',
    fr: 'La feuille n’a pas de plan où classer cet extrait. Adressez-vous à votre coordonnateur ou coordonnatrice.',
  },
  'clipper.warning.unknown-school': {
    en: 'Saved, but its school is not in the plan’s Schools tab: the Dashboard counts it for no school. Ask your coordinator to add the school.',
    fr: 'Enregistré, mais son école n’est pas dans l’onglet Écoles du plan\u00a0: le tableau de bord ne le compte pour aucune école. Demandez à votre coordonnateur ou coordonnatrice d’ajouter l’école.',
  },
  'clipper.problem.nextTry': { en: 'Next try around {time}.', fr: 'Prochain essai vers {time}.' },
  'clipper.problem.network': {
    en: 'No connection to the plan; it will try again.',
    fr: 'Pas de connexion au plan\u202f; nouvel essai automatique.',
  },
  'clipper.problem.timeout': {
    en: 'The plan did not answer in time; it will try again.',
    fr: 'Le plan n’a pas répondu à temps\u202f; nouvel essai automatique.',
  },
  'clipper.problem.not-protocol': {
    en: 'The plan answered with an error page; it will try again.',
    fr: 'Le plan a répondu par une page d’erreur\u202f; nouvel essai automatique.',
  },
  'clipper.google.problem.signed-out': {
    en: 'Your Google sign-in has expired. Your clips are kept: sign in again to send them.',
    fr: 'Votre connexion Google a expiré. Vos extraits sont conservés\u00a0: reconnectez-vous pour les envoyer.',
  },
  'clipper.google.problem.no-access': {
    en: 'You no longer have access to the plan sheet. Your clips are kept: ask your coordinator to share the plan sheet with you.',
    fr: 'Vous n’avez plus accès à la feuille du plan. Vos extraits sont conservés\u00a0: demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous.',
  },
  'clipper.google.problem.sheet-gone': {
    en: 'The plan sheet was deleted or moved. Your clips are kept: ask your coordinator for its new address, then sign in to it.',
    fr: 'La feuille du plan a été supprimée ou déplacée. Vos extraits sont conservés\u00a0: demandez sa nouvelle adresse à votre coordonnateur ou coordonnatrice, puis connectez-vous à celle-ci.',
  },
  'clipper.google.problem.no-evidence-tab': {
    en: 'The plan sheet has no Evidence tab yet. Your clips are kept: ask your coordinator to run Set up.',
    fr: 'La feuille du plan n’a pas encore d’onglet Preuves. Vos extraits sont conservés\u00a0: demandez à votre coordonnateur ou coordonnatrice de lancer la configuration.',
  },
  'clipper.problem.signed-out': {
    en: 'Kept here until you sign in to Google again.',
    fr: 'Conservé ici jusqu’à votre reconnexion à Google.',
  },
  'clipper.problem.no-access': {
    en: 'Kept here: ask your coordinator to share the plan sheet with you.',
    fr: 'Conservé ici\u00a0: demandez à votre coordonnateur ou coordonnatrice de partager la feuille du plan avec vous.',
  },
  'clipper.problem.sheet-gone': {
    en: 'Kept here: the plan sheet was deleted or moved.',
    fr: 'Conservé ici\u00a0: la feuille du plan a été supprimée ou déplacée.',
  },
  'clipper.problem.no-evidence-tab': {
    en: 'Kept here: the plan sheet has no Evidence tab yet.',
    fr: 'Conservé ici\u00a0: la feuille du plan n’a pas encore d’onglet Preuves.',
  },
  'clipper.problem.rate-limited': {
    en: 'Google asked us to slow down; it will try again.',
    fr: 'Google demande de ralentir\u202f; nouvel essai automatique.',
  },
  'clipper.problem.google-error': {
    en: 'Google could not save it this time; it will try again.',
    fr: 'Google n’a pas pu l’enregistrer cette fois-ci\u202f; nouvel essai automatique.',
  },
} as const satisfies Record<string, Bilingual>;
