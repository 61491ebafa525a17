import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, sampleProduct } from '../../data/test-support';
import { ValidationError, write } from '../../data/repository';
import type { SupplierDb } from '../../data/db';
import { applyAgain, discard } from './rejected-actions';
import { allEntries, countAll } from '../../data/outbox';

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

async function rejectedCreate(sku: string) {
  const fields = sampleProduct({ sku });
  const id = '0193a1b2-0000-7000-8000-000000000001';
  const changes = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { old: null, new: v }]));
  const key = await database.rejected.add({ opId: 'op-1', entity: 'products', entityId: id, kind: 'create', changes, code: 'unique_violation', message: 'sku taken', rejectedAt: new Date().toISOString() });
  return { id, change: (await database.rejected.get(key))! };
}

describe('rejected changes', () => {
  it('applies a refused create again as a new edit and takes it off the list', async () => {
    const { id, change } = await rejectedCreate('RENAMED-1');
    await applyAgain(change);
    expect(await database.products.get(id)).toMatchObject({ sku: 'RENAMED-1', rev: 0 });
    expect(await allEntries(database)).toEqual([expect.objectContaining({ kind: 'create', entityId: id })]);
    expect(await database.rejected.count()).toBe(0);
  });

  it('keeps the change listed when it is still invalid here, and discards it on request', async () => {
    await write((w) => w.create('products', sampleProduct({ sku: 'TAKEN-1' })));
    const { change } = await rejectedCreate('TAKEN-1');
    await expect(applyAgain(change)).rejects.toBeInstanceOf(ValidationError);
    expect(await database.rejected.count()).toBe(1);
    await discard(change);
    expect(await database.rejected.count()).toBe(0);
    expect(await countAll(database)).toBe(1);
  });
});
