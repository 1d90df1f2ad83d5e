// Run by the build (FrontendUnitTest) with Node's own test runner: going through suggestions, and their decisions
// in the queue of unsaved changes
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  nextSuggestion, refOf, suggestionKey, suggestionsAt, type PageSuggestion,
} from '../../../frontend/annotator/suggestions.ts';
import { Outbox } from '../../../frontend/annotator/span-store.ts';

function suggestion(start: number, end: number, label = 'content'): PageSuggestion {
  const def = { source: 'quotes', layer: 'attribution', label, start, end, text: '', attributes: {}, note: '' };
  return { key: suggestionKey(def, def.source), def, start, end, rejected: false, spanId: null };
}

const quote = suggestion(10, 40);
const cue = suggestion(42, 46, 'cue');
const promo = suggestion(60, 90, 'promo');
const inside = suggestion(20, 25, 'source');

test('a suggestion is named by its source, layer, label and code point offsets', () => {
  assert.equal(quote.key, 'quotes|attribution|content|10|40');
  assert.deepEqual(refOf(quote), { suggestion: 'quotes', layer: 'attribution', label: 'content', start: 10, end: 40 });
});

test('the next suggestion in text order goes round at the end, the previous one at the start', () => {
  const open = [promo, cue, quote];
  assert.equal(nextSuggestion(open, quote.key, 1), cue);
  assert.equal(nextSuggestion(open, promo.key, 1), quote);
  assert.equal(nextSuggestion(open, quote.key, -1), promo);
  assert.equal(nextSuggestion([], null, 1), undefined);
});

test('with none current, the first at or after where the annotator is, or the last before it', () => {
  const open = [promo, cue, quote];
  assert.equal(nextSuggestion(open, null, 1), quote);
  assert.equal(nextSuggestion(open, null, 1, 41), cue);
  assert.equal(nextSuggestion(open, null, 1, 95), quote);
  assert.equal(nextSuggestion(open, null, -1, 50), cue);
  assert.equal(nextSuggestion(open, null, -1, 5), promo);
});

test('the suggestions covering a place, the shortest first; none at an end', () => {
  assert.deepEqual(suggestionsAt([quote, inside, cue], 22), [inside, quote]);
  assert.deepEqual(suggestionsAt([quote, inside, cue], 40), []);
  assert.deepEqual(suggestionsAt([quote, inside, cue], 42), [cue]);
});

test('a rejection in the queue carries no version, and a later one about the same suggestion waits for it', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-s', Date.now());
  const id = `suggestion:${quote.key}`;
  outbox.add({ kind: 'reject', id, suggestion: refOf(quote) }, 7);
  outbox.add({ kind: 'withdraw', id, suggestion: refOf(quote) }, 7);
  outbox.add({ kind: 'reject', id: `suggestion:${cue.key}`, suggestion: refOf(cue) });
  assert.equal('version' in outbox.operations[0], false);
  assert.deepEqual(outbox.batch().map((operation) => operation.kind), ['reject']);
  outbox.done(outbox.operations[0], 3);
  assert.equal('version' in outbox.operations[0], false);
  assert.deepEqual(outbox.batch().map((operation) => operation.kind), ['withdraw', 'reject']);
});
