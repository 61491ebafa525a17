// How server answers land in the local database: rows, bases, outbox, rejected list, cursor.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, sampleProduct } from '../data/test-support';
import { SESSION_USER_KEY, write } from '../data/repository';
import type { LocalRow, SupplierDb } from '../data/db';
import type { PushResponse } from '../../shared/sync/protocol';
import { applyPushResponse, nextBatch, pendingOf } from './push';
import { applyPullPage, readCursor } from './pull';
import { adoptSession } from './session';
import { allEntries, renumber, countAll } from '../data/outbox';

let database: SupplierDb;
const USER = 'user-a';
const now = () => new Date('2026-11-28T08:00:00Z');

async function signedIn(userId = USER, email = 'a@example.com') {
  return adoptSession(database, {
    accessToken: 'at', refreshToken: 'rt', expiresIn: 900, clientId: `client-${userId}`,
    user: { id: userId, name: userId, email, role: 'sales', tenantId: 't1' },
  }, 'http://127.0.0.1:8787');
}

function serverRow(row: LocalRow, rev: number, patch: Record<string, unknown> = {}): LocalRow {
  const { hsChapter: _derived, ...rest } = row as LocalRow & { hsChapter?: string };
  return { ...rest, ...patch, rev, updatedAt: '2026-11-28T08:00:01Z', updatedBy: USER } as LocalRow;
}

async function pushAnswer(results: PushResponse['results'], lastMutationId: number) {
  const sent = nextBatch(await pendingOf(database, USER), 500);
  return applyPushResponse(database, USER, sent, { lastMutationId, seq: 1, results }, now);
}

beforeEach(() => { database = freshDatabase(); });

describe('sign-in and edit ownership', () => {
  it('gives edits made before the first sign-in to the first user, after their own mids', async () => {
    await write((w) => w.create('products', sampleProduct({ sku: 'A-1' })));
    await write((w) => w.create('products', sampleProduct({ sku: 'A-2' })));
    await signedIn();
    const entries = await pendingOf(database, USER);
    expect(entries.map((e) => e.mid)).toEqual([1, 2]);
    await write((w) => w.create('products', sampleProduct({ sku: 'A-3' })));
    expect((await pendingOf(database, USER)).map((e) => e.mid)).toEqual([1, 2, 3]);
  });

  it('never hands one user\'s edits to another user signing in on the same machine', async () => {
    await signedIn('user-a');
    await write((w) => w.create('products', sampleProduct({ sku: 'A-1' })));
    await database.syncState.delete(SESSION_USER_KEY);
    await write((w) => w.create('products', sampleProduct({ sku: 'ANON-1' })));
    await signedIn('user-b', 'b@example.com');
    expect(await pendingOf(database, 'user-b')).toEqual([]);
    expect((await pendingOf(database, 'user-a')).map((e) => e.changes.sku.new)).toEqual(['A-1']);
    expect((await allEntries(database)).filter((e) => e.owner === null)).toHaveLength(1);
  });
});

