import { html, nothing, type PropertyValues } from 'lit';
import { SlantAnnotator, type Step } from '../annotator/slant-annotator';
import { newId, type Span, type StoredSpan } from '../annotator/span-store';
import { tParts } from '../annotator/texts';
import { inGold, sameSpanKey, unitsOf, type Unit, type UnitSpan } from './curation-units';
import { installCurationStyles } from './curation-styles';

/** One annotator's work as the curator sees it: a lane, named A, B, C in a blind project. */
interface Lane { name: string; title: string; spans: StoredSpan[]; }

/**
 * Rows of the lanes table in the page at a time, those around its viewport: an article with a thousand units would
 * otherwise put some 20,000 elements into the page, whose rendering and layout cost well over a second before the
 * article shows. The rows outside are stood for by spacers of their estimated height.
 */
const WINDOW_ROWS = 60;
/** Rows kept before the first one in view, so that scrolling up a little needs no new rows. */
const ROWS_BEFORE = 20;
/** The rows move once fewer than this many of them are left beyond the viewport on either side. */
const ROWS_SPARE = 8;

/**
 * The curator's editor: the span annotator working on gold (the same drawing, keys, undo, redo and saving), with a
 * lane per annotator below the text. Their spans of the chosen layer are grouped into units where they overlap, each
 * marked agreed or not in the text and in the lanes; one key takes an annotator's version of a unit into gold.
 */
export class SlantCurator extends SlantAnnotator {
  static properties = {
    ...SlantAnnotator.properties,
    lanes: { type: String },
    layer: { state: true },
    current: { state: true },
  };

  declare lanes: string;
  declare private layer: string;
  declare private current: number;

  private laneList: Lane[] = [];
  private laneSpans: UnitSpan[][] = [];
  private units: Unit[] = [];
  /** The first unit with a row in the page; the rows around it are rendered, the others stood for by spacers. */
  private firstRow = 0;
  /** A row's height (px) as estimated from the first rows rendered, for the spacers; 0 until then (30 taken). */
  private rowHeight = 0;

  constructor() {
    super();
    this.lanes = '';
    this.layer = '';
    this.current = -1;
  }

