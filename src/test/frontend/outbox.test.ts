// Run by the build (FrontendUnitTest) with Node's own test runner: the annotator's queue of unsaved changes
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { GONE_AFTER_MILLIS, Outbox, chooseTab, type Operation } from '../../../frontend/annotator/span-store.ts';

/** A browser's localStorage, as a map. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length(): number { return this.items.size; }
  key(index: number): string | null { return [...this.items.keys()][index] ?? null; }
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  setItem(key: string, value: string): void { this.items.set(key, value); }
  removeItem(key: string): void { this.items.delete(key); }
  clear(): void { this.items.clear(); }
  keys(): string[] { return [...this.items.keys()]; }
}

const storage = new MemoryStorage();
(globalThis as unknown as { localStorage: MemoryStorage }).localStorage = storage;
/** The tab's sessionStorage: a reload keeps it, "Duplicate tab" copies it. */
const session = new MemoryStorage();
(globalThis as unknown as { sessionStorage: MemoryStorage }).sessionStorage = session;
const NOW = 1_000_000_000_000;

beforeEach(() => {
  storage.clear();
  session.clear();
});

function update(id: string, label: string): Operation {
  return { kind: 'update', id, label, before: {} };
}

test('an update carries the version it was made against; one made while another waits, the one that answer gives', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  const first = update('s1', 'Security');
  const second = update('s1', 'Morality');
  outbox.add(first, 3);
  outbox.add(second, 3);
  assert.equal(first.kind === 'update' && first.version, 3);
  assert.equal(second.kind === 'update' ? second.version : 'create', undefined);

  outbox.done(first, 4);
  assert.equal(second.kind === 'update' && second.version, 4);
  const reloaded = new Outbox('doc', 'amira', 'tab-1', NOW);
  assert.deepEqual(reloaded.operations, [second], 'the version survives a reload');
});

test('a delete made after an update waits for the version the update produces, never version 0', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  const change = update('s1', 'Security');
  const remove: Operation = { kind: 'delete', id: 's1' };
  outbox.add(change, 7);
  outbox.add(remove, 7);
  assert.equal(remove.kind === 'delete' ? remove.version : 0, undefined);
  outbox.done(change, 8);
  assert.equal(remove.kind === 'delete' && remove.version, 8);
});

test('a create is chained too: the first update of a new span is made against the version the create gives', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  const create: Operation = { kind: 'create', id: 's2', layer: 'l', label: 'a', start: 0, end: 4, attributes: {} };
  const change = update('s2', 'b');
  outbox.add(create);
  outbox.add(change, 0);
  assert.equal(change.kind === 'update' ? change.version : 0, undefined);
  outbox.done(create, 0);
  assert.equal(change.kind === 'update' && change.version, 0);
});

test('when the server refuses a change, the changes made on top of it go with it and others stay', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  const refused = update('s1', 'a');
  outbox.add(refused, 1);
  outbox.add(update('s2', 'b'), 5);
  outbox.add(update('s1', 'c'), 1);
  outbox.done(refused);
  const dropped = outbox.dropAllOf('s1');
  assert.equal(dropped.length, 1);
  assert.deepEqual(outbox.operations.map((operation) => operation.id), ['s2']);
});

test('two tabs on one document keep their changes apart: neither overwrites the other', () => {
  const one = new Outbox('doc', 'amira', 'tab-1', NOW);
  const two = new Outbox('doc', 'amira', 'tab-2', NOW);
  one.add(update('s1', 'a'), 1);
  two.add(update('s2', 'b'), 1);
  one.add(update('s3', 'c'), 1);
  assert.deepEqual(new Outbox('doc', 'amira', 'tab-1', NOW).operations.map((o) => o.id), ['s1', 's3']);
  assert.deepEqual(new Outbox('doc', 'amira', 'tab-2', NOW).operations.map((o) => o.id), ['s2']);
});

test('the next page takes up the changes of a tab that was closed, or silent too long, and not of one still open', () => {
  const open = new Outbox('doc', 'amira', 'tab-open', NOW);
  open.add(update('s2', 'b'), 1);
  const closed = new Outbox('doc', 'amira', 'tab-closed', NOW);
  closed.add(update('s1', 'a'), 1);
  closed.release();
  const crashed = new Outbox('doc', 'amira', 'tab-crashed', NOW - GONE_AFTER_MILLIS - 1);
  crashed.add(update('s3', 'c'), 1);
  crashed.keepAlive(NOW - GONE_AFTER_MILLIS - 1);
  new Outbox('other-doc', 'amira', 'tab-x', NOW).add(update('s9', 'z'), 1);

  const next = new Outbox('doc', 'amira', 'tab-new', NOW);

  assert.deepEqual(next.operations.map((o) => o.id).sort(), ['s1', 's3']);
  assert.deepEqual(open.operations.map((o) => o.id), ['s2']);
  const queues = storage.keys().filter((key) => key.startsWith('slant.outbox.'));
  assert.ok(queues.some((key) => key.endsWith('tab-open')), "the open tab's changes stay its own");
  assert.ok(!queues.some((key) => key.endsWith('tab-closed') || key.endsWith('tab-crashed')));
  assert.ok(queues.some((key) => key.includes('other-doc')), "another document's changes stay put");
});

test('changes an earlier version of the page stored as a bare list are taken up too', () => {
  storage.setItem('slant.outbox.amira.doc', JSON.stringify([{ kind: 'delete', id: 's1' }]));
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  assert.deepEqual(outbox.operations, [{ kind: 'delete', id: 's1' }]);
  assert.equal(storage.getItem('slant.outbox.amira.doc'), null);
});

test('a change once sent is marked so, also after a reload', () => {
  const outbox = new Outbox('doc', 'amira', 'tab-1', NOW);
  const create: Operation = { kind: 'create', id: 's1', layer: 'l', label: 'a', start: 0, end: 4, attributes: {} };
  outbox.add(create);
  outbox.sending([create]);
  assert.equal(new Outbox('doc', 'amira', 'tab-1', NOW).operations[0].sent, true);
});

test('a reloaded tab keeps its id and so its queue; a duplicated tab takes a new one while the original is open', () => {
  const first = chooseTab(NOW);
  const original = new Outbox('doc', 'amira', first, NOW);
  original.add(update('s1', 'a'), 1);

  // "Duplicate tab": the copy starts with the original's sessionStorage while the original is open
  const copy = chooseTab(NOW + 1000);
  assert.notEqual(copy, first);
  assert.equal(session.getItem('slant.tab'), copy, 'the copy keeps its own id from now on');
  assert.deepEqual(new Outbox('doc', 'amira', copy, NOW + 1000).operations, [], "the original's change stays its own");

  // a reload of the original: its page goes (releasing the id), the next page of the tab takes it up again
  session.setItem('slant.tab', first);
  original.release();
  assert.equal(chooseTab(NOW + 2000), first);
});

test('a tab whose page crashed takes its id up again once the claim is old, and old claims are cleared', () => {
  const first = chooseTab(NOW);
  new Outbox('doc', 'amira', first, NOW).keepAlive(NOW);
  const later = NOW + GONE_AFTER_MILLIS;

  assert.equal(chooseTab(later), first);
  assert.equal(storage.keys().filter((key) => key.startsWith('slant.tab.')).length, 1);
  assert.equal(storage.getItem(`slant.tab.${first}`), String(later));
});