describe('push answers', () => {
  beforeEach(async () => { await signedIn(); });

  it('stores the confirmed row and drops the entry once applied', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    const outcome = await pushAnswer([{ mid: 1, status: 'applied', rev: 1, row: serverRow(row, 1) }], 1);
    expect(outcome.acknowledged).toHaveLength(1);
    expect(await countAll(database)).toBe(0);
    expect(await database.products.get(row.id)).toMatchObject({ rev: 1, hsChapter: '85', sku: 'PB-10000' });
  });

  it('keeps newer local edits on top of an acknowledged row, with the server row as base', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    const sent = nextBatch(await pendingOf(database, USER), 500);
    await write((w) => w.patch('products', row.id, { name: 'Renamed while pushing' }));
    await applyPushResponse(database, USER, sent, { lastMutationId: 1, seq: 1, results: [{ mid: 1, status: 'applied', rev: 1, row: serverRow(row, 1) }] }, now);
    expect(await database.products.get(row.id)).toMatchObject({ rev: 1, name: 'Renamed while pushing' });
    expect((await database.bases.get(['products', row.id]))?.row).toMatchObject({ rev: 1, name: 'Power bank 10000 mAh' });
    expect((await pendingOf(database, USER)).map((e) => e.mid)).toEqual([2]);
  });

  it('lists a rejected change with its reason, reverts the row to the server version and goes on with the queue', async () => {
    const a = await write((w) => w.create('products', sampleProduct({ sku: 'A-1' })));
    const b = await write((w) => w.create('products', sampleProduct({ sku: 'B-1' })));
    await pushAnswer([
      { mid: 1, status: 'applied', rev: 1, row: serverRow(a, 1) },
      { mid: 2, status: 'applied', rev: 1, row: serverRow(b, 1) },
    ], 2);
    await write((w) => w.patch('products', a.id, { moq: 200, priceTiers: [{ minQty: 200, unitPrice: '6.40' }] }));
    await write((w) => w.patch('products', b.id, { notes: 'fragile' }));
    await pushAnswer([
      { mid: 3, status: 'rejected', error: { code: 'validation_failed', message: 'first tier must equal moq', fields: { 'priceTiers.0.minQty': 'validation.firstTierMoq' } } },
      { mid: 4, status: 'applied', rev: 2, row: serverRow(b, 2, { notes: 'fragile' }) },
    ], 4);
    const [rejected] = await database.rejected.toArray();
    expect(rejected).toMatchObject({ entityId: a.id, code: 'validation_failed', fields: { 'priceTiers.0.minQty': 'validation.firstTierMoq' } });
    expect(rejected.changes.moq).toEqual({ old: 100, new: 200 });
    expect(await database.products.get(a.id)).toMatchObject({ moq: 100, rev: 1 });
    expect(await database.products.get(b.id)).toMatchObject({ notes: 'fragile', rev: 2 });
    expect(await database.bases.count()).toBe(0);
    expect(await countAll(database)).toBe(0);
  });

  it('removes a rejected create from the screen, since the server never had it', async () => {
    const row = await write((w) => w.create('products', sampleProduct({ sku: 'DUP-1' })));
    await pushAnswer([{ mid: 1, status: 'rejected', error: { code: 'unique_violation', message: 'sku taken', fields: { sku: 'validation.skuTaken' } } }], 1);
    expect(await database.products.get(row.id)).toBeUndefined();
    expect(await database.rejected.count()).toBe(1);
  });

  it('treats a duplicate answer by its first status and ignores a row older than the confirmed one', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await database.products.put({ ...(await database.products.get(row.id))!, rev: 5, name: 'Pulled later' });
    await pushAnswer([{ mid: 1, status: 'duplicate', firstStatus: 'applied', rev: 1, row: serverRow(row, 1) }], 1);
    expect(await database.products.get(row.id)).toMatchObject({ rev: 5, name: 'Pulled later' });
    expect(await countAll(database)).toBe(0);
  });

  it('renumbers unsent entries after the server\'s last mutation id on a gap, keeping the outbox', async () => {
    await write((w) => w.create('products', sampleProduct({ sku: 'A-1' })));
    await write((w) => w.create('products', sampleProduct({ sku: 'A-2' })));
    await renumber(database, await allEntries(database), USER, 11); // as if restored with old mids
    const outcome = await pushAnswer([], 3);
    expect(outcome.gap).toBe(true);
    expect((await pendingOf(database, USER)).map((e) => e.mid)).toEqual([4, 5]);
    await write((w) => w.create('products', sampleProduct({ sku: 'A-3' })));
    expect((await pendingOf(database, USER)).map((e) => e.mid)).toEqual([4, 5, 6]);
  });

  it('cuts batches at 500 mutations and under 1 MiB', async () => {
    await write((w) => w.createMany('products', Array.from({ length: 600 }, (_, i) => sampleProduct({ sku: `S-${i}`, notes: 'x'.repeat(1990) }))));
    const entries = await pendingOf(database, USER);
    const batch = nextBatch(entries, 500);
    expect(batch.length).toBeLessThan(500);
    expect(new TextEncoder().encode(JSON.stringify({ clientId: 'c'.repeat(64), schemaVersion: 1, mutations: batch })).length).toBeLessThanOrEqual(1024 * 1024);
    expect(nextBatch(entries.slice(0, 10), 500)).toHaveLength(10);
    expect(nextBatch(entries.map((e) => ({ ...e, changes: { notes: { old: null, new: '' } } })), 500)).toHaveLength(500);
  });
});

describe('pull pages', () => {
  beforeEach(async () => { await signedIn(); });

  it('applies a page and its cursor together, keeping pending local edits on top of the pulled row', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await pushAnswer([{ mid: 1, status: 'applied', rev: 1, row: serverRow(row, 1) }], 1);
    await write((w) => w.patch('products', row.id, { notes: 'mine, not sent yet' }));
    await applyPullPage(database, 't1', USER, {
      changes: [{ entity: 'products', id: row.id, rev: 2, seq: 7, op: 'upsert', row: serverRow(row, 2, { name: 'Theirs' }) }],
      cursor: 'c7', hasMore: false, lastMutationId: 1,
    });
    expect(await database.products.get(row.id)).toMatchObject({ name: 'Theirs', notes: 'mine, not sent yet', rev: 2 });
    expect((await database.bases.get(['products', row.id]))?.row).toMatchObject({ name: 'Theirs', notes: '', rev: 2 });
    expect(await readCursor(database, 't1')).toBe('c7');
    expect(await readCursor(database, 'another-tenant')).toBeNull();
    const [entry] = await pendingOf(database, USER);
    expect(entry.changes.notes).toEqual({ old: '', new: 'mine, not sent yet' });
  });

  it('marks deletions as tombstones and never goes back to an older version', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await pushAnswer([{ mid: 1, status: 'applied', rev: 3, row: serverRow(row, 3) }], 1);
    await applyPullPage(database, 't1', USER, {
      changes: [{ entity: 'products', id: row.id, rev: 2, seq: 2, op: 'upsert', row: serverRow(row, 2, { name: 'Old' }) }],
      cursor: 'c2', hasMore: true, lastMutationId: 1,
    });
    expect(await database.products.get(row.id)).toMatchObject({ rev: 3, name: 'Power bank 10000 mAh' });
    await applyPullPage(database, 't1', USER, {
      changes: [{ entity: 'products', id: row.id, rev: 4, seq: 9, op: 'delete', row: serverRow(row, 4) }],
      cursor: 'c9', hasMore: false, lastMutationId: 1,
    });
    expect(await database.products.get(row.id)).toMatchObject({ rev: 4, deleted: true });
  });

  it('moves the mid counter above the server\'s last mutation id (a database rebuilt after loss)', async () => {
    await applyPullPage(database, 't1', USER, { changes: [], cursor: 'c1', hasMore: false, lastMutationId: 41 });
    await write((w) => w.create('products', sampleProduct()));
    expect((await pendingOf(database, USER))[0].mid).toBe(42);
  });
});
