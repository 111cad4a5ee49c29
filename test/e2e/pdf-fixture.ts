/**
 * Small PDFs with real text (Helvetica), written by hand with a correct cross-reference table, so
 * Chromium's PDF viewer has something to show and select in the e2e tests, and the PDF text reader
 * has multi-page files (plain or FlateDecode content streams) to read.
 */
import { deflateSync } from 'node:zlib';

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose pages show `pages[i]` top to bottom. ASCII text only. */
export function pagesPdf(pages: string[][], options: { compress?: boolean } = {}): Buffer {
  const font = 3 + pages.length * 2;
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) => objects.push(Buffer.from(body as string, 'latin1'));
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((lines, i) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + i * 2} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
    );
    const text = [
      'BT /F1 14 Tf 72 720 Td 18 TL',
      ...lines.map((line) => `(${escapePdf(line)}) Tj T*`),
      'ET',
    ].join('\n');
    const data = options.compress ? deflateSync(Buffer.from(text, 'latin1')) : Buffer.from(text);
    const filter = options.compress ? ' /Filter /FlateDecode' : '';
    add(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
  });
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(object);
    length += object.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(tail)]);
}

/** A one-page PDF showing `lines` top to bottom. ASCII text only. */
export function textPdf(lines: string[]): Buffer {
  return pagesPdf([lines]);
}
