/**
 * The annotator's own spans in the browser, in UTF-16 offsets, and the queue of changes still to be confirmed by the
 * server. The queue is kept in localStorage, so a change made just before the page died is sent again on the next
 * visit (creates carry their id and are idempotent; updates and deletes carry the version they were made against,
 * so a change replayed later never overwrites a newer one made elsewhere).
 */
export type Attributes = Record<string, unknown>;

export interface LabelDef { id: string; name: string; colour: string; key: string | null; description: string; }
export interface AttributeDef { id: string; name: string; }
export interface LayerDef {
  id: string; name: string; overlapAllowed: boolean; labels: LabelDef[]; attributes: AttributeDef[];
}

/** A span as the server sends it: code point offsets. */
export interface StoredSpan {
  id: string; layer: string; label: string; start: number; end: number; attributes: Attributes; version: number;
  annotator?: string;
}

export type SaveState = 'saved' | 'saving' | 'failed';

export interface Span {
  id: string; layer: string; label: string;
  /** UTF-16 offsets into the text, end-exclusive. */
  start: number; end: number;
  attributes: Attributes; version: number; annotator: string; state: SaveState;
}

/** The parts of a span an update may change (UTF-16 offsets). */
export interface SpanChange { label?: string; start?: number; end?: number; attributes?: Attributes; }

/** A suggestion as a decision about it names it to the server: its source, layer, label and code point offsets. */
export interface SuggestionRef { suggestion: string; layer: string; label: string; start: number; end: number; }

/**
 * A change on its way to the server. Offsets in code points, as the server reads them. An update or delete carries
 * the version of the span it was made against; when it was made while an earlier change of the same span still
 * waited, it carries none until that change's answer gives the version it produced. {@code sent} marks a change the
 * server may have received (so a create once sent is never quietly dropped). A create with {@code suggestion} (its
 * source) accepts that suggestion; a reject, or a rejection withdrawn (an undo), is a decision about a suggestion
 * that makes no span: its id is the suggestion's key, so that decisions about one suggestion are sent in order.
 */
export type Operation =
  | { kind: 'create'; id: string; layer: string; label: string; start: number; end: number; attributes: Attributes;
      from?: string; suggestion?: string; sent?: boolean }
  | { kind: 'update'; id: string; label?: string; start?: number; end?: number; attributes?: Attributes;
      before: SpanChange; version?: number; sent?: boolean }
  | { kind: 'delete'; id: string; version?: number; sent?: boolean }
  | { kind: 'reject'; id: string; suggestion: SuggestionRef; sent?: boolean }
  | { kind: 'withdraw'; id: string; suggestion: SuggestionRef; sent?: boolean };

/** What a page keeps in storage: its waiting changes, and when it last said it was still open (0: closed). */
interface Stored { alive: number; operations: Operation[]; }

/** A page that has not said it is open for this long is gone (crashed); its changes are taken up by another. */
export const GONE_AFTER_MILLIS = 70_000;

/**
 * The changes of one page (browser tab) on one document still to be confirmed by the server, in order, kept in
 * localStorage under a key of the tab's own, so that two tabs on the same document never overwrite each other's.
 * A reload keeps the tab's key (sessionStorage holds it); changes left by a tab that was closed, or that crashed a
 * while ago, are taken up by the next page of the same document.
 */
export class Outbox {
  private readonly prefix: string;
  private readonly key: string;
  private readonly tab: string;
  readonly operations: Operation[];

  constructor(documentId: string, annotator: string, tab = tabId(), now = Date.now()) {
    this.prefix = `slant.outbox.${annotator}.${documentId}`;
    this.key = `${this.prefix}.${tab}`;
    this.tab = tab;
    claimTab(tab, now);
    this.operations = [...Outbox.read(this.key).operations];
    this.adopt(now);
  }

  get size(): number {
    return this.operations.length;
  }

  /**
   * Queues a change. An update or delete made while an earlier change of the same span waits is chained to it: it is
   * sent with the version that change produces, not the one the page knew before.
   */
  add(operation: Operation, knownVersion?: number): void {
    if (operation.kind === 'update' || operation.kind === 'delete') {
      operation.version = this.pendingFor(operation.id) ? undefined : knownVersion;
    }
    this.operations.push(operation);
    this.write();
  }

  first(): Operation | undefined {
    return this.operations[0];
  }

  /** The first changes, up to the first one about a span already among them: these may be sent together. */
  batch(most = 25): Operation[] {
    const spans = new Set<string>();
    const batch: Operation[] = [];
    for (const operation of this.operations) {
      if (batch.length === most || spans.has(operation.id)) break;
      spans.add(operation.id);
      batch.push(operation);
    }
    return batch;
  }

  /** Marks changes as on their way: from now on the server may have them. */
  sending(operations: Operation[]): void {
    operations.forEach((operation) => { operation.sent = true; });
    this.write();
  }

  /**
   * Takes an operation off once the server has answered it; the next waiting change of the same span, made against
   * this one, gets the version the answer produced.
   */
  done(operation: Operation, producedVersion?: number): void {
    const at = this.operations.indexOf(operation);
    if (at >= 0) this.operations.splice(at, 1);
    if (producedVersion !== undefined) {
      const next = this.operations.find((waiting) => waiting.id === operation.id);
      if (next && (next.kind === 'update' || next.kind === 'delete') && next.version === undefined) {
        next.version = producedVersion;
      }
    }
    this.write();
  }

