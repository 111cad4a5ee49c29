/**
 * A fake Spreadsheet (the container the add-on is bound to) and the SpreadsheetApp service over it:
 * sheets in tab order, locale and time zone, protections, developer metadata (on rows and on the
 * spreadsheet, with its visibility and Google's limit on what one location holds) and the Ui (menus,
 * sidebars, alerts) recorded so tests can look at what a coordinator would see.
 */
import type { CellValue, SheetTable } from '../../../shared/cells';
import { instrument, SCOPE, type CallLog } from './call-log';
import { FakeSheet } from './fake-sheet';
import { FakeProtection, type Area, type Sharing } from './fake-protection';

interface Metadata {
  /** null: on the spreadsheet itself. */
  sheet: FakeSheet | null;
  row: number;
  rows: number;
  key: string;
  value: string;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** Characters of developer metadata one location (the spreadsheet, a sheet, a row) may hold. */
export const METADATA_LOCATION_LIMIT = 30_000;

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  metadata: Metadata[] = [];
  protections: FakeProtection[] = [];
  /** Who the spreadsheet is shared with (edit access) and who runs the script now. */
  sharing: Sharing = {
    owner: 'coordinator@district.example',
    editors: ['coordinator@district.example'],
    user: 'coordinator@district.example',
    domainEdit: false,
  };
  menus: { title: string; items: { caption: string; fn: string }[] }[] = [];
  sidebars: { title: string; html: string }[] = [];
  alerts: string[] = [];
  toasts: string[] = [];
  proxy: FakeSpreadsheet;
  private nextId = 1000;
  /** The year Sheets gives a date typed without one ("3/4"). */
  year = 2026;

  constructor(
    readonly log: CallLog,
    public locale = 'en_US',
    public timeZone = 'America/Toronto',
    public name = 'District math plan',
  ) {
    this.proxy = instrument(log, 'Spreadsheet', this, () => SCOPE.spreadsheets);
  }

