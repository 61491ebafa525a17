import { describe, expect, it } from 'vitest';
import { productSchema } from '../../shared/domain/product';
import { buyerSchema } from '../../shared/domain/buyer';
import { openDatabase } from '../db';
import { demoBuyers, demoProducts, DEMO_TENANT, seedDemo } from './seed';

describe('demo company', () => {
  it('has a few hundred valid products with unique SKUs and valid buyers', () => {
    const products = demoProducts();
    expect(products.length).toBeGreaterThanOrEqual(200);
    for (const p of products) expect(productSchema.safeParse(p).error?.issues ?? []).toEqual([]);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    for (const b of demoBuyers()) expect(buyerSchema.safeParse(b).error?.issues ?? []).toEqual([]);
  });

  it('is seeded once: a second start leaves it alone', async () => {
    const handle = await openDatabase({ sqliteFile: ':memory:' });
    try {
      expect(await seedDemo(handle)).toBe(true);
      expect(await seedDemo(handle)).toBe(false);
      const tenants = await handle.db.selectFrom('tenants').select(['name', 'seq']).execute();
      expect(tenants).toEqual([{ name: DEMO_TENANT, seq: demoProducts().length + demoBuyers().length + 4 }]);
      const users = await handle.db.selectFrom('users').select('email').execute();
      expect(users).toHaveLength(2);
    } finally {
      await handle.close();
    }
  });
});
