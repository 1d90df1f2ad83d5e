// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextIndex } from '../../../frontend/annotator/text-index.ts';

/** What Python's text[start:end] gives for code point offsets. */
function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

const SAMPLES: Record<string, string> = {
  ascii: 'NATO said no.',
  emoji: 'Talks 🤝 failed 😞 again',
  flags: 'Kyiv 🇺🇦 and Moscow 🇷🇺 met',
  family: 'A 👨‍👩‍👧 family',
  combining: 'Zelenskyy and Cafe\u0301 e\u0301lite',
  nbsp: 'Mr.\u00a0Stoltenberg said\u00a0"no"',
  crlf: 'Line one\r\nLine two\r\n\r\nLine four',
  astral: '𝕏 posted 𝒜 note',
};

test('every code point offset round-trips through UTF-16 and slices as Python does', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    const index = new TextIndex(text);
    assert.equal(index.codePoints, Array.from(text).length, name);
    for (let start = 0; start <= index.codePoints; start++) {
      assert.equal(index.toCodePoint(index.toUtf16(start)), start, `${name} @${start}`);
      for (let end = start; end <= index.codePoints; end++) {
        const browser = text.slice(index.toUtf16(start), index.toUtf16(end));
        assert.equal(browser, pythonSlice(text, start, end), `${name} ${start}..${end}`);
      }
    }
  }
});

test('a UTF-16 offset inside a surrogate pair maps to the start of its code point', () => {
  const index = new TextIndex('a😞b');
  assert.deepEqual([0, 1, 2, 3, 4].map((u16) => index.toCodePoint(u16)), [0, 1, 1, 2, 3]);
});

test('selections never split a flag, an emoji sequence or a letter and its accent', () => {
  const flags = new TextIndex(SAMPLES.flags);
  const flagAt = SAMPLES.flags.indexOf('🇺🇦');
  assert.deepEqual(flags.snapToGraphemes(flagAt + 1, flagAt + 3), [flagAt, flagAt + 4]);
  const family = new TextIndex(SAMPLES.family);
  const [s, e] = family.snapToGraphemes(3, 4);
  assert.equal(SAMPLES.family.slice(s, e), '👨‍👩‍👧');
  const combining = new TextIndex(SAMPLES.combining);
  const accent = SAMPLES.combining.indexOf('\u0301');
  assert.deepEqual(combining.snapToGraphemes(accent - 1, accent), [accent - 1, accent + 1]);
});

test('snapping to words widens partial words and drops surrounding white space, keeping chosen punctuation', () => {
  const text = 'The alliance said "no deal" today.';
  const index = new TextIndex(text);
  const snap = (from: number, to: number) => {
    const range = index.snapToWords(from, to);
    return range && text.slice(range[0], range[1]);
  };
  const at = (part: string) => text.indexOf(part);
  assert.equal(snap(at('lia'), at('lia') + 3), 'alliance');
  assert.equal(snap(at(' alliance'), at('aid') + 1), 'alliance said');
  assert.equal(snap(at('"no'), at('" today') + 1), '"no deal"');
  assert.equal(snap(at('no'), at('no') + 1), 'no');
  assert.equal(snap(at(' today') , text.length), 'today.');
  assert.equal(snap(at(' alliance'), at(' alliance') + 1), null);
});

test('snapping to words treats NBSP as a space and keeps emoji as words', () => {
  const index = new TextIndex(SAMPLES.nbsp);
  const range = index.snapToWords(1, 8);
  assert.equal(SAMPLES.nbsp.slice(range![0], range![1]), 'Mr.\u00a0Stoltenberg');
  const emoji = new TextIndex(SAMPLES.emoji);
  const tokens = emoji.tokens();
  const words = Array.from(tokens.starts, (start, i) => SAMPLES.emoji.slice(start, tokens.ends[i]));
  assert.deepEqual(words, ['Talks', '🤝', 'failed', '😞', 'again']);
});

test('the keyboard finds the token at or after a position', () => {
  const index = new TextIndex('one  two three');
  assert.equal(index.tokenAtOrAfter(0), 0);
  assert.equal(index.tokenAtOrAfter(3), 1);
  assert.equal(index.tokenAtOrAfter(9), 2);
  assert.equal(index.tokenAtOrAfter(99), 2);
  assert.equal(new TextIndex('  ').tokenAtOrAfter(0), -1);
});
