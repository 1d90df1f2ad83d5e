import type { Span } from './span-store';

/** Longest run of text drawn as one block when a paragraph has no line break of its own. */
const LONGEST_CHUNK = 1500;
const LANE = 4;

/**
 * Draws the article: the text cut into blocks at line breaks, each block cut into segments at span boundaries, each
 * segment underlined once per covering span (one lane each) and tinted by the innermost one. A change redraws only
 * the blocks it touches, never the whole text.
 */
export class TextView {
  readonly element: HTMLElement;
  private readonly text: string;
  private readonly chunkStarts: number[] = [];
  private readonly chunks: HTMLElement[] = [];
  private readonly segmentStart = new WeakMap<Element, number>();
  private readonly segmentSpans = new WeakMap<Element, Span[]>();
  private readonly chunkIndex = new WeakMap<Element, number>();
  private holding = false;
  private held: [number, number][] = [];

  constructor(element: HTMLElement, text: string,
      private readonly spans: () => Iterable<Span>,
      private readonly colourOf: (span: Span) => string,
      private readonly visible: (span: Span) => boolean) {
    this.element = element;
    this.text = text;
    this.cut();
  }

  /** Draws every block; once, when the article opens. */
  drawAll(): void {
    const byChunk: Span[][] = this.chunks.map(() => []);
    for (const span of this.spans()) {
      if (!this.visible(span)) continue;
      for (let i = this.chunkAt(span.start); i < this.chunks.length && this.chunkStarts[i] < span.end; i++) {
        byChunk[i].push(span);
      }
    }
    const fragment = document.createDocumentFragment();
    this.chunks.forEach((chunk, i) => {
      this.fill(i, byChunk[i]);
      fragment.append(chunk);
    });
    this.element.replaceChildren(fragment);
  }

  /** Redraws the blocks that text[start:end] (UTF-16) touches; held back while the annotator drags a selection. */
  redraw(start: number, end: number): void {
    if (this.holding) {
      this.held.push([start, end]);
      return;
    }
    const first = this.chunkAt(start);
    const last = this.chunkAt(Math.max(start, end - 1));
    for (let i = first; i <= last; i++) {
      const from = this.chunkStarts[i];
      const to = this.chunkEnd(i);
      const inside: Span[] = [];
      for (const span of this.spans()) {
        if (span.start < to && span.end > from && this.visible(span)) inside.push(span);
      }
      this.fill(i, inside);
    }
  }

  /**
   * While a mouse button is down on the text, redraws wait: replacing the nodes under a selection being dragged would
   * move its start.
   */
  hold(holding: boolean): void {
    this.holding = holding;
    if (!holding) {
      const held = this.held;
      this.held = [];
      for (const [start, end] of held) this.redraw(start, end);
    }
  }

  /** Shows a span's save state on the segments it covers, without redrawing them. */
  restyle(span: Span): void {
    for (let i = this.chunkAt(span.start); i < this.chunks.length && this.chunkStarts[i] < span.end; i++) {
      for (const segment of Array.from(this.chunks[i].children)) {
        const covering = this.segmentSpans.get(segment);
        if (covering?.includes(span)) {
          segment.classList.toggle('sa-failed', covering.some((s) => s.state === 'failed'));
          segment.classList.toggle('sa-unsaved', !covering.some((s) => s.state === 'failed')
            && covering.some((s) => s.state === 'saving'));
        }
      }
    }
  }

  /** The UTF-16 offset of a DOM position inside the text; positions outside it clamp to its ends. */
  offsetOf(node: Node, offset: number): number {
    if (!this.element.contains(node)) {
      const before = this.element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
      return before ? 0 : this.text.length;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const start = this.segmentStart.get(node.parentElement!);
      return start === undefined ? 0 : start + offset;
    }
    const element = node as Element;
    if (element === this.element) {
      return offset >= this.chunks.length ? this.text.length : this.chunkStarts[offset];
    }
    const chunk = this.chunkIndex.get(element);
    if (chunk !== undefined) {
      const child = element.children[offset];
      return child ? this.segmentStart.get(child)! : this.chunkEnd(chunk);
    }
    const start = this.segmentStart.get(element);
    if (start === undefined) return 0;
    return offset === 0 ? start : start + (element.textContent?.length ?? 0);
  }