  /** Test helper: adds a sheet holding `values` (row 1 first). */
  seed(name: string, values: CellValue[][]): FakeSheet {
    const sheet = this.addSheet(name);
    sheet.maxRows = Math.max(1000, values.length);
    sheet.maxCols = Math.max(26, ...values.map((l) => l.length));
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v !== null && v !== '') sheet.ensure(r, c).value = v;
      });
    });
    return sheet;
  }
  /** Test helper: adds a sheet from a table read from a real workbook (values, number formats, merges). */
  seedTable(table: SheetTable): FakeSheet {
    const sheet = this.seed(table.name, table.values);
    table.formats?.forEach((line, r) => {
      line.forEach((format, c) => {
        if (format && format !== 'General') sheet.ensure(r, c).format = format;
      });
    });
    for (const m of table.merges ?? [])
      sheet.merges.push({ row: m.row + 1, col: m.col + 1, rows: m.rows, cols: m.cols });
    return sheet;
  }
  /** Test helper: the sheet object itself, without counting calls. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  private addSheet(name: string, index?: number): FakeSheet {
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.nextId++);
    sheet.proxy = instrument(this.log, 'Sheet', sheet, () => SCOPE.spreadsheets);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }

  getName() {
    return this.name;
  }
  id = 'fake-spreadsheet-id';
  getId() {
    return this.id;
  }
  getProtections(type: string) {
    return this.protections.filter((p) => p.type === type).map((p) => p.proxy);
  }
  /** Test helper: whether `user` may type in row/col (1-based) of a sheet, given sharing and protections. */
  canEdit(user: string, sheet: string, row: number, col: number): boolean {
    if (!this.sharing.editors.includes(user) && user !== this.sharing.owner) return false;
    return this.protections.every((p) => p.lets(user, sheet, row, col));
  }
  /** Throws as Sheets does when the script's user writes into a cell protected against them. */
  checkWrite(sheet: string, row: number, col: number): void {
    if (!this.canEdit(this.sharing.user, sheet, row, col))
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale() {
    return this.locale;
  }
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getSheets() {
    return this.sheets.map((s) => s.proxy);
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name)?.proxy ?? null;
  }
  insertSheet(name: string, index?: number) {
    return this.addSheet(name, index).proxy;
  }
  deleteSheet(sheet: FakeSheet) {
    this.sheets = this.sheets.filter((s) => s.proxy !== sheet && s !== sheet);
  }
  toast(message: string) {
    this.toasts.push(message);
  }
  setActiveSheet(sheet: FakeSheet) {
    return sheet;
  }
  createDeveloperMetadataFinder() {
    return this.metadataFinder(null);
  }
  /** Spreadsheet.addDeveloperMetadata(key, value, visibility): metadata on the spreadsheet itself. */
  addDeveloperMetadata(key: string, value = '', visibility: 'DOCUMENT' | 'PROJECT' = 'PROJECT') {
    const entry: Metadata = { sheet: null, row: 0, rows: 0, key, value, visibility };
    this.checkMetadataRoom(entry, value);
    this.metadata.push(entry);
    return this.proxy;
  }
  /** Test helper: the entries on the spreadsheet itself, as the Sheets API lists them. */
  spreadsheetMetadata(): { key: string; value: string; visibility: string }[] {
    return this.metadata
      .filter((m) => m.sheet === null)
      .map((m) => ({ key: m.key, value: m.value, visibility: m.visibility }));
  }
  /** Sheets refuses metadata beyond what one location holds. */
  private checkMetadataRoom(entry: Metadata, value: string) {
    const others = this.metadata
      .filter((m) => m !== entry && m.sheet === entry.sheet && m.row === entry.row)
      .reduce((sum, m) => sum + m.key.length + m.value.length, 0);
    if (others + entry.key.length + value.length > METADATA_LOCATION_LIMIT)
      throw new Error('Exception: The developer metadata is too large.');
  }
  /** A range named with its sheet, as in 'Plan'!A3 or Schools!D5. */
  getRange(a1: string) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1);
    const name = m ? (m[1] ?? m[2]).replace(/''/g, "'") : this.sheets[0]?.name;
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.proxy.getRange(m ? m[3] : a1);
  }
  active: string | null = null;

  addMetadata(sheet: FakeSheet, row: number, rows: number, key: string, value: string) {
    this.metadata.push({ sheet, row, rows, key, value, visibility: 'PROJECT' });
  }
  /** Rows inserted before `from` push row metadata down; a deleted row takes its metadata with it. */
  shiftMetadata(sheet: FakeSheet, from: number, by: number, deleted?: number) {
    this.metadata = this.metadata.filter((m) => !(m.sheet === sheet && m.row === deleted));
    for (const m of this.metadata) if (m.sheet === sheet && m.row >= from) m.row += by;
  }
  metadataFinder(sheet: FakeSheet | null) {
    let key: string | null = null;
    let type: string | null = null;
    const typeOf = (m: Metadata) => (m.sheet === null ? 'SPREADSHEET' : 'ROW');
    const finder = {
      withKey: (k: string) => {
        key = k;
        return finder;
      },
      withLocationType: (t: string) => {
        type = t;
        return finder;
      },
      find: () =>
        this.metadata
          .filter(
            (m) =>
              (sheet === null || m.sheet === sheet) &&
              (key === null || m.key === key) &&
              (type === null || typeOf(m) === type),
          )
          .map((m) =>
            instrument(
              this.log,
              'DeveloperMetadata',
              {
                getKey: () => m.key,
                getValue: () => m.value,
                getVisibility: () => m.visibility,
                setValue: (v: string) => {
                  this.checkMetadataRoom(m, v);
                  m.value = v;
                },
                remove: () => {
                  this.metadata = this.metadata.filter((x) => x !== m);
                },
                getLocation: () => ({
                  getLocationType: () => typeOf(m),
                  getRow: () =>
                    m.sheet ? m.sheet.rangeProxy(m.row, 1, m.rows, m.sheet.getMaxColumns()) : null,
                  getSheet: () => m.sheet?.proxy ?? null,
                  getSpreadsheet: () => (m.sheet ? null : this.proxy),
                }),
              },
              () => SCOPE.spreadsheets,
            ),
          ),
    };
    return instrument(this.log, 'DeveloperMetadataFinder', finder, () => SCOPE.spreadsheets);
  }
  addProtection(a1: string | null, sheetName: string, area: Area | null = null) {
    const protection = new FakeProtection(
      this.log,
      this.sharing,
      area ? 'RANGE' : 'SHEET',
      sheetName,
      area,
      a1,
      (p) => {
        this.protections = this.protections.filter((x) => x !== p);
      },
    );
    this.protections.push(protection);
    return protection.proxy;
  }
}

