import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { installStyles } from './annotator-styles';
import { TextIndex } from './text-index';
import { TextView } from './text-view';
import {
  Outbox, newId, type Attributes, type LayerDef, type LabelDef, type Operation, type Span, type SpanChange,
  type StoredSpan,
} from './span-store';
import {
  inTextOrder, nextSuggestion, refOf, suggestionHighlight, suggestionKey, suggestionsAt, type PageSuggestion,
  type SuggestionDef,
} from './suggestions';
import { parseTexts, t, tParts, type Texts } from './texts';

/** What the server sends when the article opens. */
export interface Setup {
  documentId: string; annotator: string; text: string; snapToWords: boolean; layers: LayerDef[]; spans: StoredSpan[];
  /** The server's words, which selections snap to (delta-coded UTF-16 ranges; see TextIndex). */
  words?: number[];
}

/** The server's answer to a change. */
interface Reply {
  ok: boolean; kind?: 'invalid' | 'conflict' | 'gone' | 'done' | 'forbidden' | 'unavailable'; message?: string;
  span?: StoredSpan | null;
  /** With 'unavailable' (Slant cannot reach its database): seconds until it is worth sending again. */
  retryAfter?: number;
}

/**
 * Why changes wait: no connection (to Slant, or Slant to its database: both are "offline" to the annotator), signed
 * out (the page must be reloaded to sign in), or no answer in time.
 */
type Connection = 'online' | 'offline' | 'signed-out' | 'unanswered';

/** An action of this session, as undo and redo replay it. */
export type Step =
  | { kind: 'create'; id: string; span: SpanSnapshot }
  | { kind: 'delete'; id: string; span: SpanSnapshot }
  | { kind: 'update'; id: string; before: SpanChange; after: SpanChange }
  /** several steps taken as one (a curator accepting a span in place of the gold it clashes with) */
  | { kind: 'group'; id: string; steps: Step[] }
  /** a suggestion rejected ({@code id}: its key); undoing it takes the rejection back */
  | { kind: 'reject'; id: string };

/**
 * A span as undo and redo re-create it; {@code from} is the annotator's span a gold span was accepted from,
 * {@code suggestion} the source of the suggestion it was accepted from.
 */
export type SpanSnapshot = Pick<Span, 'layer' | 'label' | 'start' | 'end' | 'attributes'>
  & { from?: string; suggestion?: string };

interface Server {
  createSpan(json: string): Promise<string>;
  updateSpan(json: string): Promise<string>;
  deleteSpan(id: string, version: number): Promise<string>;
  spanSelected(json: string | null): Promise<void>;
  activity(seconds: number): Promise<void>;
  refusedAsDone(): Promise<void>;
  acceptSuggestion(json: string): Promise<string>;
  rejectSuggestion(json: string): Promise<string>;
  withdrawRejection(json: string): Promise<string>;
}

/** Vaadin's own view of its connection (window.Vaadin.connectionState), where the page has it. */
interface ConnectionStateStore {
  addStateChangeListener(listener: (previous: string, next: string) => void): void;
  removeStateChangeListener(listener: (previous: string, next: string) => void): void;
}

const RETRY_MILLIS = [1000, 2000, 5000, 10000, 30000];
const HEARTBEAT_SECONDS = 15;
const IDLE_AFTER_MILLIS = 60000;
/** How often the page says it is still open, and takes up changes left by closed tabs. */
const ALIVE_EVERY_MILLIS = 20000;
/** Where the annotator's choice to hide suggestions is kept, for every document. */
const SUGGESTIONS_HIDDEN = 'slant.suggestions.hidden';

/**
 * The span annotator: the article with the annotator's spans drawn over it, a palette of labels by layer, and the
 * keyboard and mouse ways of marking, changing and deleting spans. Every change is drawn at once and sent to the
 * server in order; until the server confirms it, it waits in a queue that survives a reload.
 */
export class SlantAnnotator extends LitElement {
  static properties = {
    setup: { type: String },
    /** The texts in the reader's language (JSON, see texts.ts); a subclass's own override the annotator's. */
    texts: { type: String },
    readOnly: { type: Boolean },
    status: { state: true },
    connection: { state: true },
    message: { state: true },
    tip: { state: true },
    hiddenLayers: { state: true },
    selectedId: { state: true },
    counts: { state: true },
    suggestions: { type: String },
    showSuggestions: { state: true },
    currentSuggestion: { state: true },
    suggestionPopover: { state: true },
  };

  // declared, not initialised here: class fields would hide Lit's reactive accessors
  declare setup: string;
  declare texts: string;
  /** The document is marked done: spans show and can be selected, nothing changes, waiting changes wait. */
  declare readOnly: boolean;
  declare private status: 'saved' | 'saving' | 'failed';
  declare private connection: Connection;
  declare protected message: string;
  declare private tip: { x: number; y: number; spans: Span[] } | null;
  declare private hiddenLayers: Set<string>;
  declare protected selectedId: string | null;
  declare private counts: Map<string, number>;
  /** The suggestions the server offers (JSON of SuggestionDef, code points); empty where none are offered. */
  declare suggestions: string;
  declare private showSuggestions: boolean;
  /** The key of the suggestion the keys act on (Enter accepts, Delete rejects), shown with its popover. */
  declare protected currentSuggestion: string | null;
  declare private suggestionPopover: { x: number; y: number; keys: string[] } | null;

  /** Key press to drawn, and key press to confirmed by the server, of each span this page created (ms). */
  readonly editTimings: { drawn: number; saved: number }[] = [];
  /** Setup received to article drawn (ms), for the benchmark. */
  renderMillis = 0;
  /** How long a change may go unanswered before the page says it is not saved and finds out why. */
  saveTimeoutMillis = 10000;

