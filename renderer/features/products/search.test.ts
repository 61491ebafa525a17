import { describe, expect, it } from 'vitest';
import { sampleProduct } from '../../data/test-support';
import { createProductSearch, facets, haystackOf, NO_FILTER, searchProducts, toLight, type LightProduct } from './search';

let n = 0;
function light(overrides: Parameters<typeof sampleProduct>[0] = {}): LightProduct {
  return toLight({ ...sampleProduct(overrides), id: `id-${++n}`, updatedAt: '2026-11-28T08:00:00Z' });
}

const index = [
  light({ sku: 'CAB-USB-C', name: 'USB-C cable 1 m', localizedNames: { 'zh-CN': '数据线 1米' }, tags: ['cables'], hsCode: '854442' }),
  light({ sku: 'MUG-300', name: 'Ceramic mug', localizedNames: { ko: '머그컵' }, tags: ['kitchen'], hsCode: '691200', status: 'draft' }),
  light({ sku: 'PB-10000', name: 'Power bank 10000 mAh', hsCode: '8507600090' }),
  light({ sku: 'PB-20000', name: 'Power bank 20000 mAh', hsCode: '8507600090', status: 'archived' }),
  light({ sku: 'USB-HUB', name: 'Hub with 4 ports', localizedNames: {}, tags: ['cables'], hsCode: '847180' }),
];
const skus = (rows: LightProduct[]) => rows.map((p) => p.sku);

describe('searchProducts', () => {
  it('lists the current catalog (draft and active) when nothing is typed, archived only on request', () => {
    expect(skus(searchProducts(index, NO_FILTER))).toEqual(['CAB-USB-C', 'MUG-300', 'PB-10000', 'USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, status: 'archived' }))).toEqual(['PB-20000']);
    expect(searchProducts(index, { ...NO_FILTER, status: 'all' })).toHaveLength(5);
  });

  it('ranks SKU and name prefix matches before substring matches, case-insensitively', () => {
    // USB-HUB's SKU and CAB-USB-C's name ("USB-C cable") both start with "usb".
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'usb' }))).toEqual(['CAB-USB-C', 'USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'hub' }))).toEqual(['USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: '4 port' }))).toEqual(['USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: '-c' }))).toEqual(['CAB-USB-C']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'b-' }))).toEqual(['CAB-USB-C', 'PB-10000', 'USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'mug' }))).toEqual(['MUG-300']);
  });

  it('puts a prefix match first even when its SKU sorts later', () => {
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'power' }))).toEqual(['PB-10000']);
    // MUG-300 starts with "m"; the others only contain it ("1 m", "mAh").
    expect(skus(searchProducts(index, { ...NO_FILTER, query: 'm' }))).toEqual(['MUG-300', 'CAB-USB-C', 'PB-10000']);
  });

  it('matches localized names in Chinese and Korean', () => {
    expect(skus(searchProducts(index, { ...NO_FILTER, query: '数据' }))).toEqual(['CAB-USB-C']);
    expect(skus(searchProducts(index, { ...NO_FILTER, query: '컵' }))).toEqual(['MUG-300']);
  });

  it('filters by tag, HS chapter and status together with the query', () => {
    expect(skus(searchProducts(index, { ...NO_FILTER, tag: 'cables' }))).toEqual(['CAB-USB-C', 'USB-HUB']);
    expect(skus(searchProducts(index, { ...NO_FILTER, hsChapter: '85' }))).toEqual(['CAB-USB-C', 'PB-10000']);
    expect(skus(searchProducts(index, { ...NO_FILTER, status: 'draft', query: 'm' }))).toEqual(['MUG-300']);
    expect(searchProducts(index, { ...NO_FILTER, tag: 'kitchen', hsChapter: '85' })).toEqual([]);
  });
});

describe('toLight and facets', () => {
  it('keeps the first tier price and the chapter, and collects filter options', () => {
    expect(index[2]).toMatchObject({ price: '6.50', currency: 'USD', hsChapter: '85', moq: 100 });
    expect(facets(index)).toEqual({ tags: ['cables', 'electronics', 'kitchen'], hsChapters: ['69', '84', '85'] });
  });
});

describe('createProductSearch (search as you type)', () => {
  const words = ['power', 'bank', 'cable', 'mug', 'ceramic', 'steel', 'bamboo', 'charger', 'lamp', 'towel', 'pot', 'cup'];
  const big = Array.from({ length: 600 }, (_, i) => light({
    sku: `${words[(i * 5) % 12].slice(0, 3).toUpperCase()}-${String(i).padStart(4, '0')}`,
    name: `${words[i % 12]} ${words[Math.floor(i / 12) % 12]} ${i}`, localizedNames: {},
    status: i % 10 === 0 ? 'archived' : 'active', tags: [words[i % 3]],
  })).sort((a, b) => (a.sku < b.sku ? -1 : 1));

  it('returns exactly what a full search returns while the user types, deletes and filters', () => {
    const incremental = createProductSearch();
    const steps: Partial<typeof NO_FILTER>[] = [
      ...['p', 'po', 'pot', 'pot ', 'pot c'].map((query) => ({ query })),
      ...['c', 'ca', 'cab', 'cable', 'cabl', 'ca', 'c', ''].map((query) => ({ query })),
      { query: 'b' }, { query: 'ba', tag: 'bank' }, { query: 'bam', tag: 'bank' }, { query: 'bam', tag: null, status: 'all' },
      { query: 'bamb', status: 'all' }, { query: 'm', status: null }, { query: 'mu' }, { query: 'mug 1' },
      { query: '' }, { query: 'lamp' }, { query: '' }, { query: '', tag: 'cable' }, { query: 'st', tag: 'cable' }, { query: '', tag: null },
    ];
    let filter = NO_FILTER;
    for (const step of steps) {
      filter = { ...filter, ...step };
      const expected = searchProducts(big, filter);
      expect(skus(incremental(big, filter)), JSON.stringify(filter)).toEqual(skus(expected));
    }
    // The "c" → "ca" step moves rows from the prefix group ("ceramic cable…") into the
    // substring group, where they must interleave by SKU with rows that were there already.
    const live = big.filter((p) => p.status !== 'archived');
    const haystacks = live.map(haystackOf);
    const demoted = haystacks.filter((h) => h.startsWith('c') && !h.startsWith('ca') && !h.includes('\nca') && h.includes('ca'));
    const keptInside = haystacks.filter((h) => !h.startsWith('c') && !h.includes('\nc') && h.includes('ca'));
    expect(demoted.length).toBeGreaterThan(0);
    expect(keptInside.length).toBeGreaterThan(0);
  });

  it('starts over when the index is reloaded', () => {
    const incremental = createProductSearch();
    expect(incremental(index, { ...NO_FILTER, query: 'p' }).length).toBeGreaterThan(0);
    const reloaded = [...index, light({ sku: 'PX-1', name: 'Pixel lamp' })].sort((a, b) => (a.sku < b.sku ? -1 : 1));
    expect(skus(incremental(reloaded, { ...NO_FILTER, query: 'px' }))).toEqual(['PX-1']);
  });
});
