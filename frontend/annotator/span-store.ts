/**
 * The annotator's own spans in the browser, in UTF-16 offsets, and the queue of changes still to be confirmed by the
 * server. The queue is kept in localStorage, so a change made just before the page died is sent again on the next
 * visit (creates carry their id and are idempotent; updates and deletes carry the version they were made against).
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

/** A change on its way to the server. Offsets in code points, as the server reads them. */
export type Operation =
  | { kind: 'create'; id: string; layer: string; label: string; start: number; end: number; attributes: Attributes }
  | { kind: 'update'; id: string; label?: string; start?: number; end?: number; attributes?: Attributes;
      before: SpanChange }
  | { kind: 'delete'; id: string };

export class Outbox {
  private readonly key: string;
  readonly operations: Operation[];

  constructor(documentId: string, annotator: string) {
    this.key = `slant.outbox.${annotator}.${documentId}`;
    this.operations = Outbox.read(this.key);
  }

  get size(): number {
    return this.operations.length;
  }

  add(operation: Operation): void {
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

  /** Takes an operation off, once the server has answered it. */
  done(operation: Operation): void {
    const at = this.operations.indexOf(operation);
    if (at >= 0) this.operations.splice(at, 1);
    this.write();
  }

  /** Drops every waiting change of a span the server refused to create. */
  dropAllOf(id: string): void {
    for (let i = this.operations.length - 1; i >= 0; i--) {
      if (this.operations[i].id === id) this.operations.splice(i, 1);
    }
    this.write();
  }

  pendingFor(id: string): boolean {
    return this.operations.some((operation) => operation.id === id);
  }

  private write(): void {
    try {
      if (this.operations.length === 0) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify(this.operations));
    } catch {
      // storage full or forbidden: the queue still lives in memory for this page
    }
  }

  private static read(key: string): Operation[] {
    try {
      const stored = localStorage.getItem(key);
      const parsed = stored ? JSON.parse(stored) : [];
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
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