  /** Drops every waiting change of a span: the server refused one, and the rest were made on top of it. */
  dropAllOf(id: string): Operation[] {
    const dropped: Operation[] = [];
    for (let i = this.operations.length - 1; i >= 0; i--) {
      if (this.operations[i].id === id) dropped.unshift(...this.operations.splice(i, 1));
    }
    this.write();
    return dropped;
  }

  pendingFor(id: string): boolean {
    return this.operations.some((operation) => operation.id === id);
  }

  /** Says this page is still open, so that other pages leave its changes alone; and takes up those of gone pages. */
  keepAlive(now = Date.now()): number {
    claimTab(this.tab, now);
    this.write(now);
    return this.adopt(now);
  }

  /** The page is closing: its changes may be taken up at once by the next page of the document. */
  release(): void {
    releaseTab(this.tab);
    this.write(0);
  }

  /**
   * Takes up the changes of pages of this document that are gone: closed, or silent for GONE_AFTER_MILLIS. They come
   * first, in their order: they were made before this page's. Answers how many were taken up.
   */
  private adopt(now: number): number {
    const storage = safeStorage();
    if (!storage) return 0;
    const adopted: Operation[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key || key === this.key || (key !== this.prefix && !key.startsWith(`${this.prefix}.`))) continue;
      const stored = Outbox.read(key);
      if (stored.alive > 0 && now - stored.alive < GONE_AFTER_MILLIS) continue;
      adopted.push(...stored.operations);
    }
    if (adopted.length === 0) return 0;
    this.operations.unshift(...adopted);
    this.write(now);
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (!key || key === this.key || (key !== this.prefix && !key.startsWith(`${this.prefix}.`))) continue;
      const stored = Outbox.read(key);
      if (stored.alive === 0 || now - stored.alive >= GONE_AFTER_MILLIS) storage.removeItem(key);
    }
    return adopted.length;
  }

  private write(alive = Date.now()): void {
    const storage = safeStorage();
    try {
      if (!storage) return;
      if (this.operations.length === 0) storage.removeItem(this.key);
      else {
        const stored: Stored = { alive, operations: this.operations };
        storage.setItem(this.key, JSON.stringify(stored));
      }
    } catch {
      // storage full or forbidden: the queue still lives in memory for this page
    }
  }

  /** A page's stored changes; an older page stored a bare list (and is gone: alive 0). */
  private static read(key: string): Stored {
    try {
      const stored = safeStorage()?.getItem(key);
      const parsed = stored ? JSON.parse(stored) : null;
      if (Array.isArray(parsed)) return { alive: 0, operations: parsed };
      if (parsed && Array.isArray(parsed.operations)) {
        return { alive: Number(parsed.alive) || 0, operations: parsed.operations };
      }
    } catch {
      // unreadable: nothing to send
    }
    return { alive: 0, operations: [] };
  }
}

let pageTab: string | null = null;

/**
 * This tab's id, the same for as long as the page lives: kept across reloads of the tab (sessionStorage is the tab's
 * own), new in every other tab (see chooseTab).
 */
export function tabId(now = Date.now()): string {
  pageTab ??= chooseTab(now);
  return pageTab;
}

/**
 * The id a page just opened takes: the one its tab had before a reload, unless another open page still claims it. A
 * tab made with the browser's "Duplicate tab" starts with a copy of the original's sessionStorage, id included; the
 * original renews its claim while it is open (keepAlive) and drops it when it goes, so the copy takes a new id and
 * the two tabs never share one queue of changes.
 */
export function chooseTab(now = Date.now()): string {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem('slant.tab');
  } catch {
    // no sessionStorage: a new id every time
  }
  if (!id || claimedElsewhere(id, now)) {
    id = newId();
    try {
      sessionStorage.setItem('slant.tab', id);
    } catch {
      // kept for this page only
    }
  }
  claimTab(id, now);
  forgetGoneClaims(now);
  return id;
}

/** Says an open page uses the tab id; a claim older than GONE_AFTER_MILLIS is a gone page's. */
export function claimTab(id: string, now = Date.now()): void {
  try {
    safeStorage()?.setItem(`slant.tab.${id}`, String(now));
  } catch {
    // storage full or forbidden: a duplicated tab may then share the id
  }
}

/** The page that used the tab id is going (reload, close): the next page of the tab takes the id up again. */
export function releaseTab(id: string): void {
  try {
    safeStorage()?.removeItem(`slant.tab.${id}`);
  } catch {
    // nothing to release
  }
}

/** Claims left by pages that crashed are removed, so they do not pile up. */
function forgetGoneClaims(now: number): void {
  const storage = safeStorage();
  if (!storage) return;
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key?.startsWith('slant.tab.') && now - Number(storage.getItem(key)) >= GONE_AFTER_MILLIS) {
      storage.removeItem(key);
    }
  }
}

function claimedElsewhere(id: string, now: number): boolean {
  const at = Number(safeStorage()?.getItem(`slant.tab.${id}`));
  return at > 0 && now - at < GONE_AFTER_MILLIS;
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A version 4 UUID; crypto.randomUUID exists only on https pages, getRandomValues everywhere. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
