/** The web app the clipper sends to (the Apps Script deployment or local mode’s server): what it answers for each request it refuses or holds. */
import type { Bilingual } from '../../messages';

export const webAppStrings = {
  'addon.webapp.catalogFailed': {
    en: 'The plan could not be read just now. Try again in a minute; if it keeps failing, ask your coordinator to open the spreadsheet and refresh the dashboard.',
    fr: 'Le plan n’a pas pu être lu pour l’instant. Réessayez dans une minute\u00a0; si le problème persiste, demandez à la coordination d’ouvrir le classeur et d’actualiser le tableau de bord.',
  },
  'addon.webapp.running': {
    en: 'Throughline web app is running. Coaches connect to it from the extension.',
    fr: 'L’application Web Throughline fonctionne. Les conseillères et conseillers s’y connectent depuis l’extension.',
  },
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
} as const satisfies Record<string, Bilingual>;

/** A key of what the web app answers: the protocol's refusals take only these. */
export type WebAppKey = keyof typeof webAppStrings;
