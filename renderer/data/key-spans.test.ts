// Range reads and deletes stand in for row-by-row ones only where they give the same answer.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-support';
import type { SupplierDb } from './db';
import type { OutboxEntry } from '../../shared/sync/outbox';
import { bulkDeleteNear, bulkGetNear } from './key-spans';
import { recordOf } from './outbox';

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

const entry = (i: number): OutboxEntry => ({ mid: i, opId: `op-${i}`, owner: i % 2 ? 'a' : 'b', kind: 'patch', entity: 'products', entityId: `p-${i}`, baseRev: 1, changes: {}, createdAt: '2026-11-28T08:00:00Z' });

async function seqs(count: number): Promise<number[]> {
  return (await database.outbox.bulkAdd(Array.from({ length: count }, (_, i) => recordOf([entry(i + 1)])), { allKeys: true })) as number[];
}

describe('bulkGetNear', () => {
  it('answers like bulkGet, in the order asked, for neighbouring and scattered keys', async () => {
    const keys = await seqs(200);
    const neighbours = keys.slice(40, 80).reverse();
    const scattered = keys.filter((_, i) => i % 10 === 0);
    for (const asked of [neighbours, scattered]) {
      expect(await bulkGetNear(database.outbox, asked, (r) => r.seq!)).toEqual(await database.outbox.bulkGet(asked));
    }
  });

  it('leaves a gap for a key that has no row', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p-${String(i).padStart(3, '0')}`);
    await database.products.bulkPut(ids.filter((_, i) => i % 3 !== 0).map((id) => ({ id, rev: 1 }) as never));
    const rows = await bulkGetNear(database.products, ids, (r) => r.id);
    expect(rows.map((r) => r?.id)).toEqual(ids.map((id, i) => (i % 3 !== 0 ? id : undefined)));
  });

  it('finds compound keys (bases)', async () => {
    const bases = Array.from({ length: 30 }, (_, i) => ({ entity: 'products' as const, id: `p-${String(i).padStart(3, '0')}`, row: null }));
    await database.bases.bulkPut(bases);
    const asked = bases.slice(5, 25).map((b) => [b.entity, b.id] as [string, string]);
    expect(await bulkGetNear(database.bases, asked, (b) => [b.entity, b.id] as [string, string])).toEqual(bases.slice(5, 25));
  });
});

describe('bulkDeleteNear', () => {
  it('deletes exactly the given keys, never a neighbour in their range', async () => {
    const keys = await seqs(100);
    const everyOtherOne = keys.slice(0, 60).filter((_, i) => i % 2 === 0);
    await bulkDeleteNear(database.outbox, everyOtherOne);
    expect(await database.outbox.count()).toBe(70);
    await bulkDeleteNear(database.outbox, keys.slice(60, 90));
    expect((await database.outbox.toCollection().primaryKeys()).length).toBe(40);
    expect(await database.outbox.bulkGet(keys.slice(90))).not.toContain(undefined);
  });
});
