import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import './test-support';
import { SupplierDb } from './db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { entriesOf } from './outbox';

describe('schema migrations', () => {
  it('opens a v1 database with data under the newest schema without losing a row', async () => {
    const name = `migrate-${uuidv7()}`;
    const v1 = new SupplierDb(name, SCHEMA_VERSIONS.filter((v) => v.version === 1));
    await v1.open();
    await v1.table('products').put({ id: 'p1', sku: 'OLD-1', hsCode: '940360', status: 'active', rev: 4 });
    await v1.table('buyers').put({ id: 'b1', company: 'Acme GmbH', country: 'DE', status: 'active' });
    await v1.table('outbox').add({ mid: 1, opId: 'op-1', kind: 'create', entity: 'products', entityId: 'p1', changes: {} });
    v1.close();

    const latest = new SupplierDb(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.products.get('p1')).toMatchObject({ sku: 'OLD-1', rev: 4, hsChapter: '94', tags: [] });
    expect(await latest.products.where('hsChapter').equals('94').count()).toBe(1);
    expect(await latest.buyers.get('b1')).toMatchObject({ company: 'Acme GmbH' });
    // v4 keeps each entry in a record of its own, found by its row and its opId.
    const records = await latest.outbox.toArray();
    expect(records).toMatchObject([{ owner: '', size: 1, rows: ['products\u0000p1'], ops: ['op-1'] }]);
    expect(entriesOf(records)).toMatchObject([{ opId: 'op-1', owner: null, entityId: 'p1', seq: records[0].seq, slot: 0 }]);
    for (const table of ['rfqs', 'quotes', 'quoteLines', 'orders', 'orderLines', 'payments', 'shipments', 'parcels', 'checklistItems', 'conflicts', 'bases', 'syncState', 'rejected', 'attachments']) {
      expect(latest.tables.map((t) => t.name)).toContain(table);
    }
    latest.close();
  });

  it('never removes a table in a later version', () => {
    const seen = new Set<string>();
    for (const v of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(v.stores)) {
        expect(spec, `v${v.version} drops ${table}`).not.toBeNull();
        seen.add(table);
      }
    }
    expect(seen.size).toBe(17);
  });
});
