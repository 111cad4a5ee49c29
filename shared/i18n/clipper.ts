/** i18n entries for the clipper (joined into the one table in ./index.ts). */
import type { Bilingual } from '../messages';

export const clipperStrings = {
  'clipper.menu.clipSelection': { en: 'Clip to plan', fr: 'Capturer dans le plan' },
  'clipper.menu.clipImage': {
    en: 'Clip image to plan (reference)',
    fr: 'Capturer l’image dans le plan (référence)',
  },
  'clipper.menu.clipLink': {
    en: 'Clip link to plan (reference)',
    fr: 'Capturer le lien dans le plan (référence)',
  },
  'clipper.title': { en: 'Throughline Clipper', fr: 'Throughline – Capture' },
  'clipper.manifest.description': {
    en: 'Clip classroom evidence from any page into your district math plan.',
    fr: 'Capturez des preuves de classe depuis n’importe quelle page dans le plan de mathématiques de votre district.',
  },
  'clipper.manifest.clipCommand': {
    en: 'Clip the selection to the plan',
    fr: 'Capturer la sélection dans le plan',
  },
  'clipper.manifest.clipCopiedCommand': {
    en: 'Clip what I copied to the plan',
    fr: 'Capturer dans le plan ce que j’ai copié',
  },

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

  'clipper.form.heading': { en: 'New clip', fr: 'Nouvel extrait' },
  'clipper.form.clipPage': {
    en: 'Clip selection from page',
    fr: 'Capturer la sélection de la page',
  },
  'clipper.form.clipCopied': { en: 'Clip what I copied', fr: 'Capturer ce que j’ai copié' },
  'clipper.form.link': { en: 'Way back', fr: 'Retour au passage' },
  'clipper.form.link.text': {
    en: 'Opens the page at this passage',
    fr: 'Ouvre la page à ce passage',
  },
  'clipper.form.link.heading': {
    en: 'Opens the document at “{heading}”',
    fr: 'Ouvre le document à «\u00a0{heading}\u00a0»',
  },
  'clipper.form.link.slide': {
    en: 'Opens the deck at this slide',
    fr: 'Ouvre la présentation à cette diapositive',
  },
  'clipper.form.link.pdfPage': {
    en: 'Opens the PDF at page {page}',
    fr: 'Ouvre le PDF à la page {page}',
  },
  'clipper.form.link.page': {
    en: 'Opens the document (no place inside it)',
    fr: 'Ouvre le document (sans position précise)',
  },
  'clipper.form.quote': { en: 'Passage', fr: 'Passage' },
  'clipper.form.quotePlaceholder': {
    en: 'Select text on the page and press “Clip selection”, or paste or type the passage here.',
    fr: 'Sélectionnez du texte dans la page puis «\u00a0Capturer la sélection\u00a0», ou collez ou tapez le passage ici.',
  },
  'clipper.form.reference': {
    en: 'Reference ({kind}): {url}',
    fr: 'Référence ({kind})\u00a0: {url}',
  },
  'clipper.form.reference.image': { en: 'image', fr: 'image' },
  'clipper.form.reference.link': { en: 'link', fr: 'lien' },
  'clipper.form.source': { en: 'Page', fr: 'Page' },
  'clipper.form.section': { en: 'Section', fr: 'Section' },
  'clipper.form.capturedAt': { en: 'Captured', fr: 'Capturé le' },
  'clipper.form.keyResult': { en: 'Key result', fr: 'Résultat clé' },
  'clipper.form.chooseKeyResult': { en: 'Choose a key result…', fr: 'Choisissez un résultat clé…' },
  'clipper.form.school': { en: 'School', fr: 'École' },
  'clipper.form.noSchool': { en: '(no school)', fr: '(aucune école)' },
  'clipper.form.practice': { en: 'Practice', fr: 'Pratique' },
  'clipper.form.noPractice': { en: '(none)', fr: '(aucune)' },
  'clipper.form.type': { en: 'Evidence type', fr: 'Type de preuve' },
  'clipper.form.stage': { en: 'Implementation stage', fr: 'Stade de mise en œuvre' },
  'clipper.form.noStage': { en: '(not assessed)', fr: '(non évalué)' },
  'clipper.form.note': { en: 'Note', fr: 'Note' },
  'clipper.form.save': { en: 'Save clip', fr: 'Enregistrer l’extrait' },
  'clipper.form.saveHint': {
    en: 'Ctrl+Enter saves from any field.',
    fr: 'Ctrl+Entrée enregistre depuis n’importe quel champ.',
  },
  'clipper.form.saved': {
    en: 'Saved. It reaches the sheet as soon as the plan answers.',
    fr: 'Enregistré. L’extrait arrivera dans la feuille dès que le plan répondra.',
  },
  'clipper.form.correctingHeading': { en: 'Correct a clip', fr: 'Corriger un extrait' },
  'clipper.form.correcting': {
    en: 'The sheet refused this clip. Fix it, then send it again:',
    fr: 'La feuille a refusé cet extrait. Corrigez-le, puis renvoyez-le\u00a0:',
  },
  'clipper.form.correctingHeld': {
    en: 'This clip waits for a new connection code. You can correct it meanwhile; it is sent with the new code.',
    fr: 'Cet extrait attend un nouveau code de connexion. Vous pouvez le corriger d’ici là\u202f; il partira avec le nouveau code.',
  },
  'clipper.form.cancelEdit': { en: 'New clip instead', fr: 'Plutôt un nouvel extrait' },
  'clipper.form.resend': { en: 'Send again', fr: 'Renvoyer' },
  'clipper.form.savedHeld': {
    en: 'Saved in the clipper. It is sent once you paste a new connection code.',
    fr: 'Enregistré dans l’extension. L’extrait partira dès que vous aurez collé un nouveau code de connexion.',
  },
  'clipper.form.chars': { en: '{count} / {max} characters', fr: '{count} / {max} caractères' },
  'clipper.form.error.internal': {
    en: 'Something went wrong inside the clipper: the clip was not saved, and your text is still here. Try again; if it keeps happening, reload the extension.',
    fr: 'Un problème interne est survenu\u00a0: l’extrait n’a pas été enregistré, et votre texte est toujours là. Réessayez\u00a0; si cela se répète, rechargez l’extension.',
  },
  'clipper.form.error.empty-clip': {
    en: 'The passage is empty. Select text, paste it, or pick a paragraph.',
    fr: 'Le passage est vide. Sélectionnez du texte, collez-le ou choisissez un paragraphe.',
  },
  'clipper.form.error.too-large': {
    en: 'The passage is too long for the sheet: {max} characters at most, {over} too many. Shorten it or split it into two clips.',
    fr: 'Le passage est trop long pour la feuille\u00a0: {max} caractères au plus, {over} de trop. Raccourcissez-le ou faites-en deux extraits.',
  },
  'clipper.form.error.note-too-large': {
    en: 'The note is too long for the sheet ({max} characters at most). Shorten it.',
    fr: 'La note est trop longue pour la feuille ({max} caractères au plus). Raccourcissez-la.',
  },
  'clipper.form.error.no-key-result': {
    en: 'Choose the key result this evidence supports.',
    fr: 'Choisissez le résultat clé que cette preuve appuie.',
  },
  'clipper.form.error.not-paired': {
    en: 'Connect to a plan first.',
    fr: 'Connectez-vous d’abord à un plan.',
  },

  'clipper.method.selection': {
    en: 'Captured from your selection on the page.',
    fr: 'Capturé à partir de votre sélection dans la page.',
  },
  'clipper.method.docs-canvas': {
    en: 'Captured from your Google Docs selection.',
    fr: 'Capturé à partir de votre sélection dans Google Docs.',
  },
  'clipper.method.pasted': { en: 'Pasted passage.', fr: 'Passage collé.' },
  'clipper.method.paragraph-pick': {
    en: 'Paragraph picked from the document.',
    fr: 'Paragraphe choisi dans le document.',
  },
  'clipper.method.reference': {
    en: 'Reference to an image or a link.',
    fr: 'Référence à une image ou à un lien.',
  },
  'clipper.method.typed': { en: 'Typed passage.', fr: 'Passage tapé.' },
  'clipper.method.clipboard': {
    en: 'Taken from what you copied.',
    fr: 'Pris dans ce que vous avez copié.',
  },
  'clipper.clipboard.captured': {
    en: 'Clipped what you copied ({count} characters) from {source}.',
    fr: 'Ce que vous avez copié ({count} caractères) est capturé, depuis {source}.',
  },
  'clipper.clipboard.noSource': { en: 'an unknown page', fr: 'une page inconnue' },
  'clipper.clipboard.empty': {
    en: 'Nothing is copied yet. Select the passage, press Ctrl+C (⌘C on a Mac), then clip again.',
    fr: 'Rien n’est encore copié. Sélectionnez le passage, faites Ctrl+C (⌘C sur Mac), puis capturez de nouveau.',
  },
  'clipper.clipboard.denied': {
    en: 'The browser did not let the clipper read what you copied. Click in the box below and press Ctrl+V (⌘V on a Mac): the passage keeps the page’s title and address.',
    fr: 'Le navigateur n’a pas laissé l’extension lire ce que vous avez copié. Cliquez dans la zone ci-dessous et faites Ctrl+V (⌘V sur Mac)\u00a0: le passage garde le titre et l’adresse de la page.',
  },
  'clipper.clipboard.pasteBox': { en: 'Paste the passage here', fr: 'Collez le passage ici' },
  'clipper.shortcuts': {
    en: 'Shortcuts: {selection} clips the selection, {copied} clips what you copied. To change them, open chrome://extensions/shortcuts (Edge: edge://extensions/shortcuts; Firefox: Add-ons → ⚙ → Manage Extension Shortcuts).',
    fr: 'Raccourcis\u00a0: {selection} capture la sélection, {copied} capture ce que vous avez copié. Pour les changer, ouvrez chrome://extensions/shortcuts (Edge\u00a0: edge://extensions/shortcuts, Firefox\u00a0: Modules → ⚙ → Gérer les raccourcis d’extensions).',
  },
  'clipper.shortcuts.unset': { en: 'no key set', fr: 'aucune touche' },

  'clipper.find.label': {
    en: 'Find a passage in the document',
    fr: 'Trouver un passage dans le document',
  },
  'clipper.find.placeholder': {
    en: 'Type a few words of the passage…',
    fr: 'Tapez quelques mots du passage…',
  },
  'clipper.find.count': {
    en: '{n} {n:paragraph|paragraphs} found.',
    fr: '{n} {n:paragraphe trouvé|paragraphes trouvés}.',
  },
  'clipper.find.none': {
    en: 'No paragraph holds all these words.',
    fr: 'Aucun paragraphe ne contient tous ces mots.',
  },
  'clipper.find.more': {
    en: 'Only the first {count} are shown: add a word to narrow the search.',
    fr: 'Seuls les {count} premiers sont affichés\u00a0: ajoutez un mot pour préciser.',
  },
  'clipper.find.under': { en: 'Under “{heading}”', fr: 'Sous «\u00a0{heading}\u00a0»' },
  'clipper.find.noHeading': { en: 'Before any heading', fr: 'Avant tout titre' },
  'clipper.find.chosen': {
    en: 'Passage chosen: {n} {n:paragraph|paragraphs}.',
    fr: 'Passage choisi\u00a0: {n} {n:paragraphe|paragraphes}.',
  },
  'clipper.find.addBefore': {
    en: 'Add the paragraph before',
    fr: 'Ajouter le paragraphe précédent',
  },
  'clipper.find.addAfter': { en: 'Add the paragraph after', fr: 'Ajouter le paragraphe suivant' },
  'clipper.find.dropFirst': { en: 'Drop the first paragraph', fr: 'Retirer le premier paragraphe' },
  'clipper.find.dropLast': { en: 'Drop the last paragraph', fr: 'Retirer le dernier paragraphe' },
  'clipper.find.from.export': {
    en: 'Searching the document’s export (its text as Google downloads it for you).',
    fr: 'Recherche dans l’export du document (son texte tel que Google vous le télécharge).',
  },
  'clipper.find.from.google': {
    en: 'Searching the document through your Google sign-in: headings and slides are known, so the link opens at the passage.',
    fr: 'Recherche dans le document grâce à votre connexion Google : titres et diapositives sont connus, le lien ouvre donc le passage.',
  },
  'clipper.find.from.google-refused': {
    en: 'Google would not give this document through your sign-in (ask its owner to share it with you), so its export is searched instead: the link may open at the start of a deck.',
    fr: 'Google n’a pas donné ce document avec votre connexion (demandez à son propriétaire de vous le partager) : son export est consulté à la place, et le lien peut ouvrir une présentation à son début.',
  },
  'clipper.find.from.pdf': {
    en: 'Searching the PDF’s text, page by page: the link opens at the passage’s page.',
    fr: 'Recherche dans le texte du PDF, page par page : le lien ouvre la page du passage.',
  },
  'clipper.find.page': { en: 'Page {page}', fr: 'Page {page}' },
  'clipper.docs.fallback': {
    en: 'This document is drawn, not written, on the page: the clipper cannot read your selection. Copy it (Ctrl+C, ⌘C on a Mac) and press “Clip what I copied”, or find the passage below.',
    fr: 'Ce document est dessiné, et non écrit, dans la page\u00a0: l’extension ne peut pas lire votre sélection. Copiez-la (Ctrl+C, ⌘C sur Mac) puis «\u00a0Capturer ce que j’ai copié\u00a0», ou trouvez le passage ci-dessous.',
  },
  'clipper.docs.pick': {
    en: 'Pick a paragraph from the document',
    fr: 'Choisir un paragraphe du document',
  },
  'clipper.capture.empty': {
    en: 'No selection could be read on the page. In a PDF or a Google Doc or Slides deck, copy the passage (Ctrl+C, ⌘C on a Mac) and press “Clip what I copied”.',
    fr: 'Aucune sélection n’a pu être lue dans la page. Dans un PDF, un document ou une présentation Google, copiez le passage (Ctrl+C, ⌘C sur Mac) puis «\u00a0Capturer ce que j’ai copié\u00a0».',
  },
  'clipper.capture.no-tab': {
    en: 'This page cannot be read from the panel. Right-click the selection → “Clip to plan”, or paste the passage.',
    fr: 'Cette page ne peut pas être lue depuis le panneau. Clic droit sur la sélection → «\u00a0Capturer dans le plan\u00a0», ou collez le passage.',
  },

  'clipper.privacy.reminder': {
    en: 'Do not include student names. Use initials or “a student”.',
    fr: 'N’incluez pas de noms d’élèves. Utilisez des initiales ou «\u00a0un élève\u00a0».',
  },
  'clipper.privacy.found': {
    en: 'Contact details found in this clip: {list}. Remove them before saving.',
    fr: 'Coordonnées trouvées dans cet extrait\u00a0: {list}. Retirez-les avant d’enregistrer.',
  },
  'clipper.privacy.redact': { en: 'Redact them', fr: 'Les masquer' },
  'clipper.privacy.email': { en: '[email]', fr: '[courriel]' },
  'clipper.privacy.phone': { en: '[phone]', fr: '[téléphone]' },

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

  'clipper.type.observation': { en: 'Observation', fr: 'Observation' },
  'clipper.type.teacher-reflection': {
    en: 'Teacher reflection',
    fr: 'Réflexion du personnel enseignant',
  },
  'clipper.type.student-work': { en: 'Student work', fr: 'Travail d’élève' },
  'clipper.type.plc-meeting': { en: 'PLC meeting', fr: 'Rencontre de CAP' },
  'clipper.type.coaching-cycle': { en: 'Coaching cycle', fr: 'Cycle d’accompagnement' },
  'clipper.type.pd-session': { en: 'PD session', fr: 'Séance de formation' },
  'clipper.type.other': { en: 'Other', fr: 'Autre' },
  'clipper.stage.not-yet': { en: 'Not yet', fr: 'Pas encore' },
  'clipper.stage.awareness': { en: 'Awareness', fr: 'Sensibilisation' },
  'clipper.stage.mechanical': { en: 'Mechanical', fr: 'Mécanique' },
  'clipper.stage.routine': { en: 'Routine', fr: 'Routine' },
  'clipper.stage.proficient': { en: 'Proficient', fr: 'Maîtrise' },
} as const satisfies Record<string, Bilingual>;
