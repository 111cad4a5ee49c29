/**
 * Google Docs draws text on a canvas. In annotated-canvas mode (turned on by our main-world script)
 * it also draws invisible SVG rects labelled with their text, and the selection as highlight rects.
 * This turns those boxes back into the selected text. Pure: callers pass the boxes.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextBox extends Box {
  text: string;
}

function overlaps(a: Box, b: Box): boolean {
  const xOverlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const yOverlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return xOverlap > 0 && yOverlap > Math.min(a.height, b.height) / 2;
}

/** Text boxes in reading order: top to bottom, then left to right on the same line. */
export function readingOrder(boxes: TextBox[]): TextBox[] {
  return [...boxes].sort((a, b) =>
    Math.abs(a.y - b.y) > Math.min(a.height, b.height) / 2 ? a.y - b.y : a.x - b.x,
  );
}

/** Joins boxes into lines: boxes whose tops are within half a line are on the same line. */
export function linesOf(boxes: TextBox[]): string[] {
  const lines: { y: number; height: number; parts: string[] }[] = [];
  for (const box of readingOrder(boxes)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - box.y) <= Math.min(last.height, box.height) / 2)
      last.parts.push(box.text);
    else lines.push({ y: box.y, height: box.height, parts: [box.text] });
  }
  return lines.map((line) => line.parts.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The text under the selection highlight, one line per visual line. */
export function selectedCanvasText(textBoxes: TextBox[], selectionBoxes: Box[]): string {
  const chosen = textBoxes.filter((box) => selectionBoxes.some((sel) => overlaps(box, sel)));
  return linesOf(chosen).join('\n');
}
