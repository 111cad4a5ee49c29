/**
 * Sheet and range protections as Google documents them (Apps Script `Protection`): a new
 * protection mirrors the spreadsheet's sharing until the script changes its editors; neither the
 * spreadsheet's owner nor the user running the script can be removed; a warning-only protection
 * lets every editor through after a prompt; unprotected ranges exist only inside sheet
 * protections. `canEdit(user, sheet, row, col)` answers who may type where, for the tests.
 */
import { instrument, SCOPE, type CallLog } from './call-log';

/** The people the spreadsheet is shared with, and who is running the script now. */
export interface Sharing {
  owner: string;
  /** Everyone with edit access through sharing, the owner included. */
  editors: string[];
  /** The account running the script. */
  user: string;
  domainEdit: boolean;
}

export interface Area {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const emailOf = (u: unknown) =>
  typeof u === 'string' ? u : (u as { getEmail(): string }).getEmail();
const fakeUser = (email: string) => ({ getEmail: () => email, toString: () => email });
const inside = (a: Area, sheet: string, r: number, c: number) =>
  a.sheet === sheet && r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols;

export class FakeProtection {
  warningOnly = false;
  description = '';
  /** null until the script changes the editors: the protection then mirrors the sharing. */
  editors: string[] | null = null;
  domainEdit: boolean | null = null;
  unprotected: Area[] = [];
  proxy: FakeProtection;

  constructor(
    log: CallLog,
    private readonly sharing: Sharing,
    readonly type: 'SHEET' | 'RANGE',
    readonly sheet: string,
    /** The protected range (RANGE) or null for the whole sheet. */
    readonly area: Area | null,
    readonly a1: string | null,
    private readonly removeSelf: (p: FakeProtection) => void,
  ) {
    this.proxy = instrument(log, 'Protection', this, () => SCOPE.spreadsheets);
  }

  private effectiveEditors(): string[] {
    const list = this.editors ?? this.sharing.editors;
    return [...new Set([this.sharing.owner, ...list])];
  }
  private startEditing(): string[] {
    this.editors ??= [...this.sharing.editors, this.sharing.user];
    return this.editors;
  }

  /** Whether `user` may type in row/col (1-based) of `sheet` past this protection. */
  lets(user: string, sheet: string, r: number, c: number): boolean {
    const covered = this.area
      ? inside(this.area, sheet, r, c)
      : sheet === this.sheet && !this.unprotected.some((a) => inside(a, sheet, r, c));
    if (!covered || this.warningOnly || this.editors === null) return true;
    return this.effectiveEditors().includes(user) || this.canDomainEdit();
  }

  getProtectionType() {
    return this.type;
  }
  getDescription() {
    return this.description;
  }
  setDescription(d: string) {
    this.description = d;
    return this.proxy;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setWarningOnly(w: boolean) {
    this.warningOnly = w;
    return this.proxy;
  }
  getEditors() {
    return this.effectiveEditors().map(fakeUser);
  }
  addEditor(user: unknown) {
    const list = this.startEditing();
    if (!list.includes(emailOf(user))) list.push(emailOf(user));
    return this.proxy;
  }
  addEditors(users: unknown[]) {
    for (const u of users) this.addEditor(u);
    return this.proxy;
  }
  /** Google: "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditor(user: unknown) {
    const email = emailOf(user);
    const list = this.startEditing();
    if (email === this.sharing.owner || email === this.sharing.user) return this.proxy;
    this.editors = list.filter((e) => e !== email);
    return this.proxy;
  }
  removeEditors(users: unknown[]) {
    for (const u of users) this.removeEditor(u);
    return this.proxy;
  }
  canDomainEdit() {
    return this.domainEdit ?? this.sharing.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.startEditing();
    this.domainEdit = editable;
    return this.proxy;
  }
  canEdit() {
    return this.warningOnly || this.effectiveEditors().includes(this.sharing.user);
  }
  setUnprotectedRanges(ranges: { getSheet(): { getName(): string }; getRow(): number }[]) {
    if (this.type !== 'SHEET')
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => {
      const range = r as unknown as {
        getRow(): number;
        getColumn(): number;
        getNumRows(): number;
        getNumColumns(): number;
      };
      return {
        sheet: r.getSheet().getName(),
        row: range.getRow(),
        col: range.getColumn(),
        rows: range.getNumRows(),
        cols: range.getNumColumns(),
      };
    });
    return this.proxy;
  }
  getUnprotectedRanges() {
    return this.unprotected.map((a) => ({ ...a }));
  }
  remove() {
    this.removeSelf(this);
  }
}