  /** A DOM range over text[start:end] (UTF-16), for highlights, selections and scrolling. */
  rangeOf(start: number, end: number): Range {
    const range = document.createRange();
    const [startNode, startOffset] = this.position(start, false);
    const [endNode, endOffset] = this.position(end, true);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  /** The spans drawn on a segment element, innermost first; empty for anything else. */
  spansAt(element: Element | null): Span[] {
    return (element && this.segmentSpans.get(element)) || [];
  }

  private position(u16: number, atEnd: boolean): [Node, number] {
    let chunk = this.chunkAt(u16);
    if (atEnd && u16 > 0 && this.chunkStarts[chunk] === u16) chunk = this.chunkAt(u16 - 1);
    const element = this.chunks[chunk];
    for (const segment of Array.from(element.children)) {
      const start = this.segmentStart.get(segment)!;
      const length = segment.firstChild?.textContent?.length ?? 0;
      if (u16 >= start && (u16 < start + length || (atEnd && u16 === start + length))) {
        return [segment.firstChild!, u16 - start];
      }
    }
    return [element, element.children.length];
  }

  private cut(): void {
    const text = this.text;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      end = end < 0 ? text.length : end + 1;
      if (end - start > LONGEST_CHUNK) {
        const space = text.lastIndexOf(' ', start + LONGEST_CHUNK);
        end = space > start ? space + 1 : start + LONGEST_CHUNK;
        // never between the two halves of a surrogate pair
        if ((text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
      }
      this.chunkStarts.push(start);
      start = end;
    }
    if (this.chunkStarts.length === 0) this.chunkStarts.push(0);
    this.chunkStarts.forEach((_, i) => {
      const chunk = document.createElement('div');
      chunk.className = 'sa-chunk';
      this.chunkIndex.set(chunk, i);
      this.chunks.push(chunk);
    });
  }

  private chunkEnd(i: number): number {
    return i + 1 < this.chunkStarts.length ? this.chunkStarts[i + 1] : this.text.length;
  }

  private chunkAt(u16: number): number {
    let low = 0;
    let high = this.chunkStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.chunkStarts[middle] <= u16) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Draws one block: segments at every span boundary, lanes assigned so that spans keep one line each. */
  private fill(i: number, spans: Span[]): void {
    const from = this.chunkStarts[i];
    const to = this.chunkEnd(i);
    const lanes = assignLanes(spans);
    const cuts = new Set<number>([from, to]);
    for (const span of spans) {
      cuts.add(Math.max(from, span.start));
      cuts.add(Math.min(to, span.end));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const chunk = this.chunks[i];
    const parts: HTMLElement[] = [];
    for (let p = 0; p + 1 < points.length; p++) {
      const start = points[p];
      const end = points[p + 1];
      const segment = document.createElement('span');
      segment.className = 'sa-seg';
      // textContent, never HTML: the article's text is shown exactly as stored and never run
      segment.textContent = this.text.slice(start, end);
      this.segmentStart.set(segment, start);
      const covering = spans.filter((span) => span.start <= start && span.end >= end);
      if (covering.length > 0) {
        covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
        this.segmentSpans.set(segment, covering);
        this.paint(segment, covering, lanes);
      }
      parts.push(segment);
    }
    chunk.replaceChildren(...parts);
  }

  private paint(segment: HTMLElement, covering: Span[], lanes: Map<Span, number>): void {
    const layers: string[] = [];
    let deepest = 0;
    for (const span of covering) {
      const lane = lanes.get(span)!;
      deepest = Math.max(deepest, lane);
      const colour = this.colourOf(span);
      layers.push(`linear-gradient(${colour}, ${colour}) 0 calc(100% - ${lane * LANE}px) / 100% 3px no-repeat`);
    }
    const tint = withAlpha(this.colourOf(covering[0]), 0.16);
    layers.push(`linear-gradient(${tint}, ${tint})`);
    segment.style.background = layers.join(', ');
    segment.style.paddingBottom = `${2 + deepest * LANE}px`;
    segment.classList.add('sa-has');
    if (covering.some((span) => span.state === 'failed')) segment.classList.add('sa-failed');
    else if (covering.some((span) => span.state === 'saving')) segment.classList.add('sa-unsaved');
    segment.dataset.spans = covering.map((span) => span.id).join(' ');
  }
}

/** Lane 0 for the first span, and for each later one the lowest lane free where it starts. */
function assignLanes(spans: Span[]): Map<Span, number> {
  const ordered = [...spans].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start)
      || a.layer.localeCompare(b.layer));
  const laneEnds: number[] = [];
  const lanes = new Map<Span, number>();
  for (const span of ordered) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span, lane);
  }
  return lanes;
}

function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!hex) return colour;
  const value = parseInt(hex[1], 16);
  return `rgba(${value >> 16}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
