import { RequestError } from '../../../contracts/client/request-error';
import type { RequestData } from '../../../contracts/protocol/methods';
import type { OutcomeField } from '../../../contracts/mdt-outcome';

/** A field as the server last had it: the value, its version, and who wrote it. */
export interface FieldView {
  value: unknown;
  version: number;
  editedBy: string | null;
}

/** What the form shows: each field's value as typed here, and the clashes waiting for an answer. */
export interface OutcomeSnapshot {
  values: Partial<Record<OutcomeField, unknown>>;
  conflicts: Partial<Record<OutcomeField, FieldView>>;
  /** Typed here and not yet stored (being sent, or waiting for the connection to come back). */
  unsaved: boolean;
}

type Edit = RequestData<'mdt.outcome.edit'>;
/** How the editor reaches the server: one versioned write of one field. */
export type SendEdit = (
  edit: Edit,
) => Promise<{ applied: true; field: FieldView } | { applied: false; conflict: FieldView }>;

/** Per field: the version the typed text builds on, and whether it is typed but not yet saved. */
interface Book {
  base: number;
  dirty: boolean;
  inFlight: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** At most one write per field in this time: typing is seen live without a write per key. */
export const SEND_EVERY_MS = 300;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// The write may have reached the server or not: the text is kept and sent again on reconnecting.
const lostInTransit = (err: unknown) =>
  err instanceof RequestError && (err.code === 'disconnected' || err.code === 'timeout');

/**
 * One case's outcome as edited on this page. Each field is written on top of the version the person
 * started from, never on whatever arrived since: a clash is kept for them to decide ("use theirs" or
 * "keep mine"), never settled silently. Others' changes land only in fields not being typed in.
 */
export class OutcomeEditor {
  private snapshot: OutcomeSnapshot = { values: {}, conflicts: {}, unsaved: false };
  private readonly books = new Map<OutcomeField, Book>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly caseId: string,
    private readonly sendEdit: SendEdit,
    private readonly onError: (field: OutcomeField, err: Error) => void,
  ) {}

  subscribe = (l: () => void) => (this.listeners.add(l), () => void this.listeners.delete(l));
  getSnapshot = (): OutcomeSnapshot => this.snapshot;

  private book(field: OutcomeField): Book {
    let b = this.books.get(field);
    if (!b) this.books.set(field, (b = { base: 0, dirty: false, inFlight: false }));
    return b;
  }
  private publish(change: Partial<OutcomeSnapshot>) {
    const unsaved = [...this.books.values()].some((b) => b.dirty || b.inFlight);
    this.snapshot = { ...this.snapshot, ...change, unsaved };
    for (const l of this.listeners) l();
  }
  private setValue(field: OutcomeField, value: unknown) {
    this.publish({ values: { ...this.snapshot.values, [field]: value } });
  }
  private setConflict(field: OutcomeField, c: FieldView | undefined) {
    const conflicts = { ...this.snapshot.conflicts, [field]: c };
    if (!c) delete conflicts[field];
    this.publish({ conflicts });
  }

  /** The server's state of a field (loaded, or someone's edit): shown unless it is being typed in. */
  receive(field: OutcomeField, state: FieldView) {
    const b = this.book(field);
    const clash = this.snapshot.conflicts[field];
    if (clash) return state.version > clash.version ? this.setConflict(field, state) : undefined;
    if (b.dirty || b.inFlight || state.version < b.base) return;
    b.base = state.version;
    this.setValue(field, state.value);
  }

  /** The person changed a field: shown at once, written within SEND_EVERY_MS. */
  type(field: OutcomeField, value: unknown) {
    const b = this.book(field);
    b.dirty = true;
    this.setValue(field, value);
    b.timer ??= setTimeout(() => {
      b.timer = undefined;
      void this.send(field);
    }, SEND_EVERY_MS);
  }

  useTheirs(field: OutcomeField) {
    const theirs = this.snapshot.conflicts[field];
    if (!theirs) return;
    Object.assign(this.book(field), { base: theirs.version, dirty: false });
    this.setConflict(field, undefined);
    this.setValue(field, theirs.value);
  }

  /** Writes what was typed again, this time on top of the version that clashed with it. */
  keepMine(field: OutcomeField) {
    const theirs = this.snapshot.conflicts[field];
    if (!theirs) return;
    this.book(field).base = theirs.version;
    this.setConflict(field, undefined);
    void this.send(field);
  }

  /** The connection is back: everything typed and not yet stored is written now, on its own base. */
  resume() {
    for (const [field, b] of this.books) if (b.dirty && !b.timer) void this.send(field);
  }

  /** Forgets pending writes (the case is no longer on this page, or the outcome was signed). */
  stop() {
    for (const b of this.books.values()) clearTimeout(b.timer);
    this.books.clear();
  }

  private async send(field: OutcomeField) {
    const b = this.book(field);
    if (b.inFlight || !b.dirty || this.snapshot.conflicts[field]) return;
    const value = this.snapshot.values[field] ?? null;
    b.inFlight = true;
    try {
      const edit = await this.sendEdit({
        caseId: this.caseId,
        field,
        value: value as Edit['value'],
        baseVersion: b.base,
      });
      // A write resent after a drop may find itself already stored: that is no clash.
      if (!edit.applied && !same(edit.conflict.value, value)) return this.setConflict(field, edit.conflict);
      b.base = (edit.applied ? edit.field : edit.conflict).version;
      if (same(this.snapshot.values[field] ?? null, value)) b.dirty = false;
    } catch (err) {
      if (lostInTransit(err)) return;
      b.dirty = false;
      this.onError(field, err as Error);
    } finally {
      b.inFlight = false;
      this.publish({});
    }
    if (b.dirty && !b.timer && !this.snapshot.conflicts[field]) void this.send(field);
  }
}
