import { type PropertyValues } from 'lit';
import { SlantAnnotator } from '../annotator/slant-annotator';

/** One article's stretch of a shared passage, in code points, as the story view sends it. */
interface PassagePlace { id: number; start: number; end: number; }

/** Distinct, light backgrounds for passages (none blue, the colour of a selection); one per passage everywhere. */
export const PASSAGE_COLOURS = ['#fde68a', '#bbf7d0', '#fbcfe8', '#ddd6fe', '#fed7aa', '#a5f3fc', '#d9f99d', '#fecdd3'];

/** The page's highlights of passages by colour, shared by the columns (CSS highlights are per document). */
const byColour = new Map<number, Highlight>();
let stylesInstalled = false;

function installPassageStyles(): void {
  if (stylesInstalled) return;
  stylesInstalled = true;
  const style = document.createElement('style');
  style.dataset.slant = 'story-column';
  style.textContent = PASSAGE_COLOURS.map((colour, n) => `::highlight(sp-${n}) { background-color: ${colour}; }`)
    .join('\n') + `
::highlight(sp-current) { text-decoration: underline 3px #b45309; text-underline-offset: 4px; }
slant-story-column .sa-main { flex-direction: column; gap: var(--lumo-space-xs); }
slant-story-column .sa-palette { width: auto; max-height: 6.5rem; border-right: none; padding: 0;
  border-bottom: 1px solid var(--lumo-contrast-10pct); display: flex; flex-wrap: wrap; align-content: flex-start;
  column-gap: var(--lumo-space-s); }
slant-story-column .sa-status { margin: 0; min-height: 1.6rem; flex-basis: 100%; }
slant-story-column .sa-tools, slant-story-column .sa-hints { display: none; }
slant-story-column .sa-layer { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 2px; }
slant-story-column .sa-layer header { margin: 0 var(--lumo-space-xs) 0 0; }
slant-story-column .sa-label { width: auto; padding: 0 0.3rem; }
slant-story-column .sa-label .sa-name { max-width: 9rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
slant-story-column .sa-label .sa-count { display: none; }
slant-story-column .sa-text { padding: 0 var(--lumo-space-s) var(--lumo-space-s); font-size: 1rem; line-height: 2; }
/* room below the text, so that a passage near its end can be lined up too; inside the scrolling box, not as its
   padding, which a box never shrinks below */
slant-story-column .sa-text::after { content: ''; display: block; height: 70vh; }
slant-story-column .sa-message, slant-story-column .sa-readonly { flex-basis: 100%; margin: 0 0 var(--lumo-space-xs); }
`;
  document.head.append(style);
}

/**
 * One column of the story view: the span annotator on one article (the same drawing, keys, undo, redo and saving as
 * the annotate view), in a compact frame, with the story's shared passages highlighted in their colours. A click in a
 * passage, or ] and [ for the next and previous one, tells the page (event slant-passage), which lines the other
 * columns up on it.
 */
export class SlantStoryColumn extends SlantAnnotator {
  static properties = {
    ...SlantAnnotator.properties,
    passages: { type: String },
  };

  declare passages: string;
  private places: PassagePlace[] = [];
  private ranges: { colour: number; range: Range }[] = [];
  private currentPassage = 0;
  /** Room made above the text (px) to line a passage near the article's start up with the other columns. */
  private roomAbove = 0;

  constructor() {
    super();
    this.passages = '[]';
  }

