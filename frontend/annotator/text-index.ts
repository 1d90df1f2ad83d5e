/**
 * A text as the browser holds it (UTF-16 code units) and as Slant stores offsets (Unicode code points,
 * end-exclusive, as Python slices), with the boundaries selections snap to: graphemes and words.
 */
export class TextIndex {
  readonly text: string;
  readonly codePoints: number;
  /** For every UTF-16 index 0..length: the code point index of the code point it is in. */
  private readonly cpOf: Int32Array;
  /** For every code point index 0..codePoints: the UTF-16 index where it starts. */
  private readonly u16Of: Int32Array;
  private graphemeStarts?: Uint8Array;
  private tokenList?: { starts: Int32Array; ends: Int32Array };

  /**
   * @param words the server's words (delta-coded UTF-16 ranges: for each, its distance from the previous one's end,
   *     then its length), so that the browser snaps to the words the server counts and exports; without them, the
   *     browser's own segmenter's
   */
  constructor(text: string, words?: number[]) {
    this.text = text;
    if (words) this.tokenList = decodeWords(words);
    const length = text.length;
    this.cpOf = new Int32Array(length + 1);
    const u16 = new Int32Array(length + 1);
    let cp = 0;
    for (let i = 0; i < length; cp++) {
      u16[cp] = i;
      this.cpOf[i] = cp;
      const unit = text.charCodeAt(i);
      const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < length
        && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        this.cpOf[i + 1] = cp;
        i += 2;
      } else {
        i += 1;
      }
    }
    u16[cp] = length;
    this.cpOf[length] = cp;
    this.codePoints = cp;
    this.u16Of = u16.slice(0, cp + 1);
  }

  get length(): number {
    return this.text.length;
  }

  /** The code point offset of a UTF-16 offset; inside a surrogate pair, the pair's own start. */
  toCodePoint(u16: number): number {
    return this.cpOf[clamp(u16, 0, this.text.length)];
  }

  /** The UTF-16 offset where a code point offset lies. */
  toUtf16(cp: number): number {
    return this.u16Of[clamp(cp, 0, this.codePoints)];
  }

  /** A range widened so that neither end splits a user-perceived character (flag, emoji sequence, accent). */
  snapToGraphemes(start: number, end: number): [number, number] {
    const starts = this.graphemes();
    let s = clamp(start, 0, this.text.length);
    let e = clamp(end, s, this.text.length);
    while (s > 0 && !starts[s]) s--;
    while (e < this.text.length && !starts[e]) e++;
    return [s, e];
  }

  /**
   * A range widened to whole words and stripped of the white space at its ends; punctuation the annotator chose
   * stays. Null when nothing but white space was chosen.
   */
  snapToWords(start: number, end: number): [number, number] | null {
    let [s, e] = this.snapToGraphemes(start, end);
    const { starts, ends } = this.tokens();
    const inStart = tokenContaining(starts, ends, s);
    if (inStart >= 0) s = starts[inStart];
    const inEnd = tokenContaining(starts, ends, e - 1);
    if (e > s && inEnd >= 0) e = ends[inEnd];
    while (s < e && isSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isSpace(this.text.charCodeAt(e - 1))) e--;
    return e > s ? [s, e] : null;
  }

  /**
   * The words (and other non-punctuation tokens such as emoji and numbers), in text order, as UTF-16 ranges: what
   * the keyboard moves through.
   */
  tokens(): { starts: Int32Array; ends: Int32Array } {
    if (!this.tokenList) {
      const starts: number[] = [];
      const ends: number[] = [];
      const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const part of segmenter.segment(this.text)) {
        if (part.isWordLike || TOKEN.test(part.segment)) {
          starts.push(part.index);
          ends.push(part.index + part.segment.length);
        }
      }
      this.tokenList = { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
    }
    return this.tokenList;
  }

  /** The index of the first token ending after {@code u16}, or the last token; -1 when the text has none. */
  tokenAtOrAfter(u16: number): number {
    const { starts, ends } = this.tokens();
    if (starts.length === 0) return -1;
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle] <= u16) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private graphemes(): Uint8Array {
    if (!this.graphemeStarts) {
      const starts = new Uint8Array(this.text.length + 1);
      const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      for (const part of segmenter.segment(this.text)) starts[part.index] = 1;
      starts[this.text.length] = 1;
      this.graphemeStarts = starts;
    }
    return this.graphemeStarts;
  }
}

function decodeWords(words: number[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(words.length / 2);
  const ends = new Int32Array(words.length / 2);
  let at = 0;
  for (let i = 0; i + 1 < words.length; i += 2) {
    starts[i / 2] = at + words[i];
    at = starts[i / 2] + words[i + 1];
    ends[i / 2] = at;
  }
  return { starts, ends };
}

/** Letters, digits, symbols and emoji make a token; white space and punctuation alone do not. */
const TOKEN = /[^\s\p{P}]/u;

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0xa0 || unit === 0x2028
    || unit === 0x2029 || unit === 0x202f || unit === 0x3000 || (unit >= 0x2000 && unit <= 0x200a);
}

function tokenContaining(starts: Int32Array, ends: Int32Array, u16: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ends[middle] <= u16) low = middle + 1;
    else if (starts[middle] > u16) high = middle - 1;
    else return middle;
  }
  return -1;
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}
