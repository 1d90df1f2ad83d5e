// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextIndex } from '../../../frontend/annotator/text-index.ts';

/**
 * The texts an annotator of an outlet-blind project gets, as the server masks them (OutletMaskTest checks the same
 * samples against org.slant.corpus.OutletMask): the annotator must find the same words in them as in the stored texts,
 * so that selections snap and the keys move exactly as they would there.
 */
interface Sample { name: string; outlets: string[]; text: string; masked: string }

const SAMPLES: Sample[] = JSON.parse(readFileSync(new URL('./outlet-mask-samples.json', import.meta.url), 'utf8'));

function words(text: string): string {
  const { starts, ends } = new TextIndex(text).tokens();
  return Array.from(starts, (start, i) => `${start}-${ends[i]}`).join(' ');
}

test('a masked text has the code points and the words of the stored one', () => {
  assert.ok(SAMPLES.length >= 7);
  for (const sample of SAMPLES) {
    const stored = new TextIndex(sample.text);
    const masked = new TextIndex(sample.masked);
    assert.equal(masked.codePoints, stored.codePoints, sample.name);
    assert.equal(words(sample.masked), words(sample.text), sample.name);
    for (let start = 0; start < stored.codePoints; start += 3) {
      assert.deepEqual(masked.snapToWords(masked.toUtf16(start), masked.toUtf16(start + 1))?.map((u16) =>
        masked.toCodePoint(u16)), stored.snapToWords(stored.toUtf16(start), stored.toUtf16(start + 1))?.map((u16) =>
        stored.toCodePoint(u16)), `${sample.name} @${start}`);
    }
  }
});

test('a block as the mask would split a masked name into one token per character', () => {
  // why the mask is a letter: "███ ████" is seven tokens to the annotator, "XXX XXXX" two, as "Fox News" is
  assert.equal(new TextIndex('said XXX XXXX today').tokens().starts.length, 4);
  assert.equal(new TextIndex('said ███ ████ today').tokens().starts.length, 9);
});