  protected createRenderRoot() {
    const root = super.createRenderRoot();
    // after the annotator's styles, whose rules these compact ones override
    installPassageStyles();
    return root;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onPassageKey);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('keydown', this.onPassageKey);
    this.clearPassageRanges();
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('passages')) {
      this.places = (JSON.parse(this.passages || '[]') as PassagePlace[])
        .sort((a, b) => a.start - b.start || a.end - b.end);
    }
    if ((changed.has('passages') || changed.has('setup')) && this.article && this.view) this.highlightPassages();
  }

  protected rehighlight(): void {
    super.rehighlight();
    if (this.article && this.view) this.highlightPassages();
  }

  /**
   * Scrolls this column so that the passage's first stretch here stands {@code top} px below the text's top. Where
   * the stretch is too near the article's start for that, room is made above the text; the text always has room
   * below it (its ::after, above) for the same reason at its end.
   */
  alignPassage(id: number, top: number): boolean {
    const place = this.places.find((candidate) => candidate.id === id);
    this.markCurrent(place);
    if (!place || !this.article) return false;
    this.scrollPlaceTo(place, top);
    // paragraphs out of view are laid out at an estimated height until shown: once they are, once more
    requestAnimationFrame(() => this.scrollPlaceTo(place, top));
    this.currentPassage = id;
    return true;
  }

  private scrollPlaceTo(place: PassagePlace, top: number): void {
    const box = this.querySelector<HTMLElement>('.sa-text')!;
    const rect = this.view.rangeOf(this.index.toUtf16(place.start), this.index.toUtf16(place.end))
      .getBoundingClientRect();
    const inContent = rect.top - box.getBoundingClientRect().top + box.scrollTop - this.roomAbove;
    this.roomAbove = Math.max(0, Math.round(top - inContent));
    box.style.paddingTop = this.roomAbove ? `${this.roomAbove}px` : '';
    box.scrollTop = Math.max(0, inContent - top);
  }

  private highlightPassages(): void {
    this.clearPassageRanges();
    if (!CSS.highlights) return;
    for (const place of this.places) {
      const colour = (place.id - 1) % PASSAGE_COLOURS.length;
      const range = this.view.rangeOf(this.index.toUtf16(place.start), this.index.toUtf16(place.end));
      let highlight = byColour.get(colour);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = -1;
        byColour.set(colour, highlight);
        CSS.highlights.set(`sp-${colour}`, highlight);
      }
      highlight.add(range);
      this.ranges.push({ colour, range });
    }
    this.markCurrent(this.places.find((place) => place.id === this.currentPassage));
  }

  private clearPassageRanges(): void {
    for (const { colour, range } of this.ranges) byColour.get(colour)?.delete(range);
    this.ranges = [];
  }

  private markCurrent(place: PassagePlace | undefined): void {
    if (!CSS.highlights || !this.article || !this.view) return;
    const current = CSS.highlights.get('sp-current') ?? new Highlight();
    for (const range of [...current]) {
      if (this.contains((range as Range).startContainer)) current.delete(range);
    }
    if (place) current.add(this.view.rangeOf(this.index.toUtf16(place.start), this.index.toUtf16(place.end)));
    CSS.highlights.set('sp-current', current);
  }

  private onClick = (event: MouseEvent): void => {
    const box = this.querySelector<HTMLElement>('.sa-text');
    const selection = window.getSelection();
    if (!box || !this.article || !box.contains(event.target as Node) || (selection && !selection.isCollapsed)) return;
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!caret) return;
    const offset = this.index.toCodePoint(this.view.offsetOf(caret.offsetNode, caret.offset));
    const place = this.places.find((candidate) => candidate.start <= offset && offset < candidate.end);
    if (place) this.choosePassage(place);
  };

  private onPassageKey = (event: KeyboardEvent): void => {
    if (event.key !== ']' && event.key !== '[') return;
    if ((event.target as HTMLElement).closest('input, textarea, select') || this.places.length === 0) return;
    event.preventDefault();
    const at = this.places.findIndex((place) => place.id === this.currentPassage);
    const next = event.key === ']' ? (at + 1) % this.places.length
      : (at <= 0 ? this.places.length : at) - 1;
    this.choosePassage(this.places[next]);
  };

  /** This column's passage becomes the one the page lines the columns up on, where it stands now. */
  private choosePassage(place: PassagePlace): void {
    const box = this.querySelector<HTMLElement>('.sa-text')!;
    const range = this.view.rangeOf(this.index.toUtf16(place.start), this.index.toUtf16(place.end));
    let top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top > box.clientHeight - 40) {
      this.alignPassage(place.id, box.clientHeight / 4);
      top = box.clientHeight / 4;
    }
    this.currentPassage = place.id;
    this.markCurrent(place);
    this.dispatchEvent(new CustomEvent('slant-passage', {
      bubbles: true, composed: true, detail: { id: place.id, top: Math.round(top) },
    }));
  }
}

customElements.define('slant-story-column', SlantStoryColumn);

declare global {
  interface HTMLElementTagNameMap { 'slant-story-column': SlantStoryColumn; }
}