  protected article: Setup | null = null;
  protected index!: TextIndex;
  protected view!: TextView;
  private outbox!: Outbox;
  protected spans = new Map<string, Span>();
  protected layers = new Map<string, LayerDef>();
  protected labels = new Map<string, { layer: LayerDef; label: LabelDef }>();
  private keys = new Map<string, { layer: LayerDef; label: LabelDef }>();
  private pending: [number, number] | null = null;
  private cursor: { anchor: number; focus: number } | null = null;
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];
  /** Ids of spans re-created by undo or redo: old id to new id. */
  private renamed = new Map<string, string>();
  private sending = false;
  private retry = 0;
  private retryTimer = 0;
  private lastInput = 0;
  private heartbeat = 0;
  private aliveTimer = 0;
  /** Spans created on this page and not yet confirmed: when the key went down, and their entry in editTimings. */
  private editStarts = new Map<string, { began: number; timing: { drawn: number; saved: number } }>();
  /** What the server last heard about the selection, so that it hears only of changes. */
  private selectionSent: string | null = null;
  private clickCycle: { element: Element; next: number } | null = null;
  private pressed = false;
  private opening = 0;
  /** The offered suggestions in text order, with what the annotator did with them on this page. */
  private pageSuggestions: PageSuggestion[] = [];
  /** The ranges this annotator added to the page's suggestion highlights, to take them off again. */
  private suggestionRanges: { highlight: Highlight; range: Range }[] = [];
  private currentRange: Range | null = null;
  /** The texts parsed, and the JSON they were parsed from. */
  private parsedTexts: Texts = {};
  private parsedFrom: string | null = null;
  /** The last message that said the work is read-only, and the last that said why changes are not saved. */
  private closedSaid = '';
  private connectionSaid = '';

  constructor() {
    super();
    this.setup = '';
    this.texts = '';
    this.status = 'saved';
    this.readOnly = false;
    this.connection = 'online';
    this.message = '';
    this.tip = null;
    this.hiddenLayers = new Set();
    this.selectedId = null;
    this.counts = new Map();
    this.suggestions = '';
    this.showSuggestions = readHidden() !== '1';
    this.currentSuggestion = null;
    this.suggestionPopover = null;
  }

  protected createRenderRoot() {
    installStyles();
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    window.addEventListener('mouseup', this.onMouseUp);
    window.addEventListener('beforeunload', this.onLeave);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('online', this.onOnline);
    this.vaadinConnection()?.addStateChangeListener(this.onVaadinConnection);
    this.heartbeat = window.setInterval(() => this.reportActivity(), HEARTBEAT_SECONDS * 1000);
    this.aliveTimer = window.setInterval(() => this.keepAlive(), ALIVE_EVERY_MILLIS);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
    window.removeEventListener('mouseup', this.onMouseUp);
    window.removeEventListener('beforeunload', this.onLeave);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('online', this.onOnline);
    this.vaadinConnection()?.removeStateChangeListener(this.onVaadinConnection);
    window.clearInterval(this.heartbeat);
    window.clearInterval(this.aliveTimer);
    window.clearTimeout(this.retryTimer);
    this.outbox?.release();
    CSS.highlights?.delete('sa-pending');
    CSS.highlights?.delete('sa-focus');
    this.clearSuggestionRanges();
  }

  protected willUpdate(changed: PropertyValues): void {
    if (changed.has('setup') && this.setup) this.prepare(JSON.parse(this.setup) as Setup);
    if ((changed.has('setup') || changed.has('suggestions')) && this.article) this.loadSuggestions();
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('setup') && this.setup) this.drawArticle();
    else if ((changed.has('suggestions') || changed.has('readOnly')) && this.view) this.drawSuggestions();
    if (changed.has('readOnly')) {
      this.dataset.readOnly = String(this.readOnly);
      if (!this.readOnly && this.article) {
        if (this.closedSaid && this.message === this.closedSaid) this.say('');
        this.send();
      }
      this.refreshStatus();
    }
  }

  render() {
    if (!this.article) return html`<div class="sa-main"><div class="sa-text"></div></div>`;
    return html`
      <div class="sa-main">
        <aside class="sa-palette" aria-label=${this.t('palette.label')}>
          ${this.renderStatus()}
          ${this.readOnly ? html`<div class="sa-readonly" role="note">${this.t('read-only.note')}</div>` : nothing}
          <div class="sa-tools">
            <button title=${this.t('undo.title')} ?disabled=${this.readOnly || this.undoSteps.length === 0} @click=${() => this.undo()}>${this.t('undo')}</button>
            <button title=${this.t('redo.title')} ?disabled=${this.readOnly || this.redoSteps.length === 0} @click=${() => this.redo()}>${this.t('redo')}</button>
            <button title=${this.t('delete.title')} ?disabled=${this.readOnly || !this.selectedId}
              @click=${() => this.selectedId && this.deleteSpan(this.selectedId)}>${this.t('delete')}</button>
          </div>
          ${this.message ? html`<div class="sa-message" role="alert">${this.message}</div>` : nothing}
          ${this.renderSuggestionsToggle()}
          ${this.article.layers.map((layer) => this.renderLayer(layer))}
          <div class="sa-hints">
            ${this.readOnly ? html`
            ${this.hint('hints.read-only')}<br>
            ${this.t('hints.read-only-closed')}` : html`
            ${this.t('hints.select')}<br>
            ${this.hint('hints.words')}<br>
            ${this.hint('hints.spans')}<br>
            ${this.hint('hints.bounds')}<br>
            ${this.hint('hints.undo')}${
            this.pageSuggestions.length ? html`<br>
            ${this.hint('hints.suggestions')}` : nothing}`}
          </div>
        </aside>
        <div class="sa-text" tabindex="0" role="document" aria-label=${this.t('text.label')}
          @mousedown=${() => { this.pressed = true; this.view?.hold(true); }} @mousemove=${this.onHover} @mouseleave=${() => { this.tip = null; }}
          @focus=${() => this.touch()} @scroll=${this.onTextScroll}></div>
      </div>
      ${this.tip && !this.suggestionPopover ? this.renderTip(this.tip) : nothing}
      ${this.suggestionPopover ? this.renderPopover(this.suggestionPopover) : nothing}`;
  }

  /** The palette's switch for suggestions, with how many are open; only where some are offered. */
  private renderSuggestionsToggle() {
    if (this.pageSuggestions.length === 0 || this.readOnly) return nothing;
    const open = this.openSuggestions().length;
    return html`<section class="sa-layer sa-suggestions" data-open=${open}>
      <header><label title=${this.t('suggestions.title')}>
        <input type="checkbox" .checked=${this.showSuggestions} @change=${() => this.toggleSuggestions()}>${this.t('suggestions')}
      </label><span class="sa-count">${open || ''}</span></header>
      ${this.showSuggestions && open ? html`<button class="sa-label sa-sg-next" title=${this.t('suggestions.next.title')}
        @click=${() => this.goToSuggestion(1)}><span class="sa-swatch sa-sg-swatch"></span>
        <span class="sa-name">${this.t('suggestions.next')}</span><kbd>Alt+S</kbd></button>` : nothing}
    </section>`;
  }

  /** The suggestions at the current one's place: what each proposes and why, and Accept and Reject. */
  private renderPopover(popover: { x: number; y: number; keys: string[] }) {
    const items = popover.keys.map((key) => this.pageSuggestions.find((suggestion) => suggestion.key === key))
      .filter((suggestion): suggestion is PageSuggestion => !!suggestion);
    const left = Math.max(8, Math.min(popover.x, window.innerWidth - 330));
    const top = Math.min(popover.y + 6, window.innerHeight - 60 - 120 * items.length);
    return html`<div class="sa-sg-pop" role="dialog" aria-label=${this.t('suggestion.label')} style="left:${left}px;top:${top}px">
      ${items.map((suggestion) => {
        const found = this.labels.get(suggestion.def.label);
        const current = suggestion.key === this.currentSuggestion;
        const values = Object.entries(suggestion.def.attributes).filter(([, value]) => value !== null && value !== '');
        return html`<div class="sa-sg-item ${current ? 'current' : ''}" data-label=${found?.label.name ?? ''}>
          <div class="sa-tip-head"><span class="sa-swatch sa-sg-swatch" style="border-color:${found?.label.colour}"></span>
            ${this.t('suggestion.suggested', { label: found?.label.name ?? '?' })} <span class="sa-tip-layer">· ${found?.layer.name}</span></div>
          <div class="sa-sg-quote">“${this.quoteOf(suggestion.start, suggestion.end)}”</div>
          ${values.length ? html`<dl>${values.map(([id, value]) => html`
            <dt>${found?.layer.attributes.find((a) => a.id === id)?.name ?? id}</dt><dd>${String(value)}</dd>`)}</dl>`
            : nothing}
          <div class="sa-sg-why">${suggestion.def.note} <span class="sa-sg-source">(${suggestion.def.source})</span></div>
          <div class="sa-sg-actions">
            <button class="sa-sg-accept" @click=${() => this.acceptSuggestion(suggestion.key)}>${this.t('suggestion.accept')}${current
              ? html` <kbd>Enter</kbd>` : nothing}</button>
            <button class="sa-sg-reject" @click=${() => this.rejectSuggestion(suggestion.key)}>${this.t('suggestion.reject')}${current
              ? html` <kbd>Del</kbd>` : nothing}</button>
          </div>
        </div>`;
      })}
    </div>`;
  }

  private renderStatus() {
    const state = this.saveState();
    const waiting = this.outbox?.size ?? 0;
    const changes = this.t(waiting === 1 ? 'status.changes.one' : 'status.changes.other', { count: waiting });
    const text = this.t(`status.${state}`, { changes });
    return html`<div class="sa-status" data-state=${state} role="status" aria-live="polite">
      <span class="sa-status-text">${text}</span>
      ${state === 'signed-out' ? html`<button title=${this.t('status.sign-in.title')}
          @click=${() => window.location.reload()}>${this.t('status.sign-in')}</button>`
        : state === 'offline' || state === 'failed' ? html`<button @click=${() => this.sendNow()}>${this.t('status.retry')}</button>`
        : nothing}
    </div>`;
  }

  /** What a span's tooltip says of its save, in the status line's words: a change kept while offline waits. */
  private spanSaveState(span: Span): string {
    if (span.state === 'saved') return '';
    const state = this.saveState();
    return state === 'saved' ? '' : ` · ${this.t(`span-state.${state}`)}`;
  }

  /** What the status line says: saved, saving, or not saved and why. */
  private saveState(): 'saved' | 'saving' | 'waiting' | 'offline' | 'signed-out' | 'failed' {
    if (!this.outbox || this.outbox.size === 0) return 'saved';
    if (this.readOnly) return 'waiting';
    if (this.status !== 'failed') return 'saving';
    if (this.connection === 'signed-out') return 'signed-out';
    return this.connection === 'offline' ? 'offline' : 'failed';
  }

  private renderLayer(layer: LayerDef) {
    const hidden = this.hiddenLayers.has(layer.id);
    const selected = this.selectedId ? this.spans.get(this.selectedId) : undefined;
    return html`<section class="sa-layer ${hidden ? 'hidden' : ''}" data-layer=${layer.name}>
      <header><label title=${this.t('layer.title')}>
        <input type="checkbox" .checked=${!hidden} @change=${() => this.toggleLayer(layer.id)}>${layer.name}
      </label></header>
      ${layer.labels.map((label) => html`
        <button class="sa-label ${selected?.label === label.id ? 'current' : ''}" data-label=${label.name}
          ?disabled=${this.readOnly}
          title=${label.description || label.name} @click=${() => this.applyLabel(label.id)}>
          <span class="sa-swatch" style="background:${label.colour}"></span>
          <span class="sa-name">${label.name}</span>
          <span class="sa-count">${this.counts.get(label.id) || ''}</span>
          ${label.key ? html`<kbd>${label.key}</kbd>` : nothing}
        </button>`)}
    </section>`;
  }

  private renderTip(tip: { x: number; y: number; spans: Span[] }) {
    const left = Math.min(tip.x + 14, window.innerWidth - 360);
    return html`<div class="sa-tip" style="left:${left}px;top:${tip.y + 18}px" role="tooltip">
      ${tip.spans.map((span) => {
        const found = this.labels.get(span.label);
        const values = Object.entries(span.attributes).filter(([, value]) => value !== null && value !== '');
        return html`<div class="sa-tip-span">
          <div class="sa-tip-head"><span class="sa-swatch" style="background:${found?.label.colour}"></span>
            ${found?.label.name ?? '?'} <span class="sa-tip-layer">· ${found?.layer.name}</span></div>
          ${values.length ? html`<dl>${values.map(([id, value]) => html`
            <dt>${found?.layer.attributes.find((a) => a.id === id)?.name ?? id}</dt>
            <dd>${Array.isArray(value) ? value.join(', ') : String(value)}</dd>`)}</dl>` : nothing}
          <div class="sa-tip-who">${span.annotator}${this.spanSaveState(span)}</div>
        </div>`;
      })}
    </div>`;
  }

  // ---- opening an article ----

  private prepare(setup: Setup): void {
    this.opening = performance.now();
    this.article = setup;
    this.index = new TextIndex(setup.text, setup.words);
    this.layers = new Map(setup.layers.map((layer) => [layer.id, layer]));
    this.labels.clear();
    this.keys.clear();
    for (const layer of setup.layers) {
      for (const label of layer.labels) {
        this.labels.set(label.id, { layer, label });
        if (label.key) this.keys.set(label.key.toLowerCase(), { layer, label });
      }
    }
    this.spans = new Map(setup.spans.map((stored) => [stored.id, this.fromServer(stored, setup.annotator)]));
    this.outbox?.release();
    this.outbox = new Outbox(setup.documentId, setup.annotator);
    this.replayOutbox(this.outbox.operations);
    this.undoSteps = [];
    this.redoSteps = [];
    this.selectedId = null;
    this.recount();
  }

  private drawArticle(): void {
    const setup = this.article!;
    const element = this.querySelector<HTMLElement>('.sa-text')!;
    this.view = new TextView(element, setup.text, () => this.spans.values(),
      (span) => this.labels.get(span.label)?.label.colour ?? '#888888', (span) => !this.hiddenLayers.has(span.layer));
    this.view.drawAll();
    this.drawSuggestions();
    afterPaint(() => {
      this.renderMillis = performance.now() - this.opening;
      performance.mark('slant-annotator-drawn');
      this.dataset.drawn = 'true';
    });
    this.send();
  }

  /** Changes a previous page could not send are applied again and sent first. */
  private replayOutbox(operations: Operation[]): void {
    for (const operation of operations) {
      const span = this.spans.get(operation.id);
      if (operation.kind === 'create' && !span) {
        this.spans.set(operation.id, {
          id: operation.id, layer: operation.layer, label: operation.label, start: this.index.toUtf16(operation.start),
          end: this.index.toUtf16(operation.end), attributes: operation.attributes, version: 0,
          annotator: this.article!.annotator, state: 'saving',
        });
      } else if (operation.kind === 'update' && span) {
        Object.assign(span, this.toUtf16(operation), { state: 'saving' });
      } else if (operation.kind === 'delete') {
        this.spans.delete(operation.id);
      } else if (operation.kind === 'reject' || operation.kind === 'withdraw') {
        const suggestion = this.suggestionOf(operation.id);
        if (suggestion) suggestion.rejected = operation.kind === 'reject';
      }
    }
    if (this.outbox.size > 0) this.status = 'saving';
  }

  // ---- suggestions ----

  /** Takes the offered suggestions; decisions still waiting in this tab's queue (sent after a reload) hold. */
  private loadSuggestions(): void {
    const offered = this.suggestions ? JSON.parse(this.suggestions) as SuggestionDef[] : [];
    this.pageSuggestions = offered.filter((def) => this.labels.has(def.label)).map((def) => ({
      key: suggestionKey(def, def.source), def, start: this.index.toUtf16(def.start), end: this.index.toUtf16(def.end),
      rejected: false, spanId: null,
    })).sort(inTextOrder);
    for (const operation of this.outbox.operations) {
      if (operation.kind === 'reject' || operation.kind === 'withdraw') {
        const suggestion = this.suggestionOf(operation.id);
        if (suggestion) suggestion.rejected = operation.kind === 'reject';
      }
    }
    this.currentSuggestion = null;
    this.suggestionPopover = null;
  }

  /** The suggestion a decision in the queue is about (its id is "suggestion:" and the key). */
  private suggestionOf(operationId: string): PageSuggestion | undefined {
    const key = operationId.startsWith('suggestion:') ? operationId.slice('suggestion:'.length) : operationId;
    return this.pageSuggestions.find((suggestion) => suggestion.key === key);
  }

  /**
   * The suggestions still to be decided: not rejected, not made into a span that is still here (wherever it was
   * moved to), not the same as one of the annotator's spans; of the layers shown.
   */
  private openSuggestions(): PageSuggestion[] {
    if (this.pageSuggestions.length === 0) return [];
    const had = new Set<string>();
    for (const span of this.spans.values()) had.add(`${span.layer}|${span.label}|${span.start}|${span.end}`);
    return this.pageSuggestions.filter((suggestion) => !suggestion.rejected
      && !(suggestion.spanId && this.spans.has(this.resolve(suggestion.spanId)))
      && !had.has(`${suggestion.def.layer}|${suggestion.def.label}|${suggestion.start}|${suggestion.end}`)
      && !this.hiddenLayers.has(suggestion.def.layer));
  }

  /** What is drawn: the open suggestions, while they are shown and the work can be changed. */
  private shownSuggestions(): PageSuggestion[] {
    return this.showSuggestions && !this.readOnly ? this.openSuggestions() : [];
  }

  /** Draws the suggestions shown (dashed, in their label's colour) and the current one, over the article. */
  protected drawSuggestions(): void {
    this.clearSuggestionRanges();
    const shown = this.shownSuggestions();
    this.dataset.suggestions = String(shown.length);
    const current = shown.find((suggestion) => suggestion.key === this.currentSuggestion);
    if (this.currentSuggestion && !current) {
      this.currentSuggestion = null;
      this.suggestionPopover = null;
    }
    if (current) {
      const label = this.labels.get(current.def.label)?.label.name ?? '';
      this.dataset.currentSuggestion = `${label}:${current.def.start}-${current.def.end}`;
    } else {
      delete this.dataset.currentSuggestion;
    }
    if (!this.view || !CSS.highlights) return;
    for (const suggestion of shown) {
      const highlight = suggestionHighlight(this.labels.get(suggestion.def.label)?.label.colour ?? '#888888');
      if (!highlight) continue;
      const range = this.view.rangeOf(suggestion.start, suggestion.end);
      highlight.add(range);
      this.suggestionRanges.push({ highlight, range });
    }
    if (current) {
      let highlight = CSS.highlights.get('sa-sg-current');
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = 2;
        CSS.highlights.set('sa-sg-current', highlight);
      }
      this.currentRange = this.view.rangeOf(current.start, current.end);
      highlight.add(this.currentRange);
    }
  }

  private clearSuggestionRanges(): void {
    for (const { highlight, range } of this.suggestionRanges) highlight.delete(range);
    this.suggestionRanges = [];
    if (this.currentRange) CSS.highlights?.get('sa-sg-current')?.delete(this.currentRange);
    this.currentRange = null;
  }

  /** Alt+S: the next suggestion (Alt+Shift+S the previous) becomes current, with its popover. */
  private goToSuggestion(direction: 1 | -1): void {
    if (this.refuseWhileReadOnly()) return;
    if (!this.showSuggestions) {
      this.say(this.t('say.suggestions-hidden'));
      return;
    }
    const shown = this.shownSuggestions();
    if (shown.length === 0) {
      this.say(this.t('say.no-suggestions'));
      return;
    }
    const selected = this.selectedId ? this.spans.get(this.selectedId) : undefined;
    const from = selected ? selected.end : this.pending ? this.pending[0] : 0;
    const next = nextSuggestion(shown, this.currentSuggestion, direction, from);
    if (next) this.showSuggestion(next, [next]);
  }

  /** Makes a suggestion current: drawn as such, scrolled to, and its popover (with {@code at} there) shown. */
  private showSuggestion(suggestion: PageSuggestion, at: PageSuggestion[]): void {
    this.clearPending();
    this.cursor = null;
    if (this.selectedId) this.select(null);
    this.say('');
    this.currentSuggestion = suggestion.key;
    this.scrollToRange(this.view.rangeOf(suggestion.start, suggestion.end));
    this.drawSuggestions();
    this.placePopover(at.map((item) => item.key));
  }

  private placePopover(keys: string[]): void {
    const current = this.pageSuggestions.find((suggestion) => suggestion.key === this.currentSuggestion);
    if (!current || !this.view) {
      this.suggestionPopover = null;
      return;
    }
    const rects = this.view.rangeOf(current.start, current.end).getClientRects();
    const last = rects.length ? rects[rects.length - 1] : this.view.rangeOf(current.start, current.end)
      .getBoundingClientRect();
    const first = rects.length ? rects[0] : last;
    this.suggestionPopover = { x: rects.length > 1 ? first.left : last.left, y: last.bottom, keys };
  }

  private clearSuggestion(): void {
    if (!this.currentSuggestion && !this.suggestionPopover) return;
    this.currentSuggestion = null;
    this.suggestionPopover = null;
    this.drawSuggestions();
  }

  private onTextScroll = (): void => {
    if (this.suggestionPopover) this.placePopover(this.suggestionPopover.keys);
  };

  /** Accepts a suggestion: it becomes the annotator's span, made, saved and undone like any other. */
  acceptSuggestion(key = this.currentSuggestion): void {
    const suggestion = key ? this.pageSuggestions.find((candidate) => candidate.key === key) : undefined;
    const found = suggestion ? this.labels.get(suggestion.def.label) : undefined;
    if (!suggestion || !found || this.refuseWhileReadOnly()) return;
    this.clearSuggestion();
    this.createSpan(found.layer, found.label, suggestion.start, suggestion.end, performance.now(), newId(),
      { ...suggestion.def.attributes }, true, undefined, suggestion.def.source);
    this.focusText();
  }

  /** Rejects a suggestion: it goes, and does not come back (undo takes the rejection back). */
  rejectSuggestion(key = this.currentSuggestion, record = true): void {
    const suggestion = key ? this.pageSuggestions.find((candidate) => candidate.key === key) : undefined;
    if (!suggestion || this.refuseWhileReadOnly()) return;
    suggestion.rejected = true;
    if (this.currentSuggestion === suggestion.key) this.clearSuggestion();
    if (record) this.remember({ kind: 'reject', id: suggestion.key });
    this.enqueue({ kind: 'reject', id: `suggestion:${suggestion.key}`, suggestion: refOf(suggestion) });
    this.drawSuggestions();
    this.focusText();
  }

  /** Takes a rejection back (undo): the suggestion is open again. */
  private withdrawRejection(key: string): void {
    const suggestion = this.pageSuggestions.find((candidate) => candidate.key === key);
    if (!suggestion) return;
    suggestion.rejected = false;
    const id = `suggestion:${key}`;
    if (this.outbox.operations.some((operation) => operation.kind === 'reject' && operation.id === id
        && !operation.sent)) {
      // never sent: forget it instead of rejecting and withdrawing it
      this.outbox.dropAllOf(id);
      this.refreshStatus();
    } else {
      this.enqueue({ kind: 'withdraw', id, suggestion: refOf(suggestion) });
    }
    this.drawSuggestions();
  }

  private toggleSuggestions(): void {
    this.showSuggestions = !this.showSuggestions;
    try {
      localStorage.setItem(SUGGESTIONS_HIDDEN, this.showSuggestions ? '0' : '1');
    } catch {
      // kept for this page only
    }
    if (!this.showSuggestions) this.clearSuggestion();
    this.drawSuggestions();
  }

  /** The suggestions shown where the mouse is, the shortest first. */
  private suggestionsAtPoint(event: MouseEvent): PageSuggestion[] {
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!caret || !this.view) return [];
    return suggestionsAt(this.shownSuggestions(), this.view.offsetOf(caret.offsetNode, caret.offset));
  }

  private focusText(): void {
    this.querySelector<HTMLElement>('.sa-text')?.focus({ preventScroll: true });
  }

  // ---- what the annotator does ----

  /** Marks the pending selection with a label, or relabels the selected span. */
  applyLabel(labelId: string, began = performance.now()): void {
    const found = this.labels.get(labelId);
    if (!found || this.refuseWhileReadOnly()) return;
    if (this.hiddenLayers.has(found.layer.id)) {
      this.say(this.t('say.layer-hidden', { layer: found.layer.name, label: found.label.name }));
      return;
    }
    const selected = this.selectedId ? this.spans.get(this.selectedId) : undefined;
    if (this.pending) {
      const [start, end] = this.pending;
      this.createSpan(found.layer, found.label, start, end, began);
    } else if (selected && selected.layer === found.layer.id) {
      if (selected.label !== labelId) this.updateSpan(selected.id, { label: labelId });
    } else if (selected) {
      this.createSpan(found.layer, found.label, selected.start, selected.end, began);
    } else {
      this.say(this.t('say.select-first'));
    }
  }

  /** Java sets attributes from the side panel. */
  updateAttributes(id: string, json: string): void {
    if (this.refuseWhileReadOnly()) return;
    const span = this.spans.get(this.resolve(id));
    if (span) this.updateSpan(span.id, { attributes: JSON.parse(json) as Attributes });
  }

  protected createSpan(layer: LayerDef, label: LabelDef, start: number, end: number, began: number,
      id = newId(), attributes: Attributes = {}, record = true, from?: string, suggestion?: string): boolean {
    const clash = this.overlapClash(layer, start, end, null);
    if (clash) {
      this.say(this.t('say.overlap', { layer: layer.name, quote: this.quote(clash) }));
      return false;
    }
    const same = [...this.spans.values()].find((span) => span.layer === layer.id && span.label === label.id
      && span.start === start && span.end === end);
    if (same) {
      this.select(same.id);
      this.say(this.t('say.already-marked', { quote: this.quote(same), label: label.name }));
      return false;
    }
    const span: Span = {
      id, layer: layer.id, label: label.id, start, end, attributes, version: 0,
      annotator: this.article!.annotator, state: 'saving',
    };
    this.spans.set(id, span);
    if (suggestion) {
      const accepted = this.pageSuggestions.find((candidate) => candidate.def.source === suggestion
        && candidate.def.layer === layer.id && candidate.def.label === label.id && candidate.start === start
        && candidate.end === end);
      if (accepted) accepted.spanId = id;
    }
    this.say('');
    this.clearPending();
    this.redraw(start, end);
    const timing = { drawn: NaN, saved: NaN };
    this.editTimings.push(timing);
    this.editStarts.set(id, { began, timing });
    afterPaint(() => { timing.drawn = performance.now() - began; });
    if (record) this.remember({ kind: 'create', id, span: { ...snapshot(span), from, suggestion } });
    this.enqueue({
      kind: 'create', id, layer: layer.id, label: label.id, start: this.index.toCodePoint(start),
      end: this.index.toCodePoint(end), attributes, ...(from ? { from } : {}), ...(suggestion ? { suggestion } : {}),
    });
    this.select(id);
    this.recount();
    return true;
  }

  private updateSpan(id: string, change: SpanChange, record = true): void {
    const span = this.spans.get(id);
    if (!span) return;
    const before: SpanChange = {};
    for (const key of Object.keys(change) as (keyof SpanChange)[]) (before as Record<string, unknown>)[key] = span[key];
    const layer = this.layers.get(span.layer)!;
    const start = change.start ?? span.start;
    const end = change.end ?? span.end;
    const clash = this.overlapClash(layer, start, end, id);
    if (clash) {
      this.say(this.t('say.overlap', { layer: layer.name, quote: this.quote(clash) }));
      return;
    }
    const oldStart = span.start;
    const oldEnd = span.end;
    Object.assign(span, change, { state: 'saving' });
    this.redraw(Math.min(oldStart, span.start), Math.max(oldEnd, span.end));
    if (record) this.remember({ kind: 'update', id, before, after: change });
    const operation: Operation = { kind: 'update', id, before, ...this.toCodePoints(change) };
    this.enqueue(operation, span.version);
    this.say('');
    this.recount();
    if (this.selectedId === id) this.select(id);
  }

  protected deleteSpan(id: string, record = true): void {
    const span = this.spans.get(id);
    if (!span) return;
    this.spans.delete(id);
    this.redraw(span.start, span.end);
    if (record) this.remember({ kind: 'delete', id, span: snapshot(span) });
    if (this.outbox.operations.some((operation) => operation.kind === 'create' && operation.id === id
        && !operation.sent)) {
      // never sent: forget it instead of creating and deleting it
      this.outbox.dropAllOf(id);
      this.refreshStatus();
    } else {
      this.enqueue({ kind: 'delete', id }, span.version);
    }
    if (this.selectedId === id) this.select(null);
    this.recount();
  }

  private undo(): void {
    if (this.refuseWhileReadOnly()) return;
    const step = this.undoSteps.pop();
    if (!step) return;
    this.replay(step, true);
    this.redoSteps.push(step);
    this.requestUpdate();
  }

  private redo(): void {
    if (this.refuseWhileReadOnly()) return;
    const step = this.redoSteps.pop();
    if (!step) return;
    this.replay(step, false);
    this.undoSteps.push(step);
    this.requestUpdate();
  }

  private replay(step: Step, backwards: boolean): void {
    if (step.kind === 'group') {
      for (const part of backwards ? [...step.steps].reverse() : step.steps) this.replay(part, backwards);
      return;
    }
    if (step.kind === 'reject') {
      if (backwards) this.withdrawRejection(step.id);
      else this.rejectSuggestion(step.id, false);
      return;
    }
    const id = this.resolve(step.id);
    const recreate = (step.kind === 'create' && !backwards) || (step.kind === 'delete' && backwards);
    if (step.kind === 'update') {
      this.updateSpan(id, backwards ? step.before : step.after, false);
      this.select(id);
    } else if (recreate) {
      const fresh = newId();
      this.renamed.set(id, fresh);
      const layer = this.layers.get(step.span.layer);
      const label = this.labels.get(step.span.label)?.label;
      if (layer && label) {
        this.createSpan(layer, label, step.span.start, step.span.end, performance.now(), fresh, step.span.attributes,
          false, step.span.from, step.span.suggestion);
      }
    } else {
      this.deleteSpan(id, false);
    }
  }

  protected remember(step: Step): void {
    this.undoSteps.push(step);
    this.redoSteps = [];
  }

  private resolve(id: string): string {
    let current = id;
    while (this.renamed.has(current)) current = this.renamed.get(current)!;
    return current;
  }

  private toggleLayer(layerId: string): void {
    const hidden = new Set(this.hiddenLayers);
    if (hidden.has(layerId)) hidden.delete(layerId);
    else hidden.add(layerId);
    this.hiddenLayers = hidden;
    if (this.selectedId && this.spans.get(this.selectedId)?.layer === layerId) this.select(null);
    this.view.drawAll();
    this.rehighlight();
  }

  // ---- mouse ----

  /** Selections are read when the button is let go, wherever that is, if it went down on the text. */
  private onMouseUp = (event: MouseEvent): void => {
    if (!this.pressed || !this.view) return;
    this.pressed = false;
    this.touch();
    try {
      this.readSelection(event);
    } finally {
      this.view.hold(false);
      this.rehighlight();
    }
  };

  private readSelection(event: MouseEvent): void {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    if (selection.isCollapsed) {
      const at = selection.anchorNode ? this.view.offsetOf(selection.anchorNode, selection.anchorOffset) : undefined;
      this.clickSpan(event.target as Element, this.suggestionsAtPoint(event), at);
      return;
    }
    const range = selection.getRangeAt(0);
    const start = this.view.offsetOf(range.startContainer, range.startOffset);
    const end = this.view.offsetOf(range.endContainer, range.endOffset);
    this.choose(start, end);
    this.cursor = null;
  }

  /**
   * A click on a span selects it; clicking again where spans overlap goes through them, innermost first, and then
   * to the suggestions there (shown with their popover). Where there are only suggestions, the first click shows them.
   */
  private clickSpan(target: Element, suggested: PageSuggestion[] = [], at?: number): void {
    const segment = target.closest('.sa-seg');
    const spans = this.view.spansAt(segment);
    const choices = spans.length + (suggested.length ? 1 : 0);
    this.clearPending();
    this.cursor = null;
    if (choices === 0 || !segment) {
      this.clearSuggestion();
      this.select(null);
      if (at !== undefined) this.placeCursor(at);
      return;
    }
    const next = this.clickCycle && this.clickCycle.element === segment ? this.clickCycle.next : 0;
    if (next % choices < spans.length) {
      this.clearSuggestion();
      this.select(spans[next % choices].id);
    } else {
      this.showSuggestion(suggested[0], suggested);
    }
    this.clickCycle = { element: segment, next: next + 1 };
  }

  private onHover = (event: MouseEvent): void => {
    this.touch();
    const segment = (event.target as Element).closest?.('.sa-seg') ?? null;
    const spans = this.view?.spansAt(segment) ?? [];
    this.tip = spans.length ? { x: event.clientX, y: event.clientY, spans } : null;
  };

  // ---- keyboard ----

  private onKey = (event: KeyboardEvent): void => {
    this.touch();
    const target = event.target as HTMLElement;
    if (!this.article || target.closest('input, textarea, select')) return;
    const key = event.key;
    const command = event.ctrlKey || event.metaKey;
    if (command && (key === 'z' || key === 'Z')) {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
      return;
    }
    if (command && (key === 'y' || key === 'Y')) {
      event.preventDefault();
      this.redo();
      return;
    }
    if (event.altKey && !command && (event.code === 'KeyS' || key === 's' || key === 'S')) {
      event.preventDefault();
      this.goToSuggestion(event.shiftKey ? -1 : 1);
      return;
    }
    if (event.altKey && !command && (key === 'ArrowRight' || key === 'ArrowLeft') && this.selectedId) {
      event.preventDefault();
      if (!this.refuseWhileReadOnly()) this.moveBoundary(this.selectedId, key === 'ArrowRight' ? 1 : -1, event.shiftKey);
      return;
    }
    if (command || event.altKey) return;
    if (key === 'ArrowRight' || key === 'ArrowLeft') {
      event.preventDefault();
      this.moveCursor(key === 'ArrowRight' ? 1 : -1, event.shiftKey);
    } else if (key === 'Escape') {
      this.clearPending();
      this.cursor = null;
      this.select(null);
      this.clearSuggestion();
      this.tip = null;
    } else if (key === 'Tab' && target.classList.contains('sa-text')) {
      if (this.selectNextSpan(event.shiftKey ? -1 : 1)) event.preventDefault();
    } else if (key === 'Enter' && this.currentSuggestion) {
      event.preventDefault();
      this.acceptSuggestion();
    } else if ((key === 'Delete' || key === 'Backspace') && this.currentSuggestion) {
      event.preventDefault();
      this.rejectSuggestion();
    } else if ((key === 'Delete' || key === 'Backspace') && this.selectedId) {
      event.preventDefault();
      if (!this.refuseWhileReadOnly()) this.deleteSpan(this.selectedId);
    } else if (key === '?' && !this.keys.has('?')) {
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('slant-keys', { bubbles: true }));
    } else if (key.length === 1 && this.keys.has(key.toLowerCase())) {
      event.preventDefault();
      this.applyLabel(this.keys.get(key.toLowerCase())!.label.id, event.timeStamp || performance.now());
    }
  };

  /** A click on the text puts the word cursor on the word there (or the next one): Shift+arrows stretch it. */
  private placeCursor(u16: number): void {
    const { starts, ends } = this.index.tokens();
    const token = this.index.tokenAtOrAfter(u16);
    if (token < 0) return;
    this.cursor = { anchor: token, focus: token };
    this.setPending(starts[token], ends[token]);
  }

  private moveCursor(step: number, extend: boolean): void {
    const { starts, ends } = this.index.tokens();
    if (starts.length === 0) return;
    if (!this.cursor && this.pending) {
      this.cursor = { anchor: this.index.tokenAtOrAfter(this.pending[0]),
        focus: this.index.tokenAtOrAfter(this.pending[1] - 1) };
    } else if (!this.cursor) {
      const selected = this.selectedId ? this.spans.get(this.selectedId) : undefined;
      const token = this.index.tokenAtOrAfter(selected ? selected.start : this.firstVisibleOffset());
      this.cursor = { anchor: token, focus: token };
      step = 0;
    }
    const focus = Math.min(starts.length - 1, Math.max(0, this.cursor.focus + step));
    this.cursor = { anchor: extend ? this.cursor.anchor : focus, focus };
    const first = Math.min(this.cursor.anchor, this.cursor.focus);
    const last = Math.max(this.cursor.anchor, this.cursor.focus);
    this.select(null);
    this.setPending(starts[first], ends[last]);
  }

  /** Alt+arrow moves the selected span's end a word; with Shift, its start. It never becomes empty. */
  private moveBoundary(id: string, step: number, start: boolean): void {
    const span = this.spans.get(id);
    if (!span) return;
    const { starts, ends } = this.index.tokens();
    if (starts.length === 0) return;
    if (start) {
      const token = this.index.tokenAtOrAfter(span.start);
      const moved = starts[Math.min(starts.length - 1, Math.max(0, token + step))];
      if (moved !== span.start && moved < span.end) this.updateSpan(id, { start: moved });
    } else {
      const token = this.index.tokenAtOrAfter(span.end - 1);
      const moved = ends[Math.min(ends.length - 1, Math.max(0, token + step))];
      if (moved !== span.end && moved > span.start) this.updateSpan(id, { end: moved });
    }
  }

  private selectNextSpan(direction: number): boolean {
    const ordered = [...this.spans.values()].filter((span) => !this.hiddenLayers.has(span.layer))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (ordered.length === 0) return false;
    const at = this.selectedId ? ordered.findIndex((span) => span.id === this.selectedId) : -1;
    const next = at < 0 ? (direction > 0 ? 0 : ordered.length - 1) : at + direction;
    if (next < 0 || next >= ordered.length) return false;
    this.clearPending();
    this.select(ordered[next].id);
    return true;
  }

  // ---- selection ----

  /** Takes a range the annotator chose, snapped to words or whole characters as the project says. */
  private choose(start: number, end: number): void {
    const snapped = this.article!.snapToWords ? this.index.snapToWords(Math.min(start, end), Math.max(start, end))
      : this.index.snapToGraphemes(Math.min(start, end), Math.max(start, end));
    window.getSelection()?.removeAllRanges();
    if (!snapped || snapped[0] === snapped[1]) {
      this.clearPending();
      return;
    }
    this.select(null);
    this.setPending(snapped[0], snapped[1]);
  }

  private setPending(start: number, end: number): void {
    this.clearSuggestion();
    this.pending = [start, end];
    const range = this.view.rangeOf(start, end);
    if (CSS.highlights) CSS.highlights.set('sa-pending', new Highlight(range));
    else window.getSelection()?.addRange(range);
    this.scrollToRange(range);
    this.dataset.pending = `${this.index.toCodePoint(start)}-${this.index.toCodePoint(end)}`;
  }

  private clearPending(): void {
    this.pending = null;
    CSS.highlights?.delete('sa-pending');
    delete this.dataset.pending;
  }

  /** Selects a span (or none) and tells the server, which shows its attributes. */
  protected select(id: string | null, reveal = true): void {
    if (id) this.clearSuggestion();
    this.selectedId = id;
    const span = id ? this.spans.get(id) : undefined;
    if (span && !this.hiddenLayers.has(span.layer)) {
      const range = this.view.rangeOf(span.start, span.end);
      CSS.highlights?.set('sa-focus', new Highlight(range));
      if (reveal) {
        this.scrollToRange(range);
        const rect = range.getBoundingClientRect();
        if (document.activeElement?.classList.contains('sa-text')) {
          this.tip = { x: rect.left, y: rect.bottom - 10, spans: [span] };
        }
      }
    } else {
      CSS.highlights?.delete('sa-focus');
    }
    const selection = span ? JSON.stringify({ ...this.toServer(span), version: undefined }) : null;
    if (selection !== this.selectionSent) {
      this.selectionSent = selection;
      this.server()?.spanSelected(selection);
    }
  }

  /** Redraws the blocks text[start:end] touches, and the highlights that pointed into them. */
  protected redraw(start: number, end: number): void {
    this.view.redraw(start, end);
    this.rehighlight();
  }

  /** Highlights hold DOM ranges; a redraw replaces their nodes, so they are set again over the new ones. */
  protected rehighlight(): void {
    if (!CSS.highlights) return;
    if (this.pending) CSS.highlights.set('sa-pending', new Highlight(this.view.rangeOf(...this.pending)));
    const selected = this.selectedId ? this.spans.get(this.selectedId) : undefined;
    if (selected && !this.hiddenLayers.has(selected.layer)) {
      CSS.highlights.set('sa-focus', new Highlight(this.view.rangeOf(selected.start, selected.end)));
    }
    this.drawSuggestions();
  }

  protected scrollToRange(range: Range): void {
    const box = this.querySelector<HTMLElement>('.sa-text')!;
    const rect = range.getBoundingClientRect();
    const area = box.getBoundingClientRect();
    if (rect.top < area.top + 20 || rect.bottom > area.bottom - 20) {
      box.scrollTop += rect.top - area.top - area.height / 3;
    }
  }

  /**
   * The start of the first paragraph in sight: where the word cursor starts. A paragraph's start, not the point at the
   * top left, which in a right-to-left paragraph is the end of its first line.
   */
  private firstVisibleOffset(): number {
    const box = this.querySelector<HTMLElement>('.sa-text')!;
    const area = box.getBoundingClientRect();
    const caret = document.caretPositionFromPoint?.(area.left + area.width / 2, area.top + 30);
    const chunk = caret?.offsetNode.parentElement?.closest('.sa-chunk') ?? null;
    return chunk ? this.view.offsetOf(chunk, 0) : 0;
  }

  // ---- saving ----

  /** Queues a change; an update or delete with the version of the span it was made against. */
  private enqueue(operation: Operation, knownVersion?: number): void {
    this.outbox.add(operation, knownVersion);
    this.refreshStatus();
    this.send();
  }

  /**
   * Sends the queue in order. Changes to different spans go together (Vaadin carries them in one request); a change
   * to a span waits for the answer to the one before it, and carries the version that answer produced. A batch not
   * answered within saveTimeoutMillis counts as not sent: the page finds out why (offline, signed out) and sends it
   * again later; a late answer to it is not waited for (sending twice is harmless: ids and versions make it so).
   */
  private async send(): Promise<void> {
    const server = this.server();
    if (this.sending || !server || this.readOnly || !this.outbox) return;
    this.sending = true;
    try {
      // while offline one change at a time: each call waits for the database, and one answer says whether it is back
      const most = () => (this.connection === 'online' ? undefined : 1);
      for (let batch = this.outbox.batch(most()); batch.length > 0 && !this.readOnly;
        batch = this.outbox.batch(most())) {
        let replies: Reply[];
        this.outbox.sending(batch);
        try {
          replies = (await withTimeout(Promise.all(batch.map((operation) => this.call(server, operation))),
            this.saveTimeoutMillis, (seconds) => this.t('say.no-answer-in', { seconds }))).map((answer) => JSON.parse(answer) as Reply);
        } catch (error) {
          await this.failed(error);
          return;
        }
        const unavailable = replies.find((reply) => reply.kind === 'unavailable');
        if (!unavailable) {
          this.retry = 0;
          this.status = 'saving';
          this.connection = 'online';
        }
        let refusedAsDone: Reply | null = null;
        batch.forEach((operation, i) => {
          if (replies[i].kind === 'done') {
            // kept: it is saved once the document is reopened
            refusedAsDone = replies[i];
            return;
          }
          // kept: sent again when the database is back
          if (replies[i].kind === 'unavailable') return;
          this.outbox.done(operation, replies[i].ok ? replies[i].span?.version : undefined);
          this.settle(operation, replies[i]);
        });
        if (refusedAsDone) {
          this.refusedAsDone();
          return;
        }
        if (unavailable) {
          this.databaseAway(unavailable.retryAfter);
          return;
        }
      }
    } finally {
      this.sending = false;
      this.refreshStatus();
    }
  }

  private call(server: Server, operation: Operation): Promise<string> {
    if (operation.kind === 'reject' || operation.kind === 'withdraw') {
      const suggestion = JSON.stringify(operation.suggestion);
      return operation.kind === 'reject' ? server.rejectSuggestion(suggestion) : server.withdrawRejection(suggestion);
    }
    if (operation.kind === 'create') {
      const { kind, sent, ...span } = operation;
      return span.suggestion ? server.acceptSuggestion(JSON.stringify(span)) : server.createSpan(JSON.stringify(span));
    }
    // a change stored by an earlier version of this page carries no version: the span's as known now
    const version = operation.version ?? this.spans.get(operation.id)?.version ?? 0;
    if (operation.kind === 'delete') return server.deleteSpan(operation.id, version);
    const { kind, before, sent, version: made, ...change } = operation;
    return server.updateSpan(JSON.stringify({ ...change, version }));
  }

  private settle(operation: Operation, reply: Reply): void {
    if (operation.kind === 'reject' || operation.kind === 'withdraw') {
      if (!reply.ok) {
        // the server's state wins: a refused rejection leaves the suggestion open, a refused withdrawal rejected
        const suggestion = this.suggestionOf(operation.id);
        if (suggestion) suggestion.rejected = operation.kind === 'withdraw';
        this.say(reply.message ?? this.t('say.decision-refused'));
        this.outbox.dropAllOf(operation.id);
        this.drawSuggestions();
      }
      return;
    }
    const span = this.spans.get(operation.id);
    if (reply.ok) {
      if (span && reply.span) {
        span.version = reply.span.version;
        // a later change of the span still waiting is newer than this answer: its attributes stay on the page
        if (!this.outbox.pendingFor(span.id)) {
          span.attributes = reply.span.attributes;
          span.state = 'saved';
          this.view.restyle(span);
        }
      }
      const edit = this.editStarts.get(operation.id);
      if (operation.kind === 'create' && edit) {
        this.editStarts.delete(operation.id);
        edit.timing.saved = performance.now() - edit.began;
      }
      if (this.selectedId === operation.id && span) this.select(span.id, false);
      return;
    }
    // refused: the server's state wins, the changes made on top of this one go too, and the annotator is told why
    const shown = span ?? (reply.span ? this.fromServer(reply.span, this.article!.annotator) : undefined);
    // named as the annotator knew it before this change: a relabelling refused keeps the old label
    const knownLabel = operation.kind === 'update' && operation.before.label ? operation.before.label : shown?.label;
    this.say(this.refusal(reply, shown, knownLabel));
    this.outbox.dropAllOf(operation.id);
    if (reply.span) {
      const fresh = this.fromServer(reply.span, this.article!.annotator);
      this.spans.set(fresh.id, fresh);
    } else if (operation.kind === 'create' || reply.kind === 'gone') {
      this.spans.delete(operation.id);
    } else if (span) {
      span.state = 'saved';
    }
    if (span) this.redraw(span.start, span.end);
    const now = this.spans.get(operation.id);
    if (now) this.redraw(now.start, now.end);
    if (this.selectedId === operation.id) this.select(now ? now.id : null);
    this.recount();
  }

  /** Why a change was not saved, naming the span by its words and label. */
  private refusal(reply: Reply, span: Span | undefined, labelId: string | undefined): string {
    const label = labelId ? this.labels.get(labelId)?.label.name : undefined;
    const what = !span ? this.t('refusal.this-span')
      : label ? this.t('refusal.span-label', { quote: this.quote(span), label }) : this.t('refusal.span', { quote: this.quote(span) });
    if (reply.kind === 'conflict') return this.t('refusal.conflict', { span: what });
    if (reply.kind === 'gone') return this.t('refusal.gone', { span: what });
    return reply.message ?? this.t('say.change-refused');
  }

  /** The document was marked done elsewhere: the changes wait, and the view turns read-only until reopened. */
  private refusedAsDone(): void {
    const waiting = this.outbox.size;
    this.sayClosed(this.t(waiting === 1 ? 'refused-as-done.one' : 'refused-as-done.other', { count: waiting }));
    this.readOnly = true;
    this.server()?.refusedAsDone();
  }

  /** No answer in time: finds out why, says so, and tries again later (after signing in again, on reload). */
  private async failed(error: unknown): Promise<void> {
    this.status = 'failed';
    this.connection = await this.probe();
    this.markWaiting('failed');
    window.clearTimeout(this.retryTimer);
    if (this.connection === 'signed-out') {
      this.sayConnection(this.t('say.signed-out'));
      return;
    }
    const wait = RETRY_MILLIS[Math.min(this.retry, RETRY_MILLIS.length - 1)];
    this.retry++;
    const seconds = Math.round(wait / 1000);
    this.sayConnection(this.connection === 'offline' ? this.t('say.offline', { seconds })
      : this.t('say.unanswered', { seconds, error: error instanceof Error ? error.message : this.t('say.no-answer') }));
    this.retryTimer = window.setTimeout(() => this.send(), wait);
  }

  /**
   * Slant answered, but cannot reach its database: to the annotator that is offline, said with the reason; the
   * changes wait and are sent again after the server's retryAfter, and on to the end of the outage.
   */
  private databaseAway(retryAfterSeconds = 5): void {
    this.status = 'failed';
    this.connection = 'offline';
    this.markWaiting('failed');
    window.clearTimeout(this.retryTimer);
    this.sayConnection(this.t('say.database-away', { seconds: retryAfterSeconds }));
    this.retryTimer = window.setTimeout(() => this.send(), retryAfterSeconds * 1000);
    this.refreshStatus();
  }

  /** Whether Slant can be reached, and whether this browser is still signed in to it. */
  private async probe(): Promise<Connection> {
    try {
      const answer = await fetch('session', { credentials: 'same-origin', cache: 'no-store' });
      if (!answer.ok) return 'unanswered';
      const session = await answer.json() as { signedIn?: boolean };
      return session.signedIn === false ? 'signed-out' : 'unanswered';
    } catch {
      return 'offline';
    }
  }

  private sendNow(): void {
    window.clearTimeout(this.retryTimer);
    this.send();
  }

  private onOnline = (): void => {
    if (this.outbox?.size) this.sendNow();
  };

  /** Vaadin lost or regained its connection: say so at once, and send what waits as soon as it is back. */
  private onVaadinConnection = (_previous: string, next: string): void => {
    if ((next === 'reconnecting' || next === 'connection-lost') && this.outbox?.size) {
      this.status = 'failed';
      this.connection = 'offline';
      this.refreshStatus();
    } else if (next === 'connected' && this.outbox?.size && this.connection !== 'signed-out') {
      this.sendNow();
    }
  };

  private vaadinConnection(): ConnectionStateStore | undefined {
    return (window as unknown as { Vaadin?: { connectionState?: ConnectionStateStore } }).Vaadin?.connectionState;
  }

  /** Says this page is open, and takes up (shows and sends) changes left on this document by closed tabs. */
  private keepAlive(): void {
    if (!this.outbox || !this.article) return;
    const adopted = this.outbox.keepAlive();
    if (adopted > 0) {
      this.replayOutbox(this.outbox.operations.slice(0, adopted));
      this.view.drawAll();
      this.rehighlight();
      this.recount();
      this.refreshStatus();
      this.send();
    }
  }

  private onPageHide = (): void => {
    this.outbox?.release();
  };

  private markWaiting(state: 'saving' | 'failed'): void {
    for (const operation of this.outbox.operations) {
      const span = this.spans.get(operation.id);
      if (span && span.state !== state) {
        span.state = state;
        this.view.restyle(span);
      }
    }
  }

  private refreshStatus(): void {
    if (!this.outbox) return;
    if (this.outbox.size === 0) {
      this.status = 'saved';
      this.connection = 'online';
      if (this.connectionSaid && this.message === this.connectionSaid) this.say('');
    } else if (this.status !== 'failed') {
      // not saved stays said until the server answers again
      this.status = 'saving';
    }
    this.dataset.saveState = this.saveState();
    this.requestUpdate();
  }

  /** Refuses a change while the document is marked done, saying why; answers whether it refused. */
  protected refuseWhileReadOnly(): boolean {
    if (!this.readOnly) return false;
    this.sayClosed(this.t('read-only.refused'));
    return true;
  }

  // ---- time spent ----

  private touch(): void {
    this.lastInput = Date.now();
  }

  private reportActivity(): void {
    if (document.visibilityState === 'visible' && Date.now() - this.lastInput < IDLE_AFTER_MILLIS) {
      this.server()?.activity(HEARTBEAT_SECONDS);
    }
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.touch();
  };

  private onLeave = (event: BeforeUnloadEvent): void => {
    if (this.outbox && this.outbox.size > 0) event.preventDefault();
  };

  // ---- helpers ----

  private server(): Server | undefined {
    return (this as unknown as { $server?: Server }).$server;
  }

  protected say(message: string): void {
    this.message = message;
  }

  /** Says the work is read-only: said no more once it can be changed again. */
  private sayClosed(message: string): void {
    this.closedSaid = message;
    this.say(message);
  }

  /** Says why changes are not saved: said no more once every change is. */
  private sayConnection(message: string): void {
    this.connectionSaid = message;
    this.say(message);
  }

  /** A text in the reader's language, its {name} placeholders filled in (texts.ts). */
  protected t(key: string, values?: Record<string, string | number>): string {
    return t(this.textMap(), key, values);
  }

  /** A hint with the keys it names in <kbd>. */
  private hint(key: string) {
    const ctrl = this.t('key.ctrl');
    return tParts(this.textMap(), key, {
      tab: html`<kbd>Tab</kbd>`, left: html`<kbd>←</kbd>`, right: html`<kbd>→</kbd>`, shift: html`<kbd>Shift</kbd>`,
      esc: html`<kbd>Esc</kbd>`, del: html`<kbd>Del</kbd>`, alt: html`<kbd>Alt</kbd>`, ctrl: html`<kbd>${ctrl}</kbd>`,
      z: html`<kbd>Z</kbd>`, s: html`<kbd>S</kbd>`, enter: html`<kbd>Enter</kbd>`,
    });
  }

  protected textMap(): Texts {
    if (this.texts !== this.parsedFrom) {
      this.parsedTexts = parseTexts(this.texts);
      this.parsedFrom = this.texts;
    }
    return this.parsedTexts;
  }

  protected recount(): void {
    const counts = new Map<string, number>();
    for (const span of this.spans.values()) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
    this.counts = counts;
  }

  private overlapClash(layer: LayerDef, start: number, end: number, self: string | null): Span | undefined {
    if (layer.overlapAllowed) return undefined;
    return [...this.spans.values()].find((span) => span.layer === layer.id && span.id !== self
      && span.start < end && span.end > start);
  }

  protected quote(span: Span): string {
    const text = this.article!.text.slice(span.start, span.end).replace(/\s+/g, ' ');
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  }

  /** The words of text[start:end] (UTF-16) for a popover: longer ones by their start and end. */
  private quoteOf(start: number, end: number): string {
    const characters = Array.from(this.article!.text.slice(start, end).replace(/\s+/g, ' '));
    return characters.length > 90 ? `${characters.slice(0, 60).join('')} … ${characters.slice(-25).join('')}`
      : characters.join('');
  }

  protected fromServer(stored: StoredSpan, annotator: string): Span {
    return {
      id: stored.id, layer: stored.layer, label: stored.label, start: this.index.toUtf16(stored.start),
      end: this.index.toUtf16(stored.end), attributes: stored.attributes ?? {}, version: stored.version,
      annotator: stored.annotator ?? annotator, state: 'saved',
    };
  }

  private toServer(span: Span): StoredSpan {
    return {
      id: span.id, layer: span.layer, label: span.label, start: this.index.toCodePoint(span.start),
      end: this.index.toCodePoint(span.end), attributes: span.attributes, version: span.version,
    };
  }

  private toCodePoints(change: SpanChange): SpanChange {
    const out: SpanChange = { ...change };
    if (change.start !== undefined) out.start = this.index.toCodePoint(change.start);
    if (change.end !== undefined) out.end = this.index.toCodePoint(change.end);
    return out;
  }

  private toUtf16(operation: { label?: string; start?: number; end?: number; attributes?: Attributes }): SpanChange {
    const out: SpanChange = {};
    if (operation.label !== undefined) out.label = operation.label;
    if (operation.attributes !== undefined) out.attributes = operation.attributes;
    if (operation.start !== undefined) out.start = this.index.toUtf16(operation.start);
    if (operation.end !== undefined) out.end = this.index.toUtf16(operation.end);
    return out;
  }
}

/** The promise's outcome, or a failure once {@code millis} have passed without one. */
function withTimeout<T>(promise: Promise<T>, millis: number, noAnswer: (seconds: number) => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(noAnswer(Math.round(millis / 1000)))), millis);
    promise.then((value) => { window.clearTimeout(timer); resolve(value); },
      (error) => { window.clearTimeout(timer); reject(error); });
  });
}

/** Whether the annotator chose to hide suggestions ('1'), as this browser keeps it. */
function readHidden(): string | null {
  try {
    return localStorage.getItem(SUGGESTIONS_HIDDEN);
  } catch {
    return null;
  }
}

/** Runs once the browser has laid out and painted the current frame. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

function snapshot(span: Span): SpanSnapshot {
  return { layer: span.layer, label: span.label, start: span.start, end: span.end, attributes: span.attributes };
}

customElements.define('slant-annotator', SlantAnnotator);

declare global {
  interface HTMLElementTagNameMap { 'slant-annotator': SlantAnnotator; }
}
