/**
 * A fake SpreadsheetApp Range over a FakeSheet's cells, following Google's documented behaviour:
 * 1-based coordinates, getValues returns '' for empty cells and Date objects for dates, setValues
 * parses strings the way typing does (numbers, ISO dates, formulas; a leading apostrophe keeps text),
 * and throws when the data's size does not match the range.
 */
import type { FakeSheet } from './fake-sheet';

export type Grid<T> = T[][];

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numCols;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    return this.col + this.numCols - 1;
  }
  getSheet() {
    return this.sheet.proxy;
  }
  getA1Notation() {
    return this.sheet.a1(this.row, this.col, this.numRows, this.numCols);
  }

  private map<T>(fn: (r: number, c: number) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numCols; c++) line.push(fn(this.row - 1 + r, this.col - 1 + c));
      out.push(line);
    }
    return out;
  }

  private each<T>(data: Grid<T>, what: string, fn: (r: number, c: number, v: T) => void) {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data?.length ?? 0} but the range has ${this.numRows}.`,
      );
    }
    data.forEach((line, r) => {
      if (line.length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numCols}.`,
        );
      }
      line.forEach((v, c) => {
        fn(this.row - 1 + r, this.col - 1 + c, v);
      });
    });
    this.sheet.touched.add(what);
  }

  getValues() {
    return this.map((r, c) => this.sheet.valueAt(r, c));
  }
  getValue() {
    return this.sheet.valueAt(this.row - 1, this.col - 1);
  }
  getDisplayValues() {
    return this.map((r, c) => this.sheet.displayAt(r, c));
  }
  getFormulas() {
    return this.map((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }
  getNumberFormats() {
    return this.map((r, c) => this.sheet.cell(r, c)?.format ?? 'General');
  }
  getNotes() {
    return this.map((r, c) => this.sheet.cell(r, c)?.note ?? '');
  }
  getFontWeights() {
    return this.map((r, c) => String(this.sheet.cell(r, c)?.style.fontWeight ?? 'normal'));
  }
  getBackgrounds() {
    return this.map((r, c) => String(this.sheet.cell(r, c)?.style.background ?? '#ffffff'));
  }

  setValues(values: Grid<unknown>) {
    this.each(values, 'values', (r, c, v) => this.sheet.input(r, c, v));
    return this;
  }
  setValue(value: unknown) {
    return this.setValues(this.map(() => value));
  }
  /** Rich text is kept exactly as given (never parsed), with its link. */
  setRichTextValues(values: Grid<{ text: string; url: string | null }>) {
    this.each(values, 'richText', (r, c, v) => {
      const cell = this.sheet.ensure(r, c);
      Object.assign(cell, { value: v.text, input: v.text, formula: undefined });
      if (v.url) cell.link = v.url;
      else delete cell.link;
    });
    return this;
  }
  setFormulas(values: Grid<string>) {
    return this.setValues(values);
  }
  setNumberFormats(formats: Grid<string>) {
    this.each(formats, 'formats', (r, c, f) => {
      this.sheet.ensure(r, c).format = f;
    });
    return this;
  }
  setNumberFormat(format: string) {
    return this.setNumberFormats(this.map(() => format));
  }
  setNotes(notes: Grid<string>) {
    this.each(notes, 'notes', (r, c, n) => {
      this.sheet.ensure(r, c).note = n;
    });
    return this;
  }
  setNote(note: string) {
    return this.setNotes(this.map(() => note));
  }

  private styleAll(key: string, values: Grid<unknown>) {
    this.each(values, key, (r, c, v) => {
      if (v !== null && v !== undefined) this.sheet.ensure(r, c).style[key] = v;
    });
    return this;
  }
  setBackgrounds(v: Grid<string | null>) {
    return this.styleAll('background', v);
  }
  setBackground(v: string | null) {
    return this.styleAll(
      'background',
      this.map(() => v),
    );
  }
  setFontColors(v: Grid<string | null>) {
    return this.styleAll('color', v);
  }
  setFontColor(v: string | null) {
    return this.styleAll(
      'color',
      this.map(() => v),
    );
  }
  setFontWeights(v: Grid<string | null>) {
    return this.styleAll('fontWeight', v);
  }
  setFontWeight(v: string | null) {
    return this.styleAll(
      'fontWeight',
      this.map(() => v),
    );
  }
  setFontStyles(v: Grid<string | null>) {
    return this.styleAll('fontStyle', v);
  }
  setFontSizes(v: Grid<number | null>) {
    return this.styleAll('fontSize', v);
  }
  setFontSize(v: number) {
    return this.styleAll(
      'fontSize',
      this.map(() => v),
    );
  }
  setHorizontalAlignments(v: Grid<string | null>) {
    return this.styleAll('align', v);
  }
  setWraps(v: Grid<boolean | null>) {
    return this.styleAll('wrap', v);
  }
  setWrap(v: boolean) {
    return this.styleAll(
      'wrap',
      this.map(() => v),
    );
  }
  setVerticalAlignment(v: string) {
    return this.styleAll(
      'valign',
      this.map(() => v),
    );
  }

  merge() {
    this.sheet.merges.push({
      row: this.row,
      col: this.col,
      rows: this.numRows,
      cols: this.numCols,
    });
    return this;
  }
  breakApart() {
    this.sheet.merges = this.sheet.merges.filter((m) => !this.overlaps(m));
    return this;
  }
  getMergedRanges() {
    return this.sheet.merges
      .filter((m) => this.overlaps(m))
      .map((m) => this.sheet.rangeProxy(m.row, m.col, m.rows, m.cols));
  }
  private overlaps(m: { row: number; col: number; rows: number; cols: number }) {
    return (
      m.row <= this.getLastRow() &&
      m.row + m.rows - 1 >= this.row &&
      m.col <= this.getLastColumn() &&
      m.col + m.cols - 1 >= this.col
    );
  }

  setDataValidation(rule: unknown) {
    this.sheet.validations.push({
      a1: this.getA1Notation(),
      row: this.row,
      col: this.col,
      rows: this.numRows,
      cols: this.numCols,
      rule,
    });
    return this;
  }
  /** The rule on each cell (the latest one set over it), null where there is none. */
  getDataValidations() {
    return this.map((r, c) => this.sheet.validationAt(r + 1, c + 1));
  }
  protect() {
    return this.sheet.parent.addProtection(this.getA1Notation(), this.sheet.name, {
      sheet: this.sheet.name,
      row: this.row,
      col: this.col,
      rows: this.numRows,
      cols: this.numCols,
    });
  }
  addDeveloperMetadata(key: string, value?: string) {
    this.sheet.parent.addMetadata(this.sheet, this.row, this.numRows, key, value ?? '');
    return this;
  }
  clear() {
    for (let r = this.row - 1; r < this.getLastRow(); r++)
      for (let c = this.col - 1; c < this.getLastColumn(); c++) this.sheet.clearCell(r, c);
    return this;
  }
  activate() {
    this.sheet.parent.active = `${this.sheet.name}!${this.getA1Notation()}`;
    return this;
  }
}
