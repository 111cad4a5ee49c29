/** The extension itself: its name and manifest words, its right-click menu, its shortcuts and its language setting. */
import type { Bilingual } from '../../messages';

export const clipperExtensionStrings = {
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
  'clipper.shortcuts': {
    en: 'Shortcuts: {selection} clips the selection, {copied} clips what you copied. To change them, open chrome://extensions/shortcuts (Edge: edge://extensions/shortcuts; Firefox: Add-ons → ⚙ → Manage Extension Shortcuts).',
    fr: 'Raccourcis\u00a0: {selection} capture la sélection, {copied} capture ce que vous avez copié. Pour les changer, ouvrez chrome://extensions/shortcuts (Edge\u00a0: edge://extensions/shortcuts, Firefox\u00a0: Modules → ⚙ → Gérer les raccourcis d’extensions).',
  },
  'clipper.shortcuts.unset': { en: 'no key set', fr: 'aucune touche' },
  'clipper.settings.heading': { en: 'Settings', fr: 'Paramètres' },
  'clipper.settings.language': { en: 'Language', fr: 'Langue' },
  'clipper.settings.browserLanguage': { en: 'Same as the browser', fr: 'Comme le navigateur' },
  'clipper.settings.en': { en: 'English', fr: 'English' },
  'clipper.settings.fr': { en: 'Français', fr: 'Français' },
} as const satisfies Record<string, Bilingual>;
