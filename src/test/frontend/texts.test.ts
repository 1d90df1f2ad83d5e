// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTexts, t, tParts } from '../../../frontend/annotator/texts.ts';

const texts = parseTexts(JSON.stringify({
  'undo.title': 'Rückgängig (Strg+Z)',
  'say.overlap': 'Layer {layer} does not allow overlapping spans: this overlaps "{quote}".',
  'hints.undo': '{ctrl}+{z} undo.',
  'took': "Took {count} of {name}'s spans into gold.",
  'twice': '{key} and {key} again',
}));

test('a text is the message of its key, its {name} placeholders filled in, the same one more than once too', () => {
  assert.equal(t(texts, 'undo.title'), 'Rückgängig (Strg+Z)');
  assert.equal(t(texts, 'say.overlap', { layer: 'Frame', quote: 'NATO' }),
    'Layer Frame does not allow overlapping spans: this overlaps "NATO".');
  assert.equal(t(texts, 'took', { count: 3, name: 'A' }), "Took 3 of A's spans into gold.");
  assert.equal(t(texts, 'twice', { key: 'Strg' }), 'Strg and Strg again');
});

test('a missing key stands for itself, and a placeholder without a value stays as it is', () => {
  assert.equal(t(texts, 'no.such.key'), 'no.such.key');
  assert.equal(t(texts, 'took', { count: 2 }), "Took 2 of {name}'s spans into gold.");
  assert.equal(t(parseTexts(''), 'undo'), 'undo');
  assert.equal(t(parseTexts('not json'), 'undo'), 'undo');
});

test('a text in pieces puts the values given (markup) between its words', () => {
  const kbd = (key: string) => ({ kbd: key });
  assert.deepEqual(tParts(texts, 'hints.undo', { ctrl: kbd('Strg'), z: kbd('Z') }),
    [{ kbd: 'Strg' }, '+', { kbd: 'Z' }, ' undo.']);
  assert.deepEqual(tParts(texts, 'took', { count: 4, name: 'B' }), ['Took ', '4', ' of ', 'B', "'s spans into gold."]);
});