/** The SpreadsheetApp global over one spreadsheet. */
export function fakeSpreadsheetApp(spreadsheet: FakeSpreadsheet) {
  const log = spreadsheet.log;
  const ui = instrument(
    log,
    'Ui',
    {
      createMenu: (title: string) => {
        const menu = { title, items: [] as { caption: string; fn: string }[] };
        const builder = {
          addItem: (caption: string, fn: string) => {
            menu.items.push({ caption, fn });
            return builder;
          },
          addSeparator: () => builder,
          addToUi: () => {
            spreadsheet.menus.push(menu);
          },
        };
        return builder;
      },
      createAddonMenu: () => ui.createMenu('Throughline'),
      showSidebar: (output: { getContent(): string; getTitle(): string }) => {
        spreadsheet.sidebars.push({ title: output.getTitle(), html: output.getContent() });
      },
      showModalDialog: (output: { getContent(): string }, title: string) => {
        spreadsheet.sidebars.push({ title, html: output.getContent() });
      },
      alert: (title: string, prompt?: string) => {
        spreadsheet.alerts.push(prompt === undefined ? title : `${title}\n${prompt}`);
        return 'OK';
      },
      ButtonSet: { OK: 'OK' },
    },
    () => SCOPE.ui,
  );
  const dataValidation = () => {
    const rule: Record<string, unknown> = {};
    const builder = {
      requireValueInList: (list: string[], dropdown = true) => {
        rule.list = list;
        rule.dropdown = dropdown;
        return builder;
      },
      requireNumberBetween: (lo: number, hi: number) => {
        rule.between = [lo, hi];
        return builder;
      },
      requireDate: () => {
        rule.date = true;
        return builder;
      },
      setAllowInvalid: (allow: boolean) => {
        rule.allowInvalid = allow;
        return builder;
      },
      setHelpText: (text: string) => {
        rule.helpText = text;
        return builder;
      },
      build: () => ({ ...rule }),
    };
    return builder;
  };
  const app = {
    getActiveSpreadsheet: () => spreadsheet.proxy,
    getActive: () => spreadsheet.proxy,
    getUi: () => ui,
    flush: () => undefined,
    newDataValidation: dataValidation,
    newRichTextValue: () => {
      const value = { text: '', url: null as string | null };
      const builder = {
        setText: (text: string) => {
          value.text = text;
          return builder;
        },
        setLinkUrl: (url: string) => {
          value.url = url;
          return builder;
        },
        build: () => ({ ...value }),
      };
      return builder;
    },
  };
  const instrumented = instrument(log, 'SpreadsheetApp', app, (m) =>
    m === 'getUi' ? SCOPE.ui : SCOPE.spreadsheets,
  );
  // getUi is allowed in AuthMode.NONE (menus); the rest is not.
  return new Proxy(instrumented, {
    get(target, prop, receiver) {
      if (prop === 'getUi')
        return () => {
          log.counts.set('SpreadsheetApp.getUi', (log.counts.get('SpreadsheetApp.getUi') ?? 0) + 1);
          return ui;
        };
      if (prop === 'ChartType') return FAKE_CHARTS.ChartType;
      if (prop === 'ProtectionType') return { RANGE: 'RANGE', SHEET: 'SHEET' };
      if (prop === 'DeveloperMetadataVisibility')
        return { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' };
      if (prop === 'DeveloperMetadataLocationType')
        return { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' };
      return Reflect.get(target, prop, receiver);
    },
  });
}

export const FAKE_CHARTS = {
  ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE' },
  ChartHiddenDimensionStrategy: { IGNORE_BOTH: 'IGNORE_BOTH', SHOW_BOTH: 'SHOW_BOTH' },
};
