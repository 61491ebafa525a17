import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, sampleProduct } from './test-support';
import { diffFields, SESSION_USER_KEY, validate, ValidationError, write } from './repository';
import type { SupplierDb } from './db';
import { allEntries, entriesOf, countAll } from './outbox';

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

describe('the one write path', () => {
  it('writes the row and one outbox entry with field changes in one transaction', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    expect(await database.products.get(row.id)).toMatchObject({ sku: 'PB-10000', rev: 0, hsChapter: '85' });
    const [entry] = await allEntries(database);
    expect(entry).toMatchObject({ mid: 1, kind: 'create', entity: 'products', entityId: row.id, baseRev: null, owner: null });
    expect(entry.changes.sku).toEqual({ old: null, new: 'PB-10000' });
    expect(entry.changes.hsChapter).toBeUndefined();
    expect(entry.opId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stores a create\'s values once (no {old: null} pairs) and reads them back as field changes', async () => {
    const row = await write((w) => w.create('products', sampleProduct({ lithiumType: null, containsLithium: false })));
    const [stored] = (await database.outbox.toArray())[0].entries;
    expect(stored).not.toHaveProperty('changes');
    expect((stored as unknown as { created: Record<string, unknown> }).created).toMatchObject({ sku: 'PB-10000', moq: 100, tags: ['electronics'] });
    const [entry] = await allEntries(database);
    expect(entry).not.toHaveProperty('created');
    expect(entry.changes).toEqual(diffFields(null, sampleProduct({ lithiumType: null, containsLithium: false })));
    expect(entry.changes.lithiumType).toBeUndefined();
    expect(entry.changes.id ?? entry.changes.rev ?? entry.changes.hsChapter).toBeUndefined();
    expect(row.id).toBe(entry.entityId);
    // Looking up keys that are gone (already acknowledged) reads nothing rather than failing.
    expect(entriesOf(await database.outbox.bulkGet([entry.seq!, entry.seq! + 1000]))).toEqual([entry]);
  });

  it('records only the changed fields of a patch, with old and new values', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await write((w) => w.patch('products', row.id, { name: 'Power bank 10 Ah', notes: 'gift box' }));
    const entries = await allEntries(database);
    expect(entries.map((e) => e.mid)).toEqual([1, 2]);
    expect(entries[1].changes).toEqual({ name: { old: 'Power bank 10000 mAh', new: 'Power bank 10 Ah' }, notes: { old: '', new: 'gift box' } });
  });

  it('keeps the server-confirmed base on the first edit of a synced row only', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await database.products.update(row.id, { rev: 3 }); // as if pulled from the server
    await write((w) => w.patch('products', row.id, { name: 'A' }));
    await write((w) => w.patch('products', row.id, { name: 'B' }));
    const base = await database.bases.get(['products', row.id]);
    expect(base?.row).toMatchObject({ name: 'Power bank 10000 mAh', rev: 3 });
    const last = (await allEntries(database)).at(-1);
    expect(last).toMatchObject({ baseRev: 3, changes: { name: { old: 'A', new: 'B' } } });
  });

  it('rejects an invalid HS code with a field message and writes nothing', async () => {
    await expect(write((w) => w.create('products', sampleProduct({ hsCode: '85A' })))).rejects.toMatchObject({ fields: { hsCode: 'validation.hsCode' } });
    expect(await database.products.count()).toBe(0);
    expect(await countAll(database)).toBe(0);
  });

  it('checks the cross-field tier rules against the resulting row', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    const error = await write((w) => w.patch('products', row.id, { moq: 50 })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toEqual({ 'priceTiers.0.minQty': 'validation.firstTierMoq' });
    const tiers = [{ minQty: 100, unitPrice: '1' }, { minQty: 100, unitPrice: '0.9' }];
    await expect(write((w) => w.patch('products', row.id, { priceTiers: tiers }))).rejects.toMatchObject({ fields: { 'priceTiers.1.minQty': 'validation.tierAscending' } });
    await expect(write((w) => w.patch('products', row.id, { priceTiers: [{ minQty: 100, unitPrice: '1.1234567' }] }))).rejects.toMatchObject({ fields: { 'priceTiers.0.unitPrice': 'validation.pricePlaces' } });
    await expect(write((w) => w.patch('products', row.id, { priceTiers: [{ minQty: 100, unitPrice: '0' }] }))).rejects.toMatchObject({ fields: { 'priceTiers.0.unitPrice': 'validation.pricePositive' } });
  });

  it('refuses a second live product with the same SKU', async () => {
    await write((w) => w.create('products', sampleProduct()));
    await expect(write((w) => w.create('products', sampleProduct({ name: 'other' })))).rejects.toMatchObject({ fields: { sku: 'validation.skuTaken' } });
    await expect(write((w) => w.createMany('products', [sampleProduct({ sku: 'X-1' }), sampleProduct({ sku: 'X-1' })]))).rejects.toMatchObject({ fields: { sku: 'validation.skuTaken' }, row: 1 });
    expect(await database.products.count()).toBe(1);
  });

  it('rolls back every row of a many-row write when one fails', async () => {
    const rows = [sampleProduct({ sku: 'A-1' }), sampleProduct({ sku: 'A-2' }), sampleProduct({ sku: 'A-3', moq: 0 })];
    await expect(write((w) => w.createMany('products', rows))).rejects.toMatchObject({ row: 2 });
    expect(await database.products.count()).toBe(0);
    expect(await countAll(database)).toBe(0);
  });

  it('numbers mutations per owner, contiguous from 1', async () => {
    await write((w) => w.create('products', sampleProduct({ sku: 'U-0' })));
    await database.syncState.put({ key: SESSION_USER_KEY, value: 'user-b' });
    await write((w) => w.createMany('products', [sampleProduct({ sku: 'U-1' }), sampleProduct({ sku: 'U-2' })]));
    const entries = await allEntries(database);
    expect(entries.map((e) => [e.owner, e.mid])).toEqual([[null, 1], ['user-b', 1], ['user-b', 2]]);
  });

  it('a no-op patch writes nothing', async () => {
    const row = await write((w) => w.create('products', sampleProduct()));
    await write((w) => w.patch('products', row.id, { name: 'Power bank 10000 mAh' }));
    expect(await countAll(database)).toBe(1);
  });

  it('validates a row once: a validated row is frozen, a changed copy is checked again', async () => {
    const valid = validate('products', sampleProduct());
    expect(Object.isFrozen(valid)).toBe(true);
    expect(validate('products', valid)).toBe(valid);
    const tampered = { ...valid, hsCode: 'x' };
    expect(() => validate('products', tampered)).toThrow(ValidationError);
    await expect(write((w) => w.createMany('products', [tampered]))).rejects.toMatchObject({ fields: { hsCode: 'validation.hsCode' }, row: 0 });
    await write((w) => w.createMany('products', [valid]));
    expect(await database.products.count()).toBe(1);
  });
});
