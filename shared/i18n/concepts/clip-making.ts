/** Making a clip in the side panel: the passage and how it was captured, the way back to it, its tags, and the privacy check. */
import type { Bilingual } from '../../messages';

export const clipMakingStrings = {
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
} as const satisfies Record<string, Bilingual>;
