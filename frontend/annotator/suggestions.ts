import type { Attributes, SuggestionRef } from './span-store';

/**
 * Suggestions on the page: spans proposed to the annotator (by Slant's rules, later by a model or a dataset), drawn
 * apart from the spans, which the annotator accepts (it becomes their span) or rejects. They are not spans: they
 * count nowhere until accepted (docs/decisions/0023-suggestions.md).
 */

/** A suggestion as the server sends it: code point offsets. */
export interface SuggestionDef {
  source: string; layer: string; label: string; start: number; end: number; text: string; attributes: Attributes;
  note: string;
}

/** A suggestion on the page: its UTF-16 offsets, and what the annotator did with it on this page. */
export interface PageSuggestion {
  key: string;
  def: SuggestionDef;
  /** UTF-16 offsets into the text, end-exclusive. */
  start: number; end: number;
  rejected: boolean;
  /** The span accepting it made, while the page knows of one. */
  spanId: string | null;
}

/** What names a suggestion: its source, layer, label and code point offsets. */
export function suggestionKey(ref: { layer: string; label: string; start: number; end: number },
    source: string): string {
  return `${source}|${ref.layer}|${ref.label}|${ref.start}|${ref.end}`;
}

/** A suggestion as a decision about it names it to the server. */
export function refOf(suggestion: PageSuggestion): SuggestionRef {
  const { source, layer, label, start, end } = suggestion.def;
  return { suggestion: source, layer, label, start, end };
}

/** In text order: by start, then end, then key (so that the order is the same on every page). */
export function inTextOrder(a: PageSuggestion, b: PageSuggestion): number {
  return a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The suggestion after the current one in text order ({@code direction} 1), or before it (-1), going round at the
 * ends; with none current, the first at or after {@code from} (UTF-16 offset), or the last before it.
 */
export function nextSuggestion(open: PageSuggestion[], current: string | null, direction: 1 | -1,
    from = 0): PageSuggestion | undefined {
  if (open.length === 0) return undefined;
  const ordered = [...open].sort(inTextOrder);
  const at = current ? ordered.findIndex((suggestion) => suggestion.key === current) : -1;
  if (at >= 0) return ordered[(at + direction + ordered.length) % ordered.length];
  if (direction > 0) return ordered.find((suggestion) => suggestion.start >= from) ?? ordered[0];
  return [...ordered].reverse().find((suggestion) => suggestion.start < from) ?? ordered[ordered.length - 1];
}

/** The suggestions covering a UTF-16 offset, the shortest first. */
export function suggestionsAt(open: PageSuggestion[], offset: number): PageSuggestion[] {
  return open.filter((suggestion) => suggestion.start <= offset && offset < suggestion.end)
    .sort((a, b) => (a.end - a.start) - (b.end - b.start) || inTextOrder(a, b));
}

/** Highlights of suggestions by colour, shared by every annotator on the page (CSS highlights are per document). */
const byColour = new Map<string, { name: string; highlight: Highlight }>();
let style: HTMLStyleElement | null = null;

/**
 * The page's highlight for suggestions of one label colour: dashed lines above and below the words in that colour,
 * no fill, so that a suggestion looks like a span still to be decided and never like one.
 */
export function suggestionHighlight(colour: string): Highlight | undefined {
  if (typeof CSS === 'undefined' || !CSS.highlights) return undefined;
  let entry = byColour.get(colour);
  if (!entry) {
    entry = { name: `sa-sg-${byColour.size}`, highlight: new Highlight() };
    entry.highlight.priority = 1;
    byColour.set(colour, entry);
    CSS.highlights.set(entry.name, entry.highlight);
    if (!style) {
      style = document.createElement('style');
      style.dataset.slant = 'suggestions';
      document.head.append(style);
    }
    const safe = /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : '#888888';
    style.append(`::highlight(${entry.name}) { text-decoration: underline overline dashed ${safe} 1.5px; `
      + 'text-underline-offset: 2px; }\n');
  }
  return entry.highlight;
}
