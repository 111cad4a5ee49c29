/**
 * exceljs 4 reads the OOXML escape _xHHHH_ in a cell's text as the character U+HHHH, but writes text
 * as it is: a coach's "_x0041_" came back as "A", and a character XML cannot hold (which Excel saves
 * as _xFFFF_, and exceljs reads back as U+FFFF) was written raw, leaving a file no one could open.
 * This wraps the one writer of cell, rich-text and note text so it writes what Excel writes:
 * "_x005F_" before a literal _xHHHH_, and _xHHHH_ for a character XML 1.0 cannot hold
 * (or would not keep, like a carriage return). Every string
 * then reads back exactly as it was, whichever program wrote it.
 */
import { createRequire } from 'node:module';
import { hasOnlyPairedSurrogates } from '../../shared/storable-text';

interface TextWriter {
  render(xmlStream: unknown, model: string): void;
}

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and line feed, U+FFFE/U+FFFF, lone surrogates),
 * and the carriage return, which an XML reader would turn into a line feed.
 */
const NOT_XML_SOURCE =
  '[\\u0000-\\u0008\\u000B-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NOT_XML = new RegExp(NOT_XML_SOURCE, 'g');
/**
 * The underscore opening something a reader would take for an escape: "_x" and four hex digits, then
 * "_" or a character that is about to be written as an escape (which starts with "_").
 */
const LITERAL_ESCAPE = new RegExp(`_(?=x[0-9A-Fa-f]{4}(?:_|${NOT_XML_SOURCE}))`, 'g');

/** Quick test: most text holds no control character and no U+FFFE/U+FFFF (and no "_x", looked up apart: faster). */
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;

const hex4 = (character: string) =>
  `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** A cell's text in the escaped form OOXML defines for <t> elements. */
export function escapeXlsxText(text: string): string {
  if (!text.includes('_x') && !MAYBE_NOT_XML.test(text) && hasOnlyPairedSurrogates(text))
    return text;
  return text.replace(LITERAL_ESCAPE, '_x005F_').replace(NOT_XML, hex4);
}

let installed = false;

/** Installs the escaping writer once; local mode calls it before any workbook is saved. */
export function installXlsxTextEscape(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform.js') as {
    prototype: TextWriter;
  };
  const render = TextXform.prototype.render;
  TextXform.prototype.render = function renderEscaped(this: TextWriter, xmlStream, model) {
    render.call(this, xmlStream, typeof model === 'string' ? escapeXlsxText(model) : model);
  };
}
