/**
 * A fake SpreadsheetApp Sheet: cells with values, formulas, formats, styles and notes; merges;
 * frozen rows; column widths; data validations and charts recorded as calls; row insertion that
 * moves row developer metadata with the row, as Sheets does.
 */
import { instrument, SCOPE } from './call-log';
import { FakeRange } from './fake-range';
import type { FakeSpreadsheet } from './fake-spreadsheet';
import { instantToWall, wallToInstant } from './zoned-time';
import { isAutomaticFormat, parseTyped } from './typed-input';
import { displayOf } from './display-format';

export interface FakeCell {
  value: unknown;
  /** What the add-on passed to setValues, before Sheets' parsing (to check inert text). */
  input?: unknown;
  formula?: string;
  format?: string;
  note?: string;
  style: Record<string, unknown>;
}

/** What a typed string becomes in a Sheets cell (see typed-input.ts). */
export { parseTyped };

export class FakeSheet {
  cells: FakeCell[][] = [];
  merges: { row: number; col: number; rows: number; cols: number }[] = [];
  validations: {
    a1: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
    rule: unknown;
  }[] = [];
  /** The rule a 1-based cell holds: the latest validation set over it. Rows added at the end have none. */
  validationAt(row: number, col: number): unknown {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (row >= v.row && row < v.row + v.rows && col >= v.col && col < v.col + v.cols)
        return v.rule;
    }
    return null;
  }
  charts: Record<string, unknown>[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  maxRows = 1000;
  maxCols = 26;
  touched = new Set<string>();
  proxy!: FakeSheet;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells[r]?.[c];
  }
  ensure(r: number, c: number): FakeCell {
    while (this.cells.length <= r) this.cells.push([]);
    const line = this.cells[r];
    while (line.length <= c) line.push({ value: '', style: {} });
    return line[c];
  }
  valueAt(r: number, c: number): unknown {
    const v = this.cell(r, c)?.value ?? '';
    return v instanceof Date ? wallToInstant(v, this.parent.timeZone) : v;
  }
  /** What the cell shows: the label of a HYPERLINK, else the value through its number format. */
  displayAt(r: number, c: number): string {
    const cell = this.cell(r, c);
    if (!cell) return '';
    const link = cell.formula
      ? /^=HYPERLINK\("(?:[^"]|"")*"\s*[,;]\s*"((?:[^"]|"")*)"\)$/i.exec(cell.formula)
      : null;
    if (link) return link[1].replace(/""/g, '"');
    if (cell.formula) return '';
    return displayOf(cell.value, cell.format, this.parent.locale);
  }
  input(r: number, c: number, input: unknown) {
    this.parent.checkWrite(this.name, r + 1, c + 1);
    const cell = this.ensure(r, c);
    const parsed = parseTyped(
      input instanceof Date ? instantToWall(input, this.parent.timeZone) : input,
      { locale: this.parent.locale, format: cell.format, year: this.parent.year },
    );
    cell.input = input;
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    if (parsed.format && isAutomaticFormat(cell.format)) cell.format = parsed.format;
  }
  clearCell(r: number, c: number) {
    if (this.cells[r]?.[c]) this.cells[r][c] = { value: '', style: {} };
  }
  a1(row: number, col: number, rows: number, cols: number): string {
    const letter = (n: number) => {
      let s = '';
      while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    const start = `${letter(col)}${row}`;
    return rows === 1 && cols === 1 ? start : `${start}:${letter(col + cols - 1)}${row + rows - 1}`;
  }
  rangeProxy(row: number, col: number, rows: number, cols: number): FakeRange {
    if (
      row < 1 ||
      col < 1 ||
      rows < 1 ||
      cols < 1 ||
      row + rows - 1 > this.maxRows ||
      col + cols - 1 > this.maxCols
    )
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
    return instrument(
      this.parent.log,
      'Range',
      new FakeRange(this, row, col, rows, cols),
      () => SCOPE.spreadsheets,
    );
  }

  getName() {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return this.parent.sheets.indexOf(this) + 1;
  }
  getParent() {
    return this.parent.proxy;
  }
  getLastRow() {
    for (let r = this.cells.length - 1; r >= 0; r--)
      if (this.cells[r].some((c) => c.value !== '' || c.formula)) return r + 1;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const line of this.cells)
      for (let c = line.length - 1; c >= last; c--)
        if (line[c].value !== '' || line[c].formula) {
          last = c + 1;
          break;
        }
    return last;
  }
  getMaxRows() {
    return this.maxRows;
  }
  getMaxColumns() {
    return this.maxCols;
  }
  insertRowsAfter(_after: number, count: number) {
    this.maxRows += count;
    return this.proxy;
  }
  insertColumnsAfter(_after: number, count: number) {
    this.maxCols += count;
    return this.proxy;
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'number') return this.rangeProxy(a, col ?? 1, rows, cols);
    const wholeRows = /^(\d+):(\d+)$/.exec(a);
    if (wholeRows)
      return this.rangeProxy(
        Number(wholeRows[1]),
        1,
        Number(wholeRows[2]) - Number(wholeRows[1]) + 1,
        this.maxCols,
      );
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
    if (!m) throw new Error(`Range not found: ${a}`);
    const num = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r1 = Number(m[2]);
    const c1 = num(m[1]);
    return this.rangeProxy(r1, c1, m[4] ? Number(m[4]) - r1 + 1 : 1, m[3] ? num(m[3]) - c1 + 1 : 1);
  }
  getDataRange() {
    return this.rangeProxy(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  clear() {
    this.cells = [];
    this.merges = [];
    this.touched.add('clear');
    return this;
  }
  clearContents() {
    for (const line of this.cells)
      for (const cell of line) {
        cell.value = '';
        cell.formula = undefined;
      }
    return this;
  }
  hiddenGridlines = false;
  setHiddenGridlines(hidden: boolean) {
    this.hiddenGridlines = hidden;
    return this.proxy;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
    return this;
  }
  getFrozenRows() {
    return this.frozenRows;
  }
  hiddenColumns = new Set<number>();
  hideColumns(col: number, count = 1) {
    for (let i = 0; i < count; i++) this.hiddenColumns.add(col + i);
    return this.proxy;
  }
  isColumnHiddenByUser(col: number) {
    return this.hiddenColumns.has(col);
  }
  setColumnWidth(col: number, width: number) {
    this.columnWidths.set(col, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number) {
    for (let i = 0; i < count; i++) this.columnWidths.set(start + i, width);
    return this;
  }
  insertRowsBefore(row: number, count: number) {
    this.maxRows += count;
    this.cells.splice(row - 1, 0, ...Array.from({ length: count }, () => [] as FakeCell[]));
    this.parent.shiftMetadata(this, row, count);
    return this;
  }
  deleteRow(row: number) {
    this.cells.splice(row - 1, 1);
    this.parent.shiftMetadata(this, row + 1, -1, row);
    return this;
  }
  /** Google: "If the sheet is already protected, this method returns an object representing the existing protection settings." */
  protect() {
    return this.getProtections('SHEET')[0] ?? this.parent.addProtection(null, this.name);
  }
  getProtections(type?: string) {
    return this.parent.protections
      .filter((p) => p.sheet === this.name && (!type || p.type === type))
      .map((p) => p.proxy);
  }
  createDeveloperMetadataFinder() {
    return this.parent.metadataFinder(this);
  }
  newChart() {
    return instrument(this.parent.log, 'EmbeddedChartBuilder', new FakeChartBuilder(), () => null);
  }
  insertChart(chart: Record<string, unknown>) {
    this.charts.push(chart);
    return undefined;
  }
  getCharts() {
    return this.charts.slice();
  }
  removeChart(chart: Record<string, unknown>) {
    this.charts = this.charts.filter((c) => c !== chart);
    return undefined;
  }
  activate() {
    return this.proxy;
  }
}

/** Records what a chart would show: type, ranges, position, options. */
export class FakeChartBuilder {
  spec: Record<string, unknown> & { ranges: string[]; options: Record<string, unknown> } = {
    ranges: [],
    options: {},
  };
  setChartType(type: string) {
    this.spec.type = type;
    return this;
  }
  /** Reads the range's fields (not its methods) so the add-on's call count stays its own. */
  addRange(range: FakeRange) {
    this.spec.ranges.push(range.sheet.a1(range.row, range.col, range.numRows, range.numCols));
    return this;
  }
  setPosition(row: number, col: number, x: number, y: number) {
    this.spec.position = { row, col, x, y };
    return this;
  }
  setOption(key: string, value: unknown) {
    this.spec.options[key] = value;
    return this;
  }
  setNumHeaders(n: number) {
    this.spec.numHeaders = n;
    return this;
  }
  setStacked() {
    this.spec.stacked = true;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string) {
    this.spec.hiddenDimensionStrategy = strategy;
    return this;
  }
  asBarChart() {
    return this;
  }
  build() {
    return { ...this.spec };
  }
}
