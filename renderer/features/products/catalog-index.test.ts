import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, sampleProduct } from '../../data/test-support';
import { write } from '../../data/repository';
import { catalogIndex, loadIndex, type CatalogSnapshot } from './catalog-index';

function waitFor(predicate: (s: CatalogSnapshot) => boolean): Promise<CatalogSnapshot> {
  return new Promise((resolve) => {
    const check = () => { if (predicate(catalogIndex.snapshot())) { stop(); resolve(catalogIndex.snapshot()); } };
    const stop = catalogIndex.subscribe(check);
    check();
  });
}

let unsubscribe: (() => void) | null = null;
afterEach(() => unsubscribe?.());

describe('catalog index', () => {
  it('loads every live product page by page, sorted by SKU, without deleted rows', async () => {
    freshDatabase();
    const ids = await write((w) => w.createMany('products', ['C-3', 'A-1', 'E-5', 'B-2', 'D-4'].map((sku) => sampleProduct({ sku }))));
    await write((w) => w.remove('products', ids[2]));
    const rows = await loadIndex(2);
    expect(rows?.map((p) => p.sku)).toEqual(['A-1', 'B-2', 'C-3', 'D-4']);
    expect(await loadIndex(2, () => false)).toBeNull();
  });

  it('follows edits: an archived product shows as archived after the debounced reload', async () => {
    freshDatabase();
    const [id] = await write((w) => w.createMany('products', [sampleProduct({ sku: 'X-1' }), sampleProduct({ sku: 'X-2' })]));
    unsubscribe = catalogIndex.subscribe(() => {});
    await waitFor((s) => s.complete && s.rows.length === 2);
    await write((w) => w.patch('products', id, { status: 'archived' }));
    const after = await waitFor((s) => s.rows.find((p) => p.id === id)?.status === 'archived');
    expect(after.rows.map((p) => [p.sku, p.status])).toEqual([['X-1', 'archived'], ['X-2', 'active']]);
    await write((w) => w.create('products', sampleProduct({ sku: 'A-0' })));
    expect((await waitFor((s) => s.rows.length === 3)).rows[0].sku).toBe('A-0');
  });
});
