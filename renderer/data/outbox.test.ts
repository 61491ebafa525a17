// The outbox keeps one entry per edit; an import's entries share records of 500. Readers must
// see entries, in queue order, whatever record they sit in.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, sampleProduct } from './test-support';
import { SESSION_USER_KEY, write } from './repository';
import type { SupplierDb } from './db';
import {
  allEntries, countAll, countOf, dequeue, entriesOf, entriesOfRows, GROUP_SIZE, opsPending, queueAfter, queueOf, renumber, rowKey, rowsPending, toRecords,
} from './outbox';

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

const USER = 'user-a';
const products = (count: number, prefix = 'IMP') => Array.from({ length: count }, (_, i) => sampleProduct({ sku: `${prefix}-${i}` }));

async function importAsUser(count: number): Promise<string[]> {
  await database.syncState.put({ key: SESSION_USER_KEY, value: USER });
  return write((w) => w.createMany('products', products(count)));
}

describe('outbox records', () => {
  it('stores an import of 1,201 products as records of 500, 500 and 201, one entry per product in order', async () => {
    const ids = await importAsUser(1201);
    const records = await database.outbox.orderBy('seq').toArray();
    expect(records.map((r) => r.entries.length)).toEqual([GROUP_SIZE, GROUP_SIZE, 201]);
    const entries = await allEntries(database);
    expect(entries.map((e) => e.entityId)).toEqual(ids);
    expect(entries.map((e) => e.mid)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(entries.map((e) => e.opId)).size).toBe(1201);
    expect(entries[700]).toMatchObject({ kind: 'create', owner: USER, seq: records[1].seq, slot: 200, changes: { sku: { old: null, new: 'IMP-700' } } });
    expect(await countOf(database, USER)).toBe(1201);
    expect(await countOf(database, null)).toBe(0);
    expect(await countAll(database)).toBe(1201);
  });

  it('finds a row\'s pending entries inside a shared record, after and before its other edits', async () => {
    const ids = await importAsUser(600);
    await write((w) => w.patch('products', ids[550], { name: 'Renamed' }));
    const pending = await entriesOfRows(database, [['products', ids[550]], ['products', 'no-such-id']]);
    expect(pending.map((e) => [e.kind, e.entityId])).toEqual([['create', ids[550]], ['patch', ids[550]]]);
    expect(await rowsPending(database, [rowKey('products', ids[3]), rowKey('products', 'no-such-id')])).toEqual(new Set([rowKey('products', ids[3])]));
  });

  it('reads a queue by entries, not records: a batch of 600 is a whole record and part of the next', async () => {
    await importAsUser(1200);
    const batch = await queueOf(database, USER, 600);
    expect(batch.map((e) => e.mid)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    const following = await queueAfter(database, USER, batch[599], 500);
    expect(following.map((e) => e.mid)).toEqual(Array.from({ length: 500 }, (_, i) => i + 601));
    expect(await queueAfter(database, USER, following[499], 500)).toHaveLength(100);
  });

  it('reads a batch across single edits and an import queued behind them, and counts both', async () => {
    await database.syncState.put({ key: SESSION_USER_KEY, value: USER });
    const first = await write((w) => w.create('products', sampleProduct({ sku: 'ONE' })));
    await write((w) => w.patch('products', first.id, { name: 'One' }));
    await write((w) => w.createMany('products', products(1200)));
    expect(await countOf(database, USER)).toBe(1202);
    const batch = await queueOf(database, USER, 500);
    expect(batch.map((e) => e.mid)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(batch.slice(0, 2).map((e) => e.kind)).toEqual(['create', 'patch']);
    const next = await queueAfter(database, USER, batch[499], 500);
    expect(next.map((e) => e.mid)).toEqual(Array.from({ length: 500 }, (_, i) => i + 501));
    expect((await queueAfter(database, USER, next[499], 500)).map((e) => e.mid)).toEqual(Array.from({ length: 202 }, (_, i) => i + 1001));
  });

  it('takes answered entries out of a record and keeps the rest findable; the record goes with its last entry', async () => {
    const ids = await importAsUser(500);
    const entries = await allEntries(database);
    await dequeue(database, entries.slice(0, 300));
    expect((await allEntries(database)).map((e) => e.entityId)).toEqual(ids.slice(300));
    expect(await countOf(database, USER)).toBe(200);
    expect(await rowsPending(database, [rowKey('products', ids[0]), rowKey('products', ids[300])])).toEqual(new Set([rowKey('products', ids[300])]));
    expect(await opsPending(database, [entries[0].opId, entries[499].opId])).toEqual(new Set([entries[499].opId]));
    await dequeue(database, entries.slice(300));
    expect(await database.outbox.count()).toBe(0);
  });

  it('continues after a batch whose record lost its first entries meanwhile (a batch halved after a 413)', async () => {
    await importAsUser(500);
    const first = await queueOf(database, USER, 100);
    const second = await queueAfter(database, USER, first[99], 100);
    await dequeue(database, first); // the first answer: entries 1-100 leave, the rest move to slots 0-399
    expect((await queueOf(database, USER, 1))[0]).toMatchObject({ mid: 101, slot: 0 });
    const third = await queueAfter(database, USER, second[99], 100);
    expect(third.map((e) => e.mid)).toEqual(Array.from({ length: 100 }, (_, i) => i + 201));
  });

  it('renumbers and claims entries in queue order, across records', async () => {
    await write((w) => w.createMany('products', products(700))); // nobody signed in: owner null
    const unowned = await allEntries(database);
    expect(await countOf(database, null)).toBe(700);
    expect(await renumber(database, unowned, USER, 41)).toBe(741);
    const claimed = await allEntries(database);
    expect(claimed.map((e) => [e.owner, e.mid])).toEqual(unowned.map((_, i) => [USER, 41 + i]));
    expect(await countOf(database, null)).toBe(0);
    expect(await countOf(database, USER)).toBe(700);
    expect((await queueOf(database, USER, 1))[0].mid).toBe(41);
  });

  it('counts every owner\'s entries together without reading a record', async () => {
    await write((w) => w.createMany('products', products(700))); // nobody signed in: owner null
    await database.syncState.put({ key: SESSION_USER_KEY, value: USER });
    await write((w) => w.create('products', sampleProduct({ sku: 'OWNED' })));
    expect([await countOf(database, null), await countOf(database, USER), await countAll(database)]).toEqual([700, 1, 701]);
  });

  it('never mixes owners in one record', () => {
    const entry = (owner: string | null, i: number) => ({ mid: i, opId: `op-${i}`, owner, kind: 'patch' as const, entity: 'products' as const, entityId: `p-${i}`, baseRev: 1, changes: {}, createdAt: '2026-11-28T08:00:00Z' });
    const records = toRecords([entry(null, 1), entry(null, 2), entry('a', 3), entry(null, 4)]);
    expect(records.map((r) => [r.owner, r.size, r.ops])).toEqual([['', 2, ['op-1', 'op-2']], ['a', 1, ['op-3']], ['', 1, ['op-4']]]);
    // Entries keep their own owner (null); the record files them under '' to index them.
    expect(entriesOf(records.map((r, i) => ({ ...r, seq: i + 1 })))[0]).toMatchObject({ owner: null, seq: 1, slot: 0 });
  });
});
