// Run by the build (FrontendUnitTest) with Node's own test runner, outside frontend/ so Vaadin's type check skips it
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inGold, unitsOf, type UnitSpan } from '../../../frontend/curation/curation-units.ts';

const span = (lane: string, label: string, start: number, end: number, layer = 'frame'): UnitSpan =>
  ({ id: `${lane}-${label}-${start}-${end}`, layer, label, start, end, lane });

test('overlapping spans of all lanes and gold form one unit; separate ones stay apart, in text order', () => {
  const a = [span('A', 'Security', 10, 20), span('A', 'Economic', 40, 45)];
  const b = [span('B', 'Security', 15, 25)];
  const gold = [span('gold', 'Security', 22, 30)];
  const units = unitsOf('frame', [a, b], gold);
  assert.deepEqual(units.map((unit) => [unit.start, unit.end]), [[10, 30], [40, 45]]);
  assert.deepEqual(units[0].lanes.map((spans) => spans.map((s) => s.id)), [['A-Security-10-20'], ['B-Security-15-25']]);
  assert.deepEqual(units[0].gold.map((s) => s.id), ['gold-Security-22-30']);
  assert.equal(units[0].agreed, false);
  assert.equal(units[0].settled, true);
  assert.deepEqual(units[1].lanes.map((spans) => spans.length), [1, 0]);
});

test('a unit is agreed when every lane marked the same spans, and settled once gold holds exactly those', () => {
  const a = [span('A', 'Security', 10, 20)];
  const b = [span('B', 'Security', 10, 20)];
  assert.deepEqual(unitsOf('frame', [a, b], []).map((unit) => [unit.agreed, unit.settled]), [[true, false]]);
  const gold = [span('gold', 'Security', 10, 20)];
  assert.deepEqual(unitsOf('frame', [a, b], gold).map((unit) => [unit.agreed, unit.settled]), [[true, true]]);
  const wrongGold = [span('gold', 'Morality', 10, 20)];
  assert.deepEqual(unitsOf('frame', [a, b], wrongGold).map((unit) => [unit.agreed, unit.settled]), [[true, false]]);
});

test('one lane alone never agrees, other layers are left out, and same-span gold is found by label and bounds', () => {
  const a = [span('A', 'Security', 10, 20), span('A', 'Person', 10, 20, 'entities')];
  assert.deepEqual(unitsOf('frame', [a], []).map((unit) => unit.agreed), [false]);
  assert.equal(unitsOf('frame', [a, []], []).length, 1);
  assert.equal(inGold(a[0], [span('gold', 'Security', 10, 20)]), true);
  assert.equal(inGold(a[0], [span('gold', 'Security', 10, 21)]), false);
  assert.equal(inGold(a[1], [span('gold', 'Security', 10, 20)]), false);
});