  protected createRenderRoot() {
    installCurationStyles();
    return super.createRenderRoot();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    CSS.highlights?.delete('sc-agreed');
    CSS.highlights?.delete('sc-open');
    CSS.highlights?.delete('sc-current');
  }

  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('lanes') || changed.has('setup')) && this.lanes && this.article) this.takeLanes();
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('setup') || changed.has('lanes') || changed.has('layer')) this.highlightUnits();
    // measured once the frame is painted, so that measuring forces no layout of its own
    if (!this.rowHeight && this.units.length > 0) requestAnimationFrame(() => setTimeout(() => this.measureRows(), 0));
  }

  render() {
    return html`${super.render()}${this.article ? this.renderLanes() : nothing}`;
  }

  // ---- the lanes ----

  private takeLanes(): void {
    const parsed = JSON.parse(this.lanes) as { lanes: Lane[] };
    this.laneList = parsed.lanes;
    this.laneSpans = parsed.lanes.map((lane) => lane.spans.map((span) => ({
      id: span.id, layer: span.layer, label: span.label, start: this.index.toUtf16(span.start),
      end: this.index.toUtf16(span.end), lane: lane.name, attributes: span.attributes,
    })));
    const spanLayers = this.article!.layers;
    if (!spanLayers.some((layer) => layer.id === this.layer)) {
      // the first layer anyone marked, so the curator starts where there is work
      const marked = spanLayers.find((layer) => this.laneSpans.some((spans) => spans.some((s) => s.layer === layer.id)));
      this.layer = (marked ?? spanLayers[0])?.id ?? '';
    }
    this.current = -1;
    this.firstRow = 0;
    this.regroup();
  }

  /** Gold changed (or the layer): the units are grouped again. */
  protected recount(): void {
    super.recount();
    if (this.laneSpans) this.regroup();
  }

  private regroup(): void {
    if (!this.article || !this.layer) {
      this.units = [];
      return;
    }
    this.units = unitsOf(this.layer, this.laneSpans, this.goldSpans());
    if (this.current >= this.units.length) this.current = this.units.length - 1;
    this.highlightUnits();
    this.requestUpdate();
  }

  private goldSpans(): UnitSpan[] {
    return [...this.spans.values()].map((span) => ({ id: span.id, layer: span.layer, label: span.label,
      start: span.start, end: span.end, lane: 'gold' }));
  }

  protected rehighlight(): void {
    super.rehighlight();
    this.highlightUnits();
  }

  /** Agreed units are underlined green in the text, units still open orange, the current one framed. */
  private highlightUnits(): void {
    if (!CSS.highlights || !this.view || !this.units) return;
    const agreed = new Highlight();
    const open = new Highlight();
    for (const unit of this.units) {
      (unit.agreed ? agreed : open).add(this.view.rangeOf(unit.start, unit.end));
    }
    CSS.highlights.set('sc-agreed', agreed);
    CSS.highlights.set('sc-open', open);
    this.highlightCurrent();
  }

  /**
   * Only the current unit's frame: moving through the units must not make a range per unit each time, as every
   * range the page has made stays live, and slows each change to the page, until it is collected.
   */
  private highlightCurrent(): void {
    if (!CSS.highlights || !this.view) return;
    const unit = this.units[this.current];
    if (unit) CSS.highlights.set('sc-current', new Highlight(this.view.rangeOf(unit.start, unit.end)));
    else CSS.highlights.delete('sc-current');
  }

  private renderLanes() {
    const layers = this.article!.layers;
    const agreed = this.units.filter((unit) => unit.agreed).length;
    const open = this.units.filter((unit) => !unit.settled).length;
    return html`<section class="sc-lanes" tabindex="0" aria-label=${this.t('lanes.label')} @keydown=${this.onLaneKey}>
      <header class="sc-head">
        <label>${this.t('lanes.layer')} <select aria-label=${this.t('lanes.layer.label')} @change=${(event: Event) => this.chooseLayer((event.target as HTMLSelectElement).value)}>
          ${layers.map((layer) => html`<option value=${layer.id} ?selected=${layer.id === this.layer}>${layer.name}</option>`)}
        </select></label>
        <span class="sc-summary" data-units=${this.units.length} data-open=${open}>${this.t(this.units.length === 1
          ? 'lanes.units.one' : 'lanes.units.other', { count: this.units.length })}
          · <span class="sc-agreed-count">${this.t('lanes.agreed', { count: agreed })}</span> · <span class="sc-open-count">${this.t('lanes.to-settle', { count: open })}</span></span>
        <span class="sc-keys">${tParts(this.textMap(), 'lanes.keys', {
          up: html`<kbd>↑</kbd>`, down: html`<kbd>↓</kbd>`, first: html`<kbd>1</kbd>`,
          last: html`<kbd>${Math.max(1, this.laneList.length)}</kbd>`, shift: html`<kbd>Shift</kbd>`, x: html`<kbd>X</kbd>`,
          n: html`<kbd>N</kbd>`, enter: html`<kbd>Enter</kbd>` })}</span>
      </header>
      ${this.laneList.length === 0 ? html`<p class="sc-empty">${this.t('lanes.none')}</p>` : html`
      <div class="sc-scroll" style="overflow-anchor:none" @scroll=${this.onLanesScroll}>
        <table class="sc-table">
          <thead><tr><th class="sc-n">#</th><th>${this.t('lanes.text')}</th><th class="sc-gold-col">${this.t('lanes.gold')}</th>
            ${this.laneList.map((lane, i) => html`<th title=${lane.title}><kbd>${i + 1}</kbd> ${lane.name}
              <button class="sc-all" title=${this.t('lanes.all.title', { name: lane.name, number: i + 1 })}
                ?disabled=${this.readOnly} @click=${(event: Event) => { event.stopPropagation(); this.acceptLane(i); }}>${this.t('lanes.all')}</button></th>`)}
          </tr></thead>
          <tbody>${this.renderRows()}</tbody>
        </table>
        ${this.units.length === 0 ? html`<p class="sc-empty">${this.t('lanes.nothing')}</p>` : nothing}
      </div>`}
    </section>`;
  }

  /** The rows around the viewport, and a spacer for the units before and after them. */
  private renderRows() {
    const [first, end] = this.rowWindow();
    const spacer = (rows: number) => html`<tr class="sc-spacer" aria-hidden="true">
      <td colspan=${3 + this.laneList.length} style="height:${rows * (this.rowHeight || 30)}px;padding:0;border:0"></td></tr>`;
    return html`${first > 0 ? spacer(first) : nothing}
      ${this.units.slice(first, end).map((unit, k) => this.renderUnit(unit, first + k))}
      ${end < this.units.length ? spacer(this.units.length - end) : nothing}`;
  }

  /** The units with rows in the page: from the first to before the end. */
  private rowWindow(): [number, number] {
    const first = Math.max(0, Math.min(this.firstRow, this.units.length - WINDOW_ROWS));
    return [first, Math.min(this.units.length, first + WINDOW_ROWS)];
  }

  private measureRows(): void {
    const rows = this.querySelectorAll<HTMLElement>('tr.sc-unit');
    if (this.rowHeight || rows.length === 0) return;
    const top = rows[0].getBoundingClientRect().top;
    const bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
    if (bottom <= top) return;
    this.rowHeight = (bottom - top) / rows.length;
    if (rows.length < this.units.length) this.requestUpdate();
  }

  /** Scrolled near either end of the rows in the page: the rows move to where the viewport is. */
  private onLanesScroll = (): void => {
    const scroll = this.querySelector<HTMLElement>('.sc-scroll');
    const rows = scroll?.querySelectorAll<HTMLElement>('tr.sc-unit');
    if (!scroll || !rows || rows.length === 0 || !this.rowHeight) return;
    const [first, end] = this.rowWindow();
    const area = scroll.getBoundingClientRect();
    const top = rows[0].getBoundingClientRect().top;
    const bottom = rows[rows.length - 1].getBoundingClientRect().bottom;
    const spare = ROWS_SPARE * this.rowHeight;
    if ((first === 0 || area.top - top > spare) && (end === this.units.length || bottom - area.bottom > spare)) return;
    // the unit at the top of the view: among the rows when it is one of them, else estimated from the spacers
    if (area.top < top) this.showRow(first - Math.ceil((top - area.top) / this.rowHeight));
    else if (area.top > bottom) this.showRow(end + Math.floor((area.top - bottom) / this.rowHeight));
    else {
      // it stays where it is in the view: the spacer above stands for rows of estimated height, not their own
      const k = [...rows].findIndex((row) => row.getBoundingClientRect().bottom > area.top);
      const was = rows[k].getBoundingClientRect().top;
      this.showRow(first + k);
      this.updateComplete.then(() => {
        const row = scroll.querySelector<HTMLElement>(`tr[data-unit="${first + k}"]`);
        if (row) scroll.scrollTop += row.getBoundingClientRect().top - was;
      });
    }
  };

  /** Moves the rows in the page so that the unit's is among them, with some before it. */
  private showRow(i: number): void {
    const first = Math.max(0, Math.min(i - ROWS_BEFORE, this.units.length - WINDOW_ROWS));
    if (first !== this.rowWindow()[0]) {
      this.firstRow = first;
      this.requestUpdate();
    }
  }

  private renderUnit(unit: Unit, i: number) {
    const state = unit.settled ? 'settled' : unit.agreed ? 'agreed' : 'open';
    return html`<tr class="sc-unit ${i === this.current ? 'current' : ''}" data-state=${state} data-unit=${i}
        @click=${() => this.goTo(i)}>
      <td class="sc-n">${i + 1}</td>
      <td class="sc-quote">${this.excerpt(unit.start, unit.end, 90)}</td>
      <td class="sc-gold-col">${unit.gold.length ? unit.gold.map((span) => this.chip(span, unit)) : html`<span class="sc-none">–</span>`}</td>
      ${unit.lanes.map((spans, lane) => html`<td>${spans.length ? spans.map((span) => this.chip(span, unit, lane))
        : html`<span class="sc-none">–</span>`}</td>`)}
    </tr>`;
  }

  private chip(span: UnitSpan, unit: Unit, lane?: number) {
    const found = this.labels.get(span.label);
    const taken = lane !== undefined && inGold(span, unit.gold);
    const whole = span.start === unit.start && span.end === unit.end;
    return html`<span class="sc-chip ${taken ? 'taken' : ''}" data-label=${found?.label.name ?? '?'}>
      <span class="sa-swatch" style="background:${found?.label.colour ?? '#888'}"></span>${found?.label.name ?? '?'}
      ${whole ? nothing : html`<span class="sc-bounds">“${this.excerpt(span.start, span.end, 40)}”</span>`}
      ${lane !== undefined && !taken ? html`<button class="sc-take" title=${this.t('lanes.take.title')}
        ?disabled=${this.readOnly} @click=${(event: Event) => { event.stopPropagation(); this.takeSpans([span], unit); }}>✓</button>`
        : taken ? html`<span class="sc-in-gold" title=${this.t('lanes.in-gold.title')}>✓</span>` : nothing}
    </span>`;
  }

  private excerpt(start: number, end: number, max: number): string {
    const text = this.article!.text.slice(start, end).replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }

  private chooseLayer(layer: string): void {
    this.layer = layer;
    this.current = -1;
    this.firstRow = 0;
    this.regroup();
  }

  // ---- the curator's keys and actions ----

  private onLaneKey = (event: KeyboardEvent): void => {
    if ((event.target as HTMLElement).closest('select, button, input')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    const digit = /^Digit([1-9])$/.exec(event.code);
    let handled = true;
    if (key === 'ArrowDown' || key === 'j') this.goTo(Math.min(this.units.length - 1, this.current + 1));
    else if (key === 'ArrowUp' || key === 'k') this.goTo(Math.max(0, this.current - 1));
    else if (key === 'n' || key === 'N') this.goToNextOpen();
    else if (digit && event.shiftKey) this.acceptLane(Number(digit[1]) - 1);
    else if (digit) this.takeLaneVersion(Number(digit[1]) - 1);
    else if (key === 'x' || key === 'X' || key === 'Delete') this.clearUnit();
    else if (key === 'Enter') this.editInText();
    else if (key === 'Escape') this.querySelector<HTMLElement>('.sa-text')?.focus();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private goTo(i: number): void {
    if (i < 0 || i >= this.units.length) return;
    this.current = i;
    const unit = this.units[i];
    const [first, end] = this.rowWindow();
    if (i < first || i >= end) this.showRow(i);
    this.highlightCurrent();
    const range = this.view.rangeOf(unit.start, unit.end);
    this.scrollToRange(range);
    this.updateComplete.then(() => this.querySelector(`tr[data-unit="${i}"]`)?.scrollIntoView({ block: 'nearest' }));
  }

  private goToNextOpen(): void {
    for (let step = 1; step <= this.units.length; step++) {
      const i = (this.current + step) % this.units.length;
      if (!this.units[i].settled) {
        this.goTo(i);
        return;
      }
    }
    this.say(this.t('lanes.say.settled'));
  }

  /** The unit's gold becomes exactly this annotator's spans in it; then on to the next unit still open. */
  private takeLaneVersion(lane: number): void {
    const unit = this.units[this.current];
    if (!unit || lane >= this.laneList.length || this.refuseWhileReadOnly()) return;
    const theirs = unit.lanes[lane];
    if (theirs.length === 0) {
      this.say(this.t('lanes.say.nothing-here', { name: this.laneList[lane].name }));
      return;
    }
    this.takeSpans(theirs, unit, true);
    this.goToNextOpen();
  }

  /**
   * Takes annotators' spans into gold as one step (undone as one): gold in the way goes first (with {@code only},
   * all the unit's gold that is not one of them; otherwise what overlaps them where the layer forbids overlaps).
   */
  private takeSpans(spans: UnitSpan[], unit: Unit, only = false): void {
    if (this.refuseWhileReadOnly()) return;
    const steps: Step[] = [];
    const wanted = new Set(spans.map(sameSpanKey));
    const layer = this.layers.get(spans[0].layer);
    if (!layer) return;
    for (const gold of unit.gold) {
      const clashes = !layer.overlapAllowed && spans.some((span) => gold.start < span.end && gold.end > span.start);
      if ((only || clashes) && !wanted.has(sameSpanKey(gold))) steps.push(this.removeGold(gold.id));
    }
    for (const span of spans) {
      if (inGold(span, this.goldSpans())) continue;
      const step = this.addGold(span);
      if (step) steps.push(step);
    }
    if (steps.length) this.remember({ kind: 'group', id: steps[0].id, steps });
  }

  /** Takes every span of one annotator in the layer that gold lacks and that clashes with no gold. */
  private acceptLane(lane: number): void {
    if (lane >= this.laneList.length || this.refuseWhileReadOnly()) return;
    const layer = this.layers.get(this.layer);
    if (!layer) return;
    const steps: Step[] = [];
    let clashing = 0;
    for (const span of this.laneSpans[lane].filter((s) => s.layer === this.layer)) {
      const gold = this.goldSpans().filter((g) => g.layer === span.layer);
      if (inGold(span, gold)) continue;
      if (!layer.overlapAllowed && gold.some((g) => g.start < span.end && g.end > span.start)) {
        clashing++;
        continue;
      }
      const step = this.addGold(span);
      if (step) steps.push(step);
    }
    if (steps.length) this.remember({ kind: 'group', id: steps[0].id, steps });
    this.say(this.t(clashing ? 'lanes.say.took-clashing' : 'lanes.say.took',
      { count: steps.length, name: this.laneList[lane].name, clashing }));
  }

  /** X: the unit gets no gold (an annotator's span rejected). */
  private clearUnit(): void {
    const unit = this.units[this.current];
    if (!unit || this.refuseWhileReadOnly()) return;
    const steps = unit.gold.map((gold) => this.removeGold(gold.id));
    if (steps.length) this.remember({ kind: 'group', id: steps[0].id, steps });
    this.goToNextOpen();
  }

  /** Enter: the unit's gold span is selected in the text, where its label, bounds and attributes are edited. */
  private editInText(): void {
    const unit = this.units[this.current];
    if (!unit) return;
    this.querySelector<HTMLElement>('.sa-text')?.focus();
    if (unit.gold.length) this.select(unit.gold[0].id);
    else this.say(this.t('lanes.say.no-gold'));
  }

  private addGold(span: UnitSpan): Step | null {
    const layer = this.layers.get(span.layer);
    const label = this.labels.get(span.label)?.label;
    if (!layer || !label) return null;
    const id = newId();
    const attributes = { ...(span.attributes ?? {}) };
    if (!this.createSpan(layer, label, span.start, span.end, performance.now(), id, attributes, false, span.id)) {
      return null;
    }
    return { kind: 'create', id, span: { layer: span.layer, label: span.label, start: span.start, end: span.end,
      attributes, from: span.id } };
  }

  private removeGold(id: string): Step {
    const span = this.spans.get(id) as Span;
    const step: Step = { kind: 'delete', id, span: { layer: span.layer, label: span.label, start: span.start,
      end: span.end, attributes: span.attributes } };
    this.deleteSpan(id, false);
    return step;
  }
}

customElements.define('slant-curator', SlantCurator);

declare global {
  interface HTMLElementTagNameMap { 'slant-curator': SlantCurator; }
}
