/**
 * The curator's units: where annotators' spans of one layer (and gold) overlap, they form one unit, in text order.
 * A unit is agreed when every lane (at least two) marked exactly the same spans in it, and settled when gold holds
 * exactly those spans. Offsets are whatever the caller uses (UTF-16 in the browser); only their order matters.
 */
export interface UnitSpan {
  id: string; layer: string; label: string; start: number; end: number; lane: string;
  attributes?: Record<string, unknown>;
}

export interface Unit {
  start: number; end: number;
  /** the gold spans of the unit */
  gold: UnitSpan[];
  /** per lane (in the order given) its spans in the unit, by start */
  lanes: UnitSpan[][];
  /** every lane (two or more) marked exactly the same spans */
  agreed: boolean;
  /** gold holds exactly what the lanes agreed on, or, where they disagree, anything at all */
  settled: boolean;
}

/** The key that makes two spans the same: label and boundaries. */
export function sameSpanKey(span: { label: string; start: number; end: number }): string {
  return `${span.label}:${span.start}:${span.end}`;
}

/** The units of one layer: clusters of overlapping spans over all lanes and gold, by start. */
export function unitsOf(layer: string, lanes: UnitSpan[][], gold: UnitSpan[]): Unit[] {
  const all: { span: UnitSpan; lane: number }[] = [];
  lanes.forEach((spans, lane) => spans.filter((span) => span.layer === layer)
    .forEach((span) => all.push({ span, lane })));
  gold.filter((span) => span.layer === layer).forEach((span) => all.push({ span, lane: -1 }));
  all.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (const { span, lane } of all) {
    if (!current || span.start >= current.end) {
      current = { start: span.start, end: span.end, gold: [], lanes: lanes.map(() => []), agreed: false,
        settled: false };
      units.push(current);
    }
    current.end = Math.max(current.end, span.end);
    if (lane < 0) current.gold.push(span);
    else current.lanes[lane].push(span);
  }
  for (const unit of units) {
    const keys = unit.lanes.map((spans) => spans.map(sameSpanKey).sort().join('|'));
    unit.agreed = lanes.length >= 2 && keys[0] !== '' && keys.every((key) => key === keys[0]);
    const gold = unit.gold.map(sameSpanKey).sort().join('|');
    unit.settled = unit.agreed ? gold === keys[0] : unit.gold.length > 0;
  }
  return units;
}

/** Whether gold already holds a span with the same label and boundaries. */
export function inGold(span: UnitSpan, gold: UnitSpan[]): boolean {
  return gold.some((candidate) => candidate.layer === span.layer && sameSpanKey(candidate) === sameSpanKey(span));
}
