import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { beforeEach, describe, expect, it } from 'vitest';
// test-support first: it installs fake-indexeddb before Dexie loads.
import { freshDatabase, sampleProduct } from '../../data/test-support';
import { write } from '../../data/repository';
import type { SupplierDb } from '../../data/db';
import { setupI18n } from '../../i18n';
import { catalogCsv, liveProducts } from './catalog-export';
import { catalogSkus, dryRun, dryRunXlsx, HeaderError, ImportRowError, importGoodRows } from './catalog-import';
import { catalogIo } from './i18n';
import { allEntries, countAll } from '../../data/outbox';

const FIXTURE = readFileSync(new URL('../../../test/fixtures/catalog/products-50-with-2-bad.csv', import.meta.url), 'utf8');

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

const stripMeta = ({ id: _i, rev: _r, updatedAt: _u, updatedBy: _b, deleted: _d, hsChapter: _h, ...fields }: Record<string, unknown>) => fields;

describe('catalog dry run', () => {
  it('lists both bad rows of the 50-row fixture with spreadsheet row, the user\'s column and the reason', async () => {
    const run = await dryRun(FIXTURE, { existingSkus: await catalogSkus() });
    expect(run.good).toHaveLength(48);
    expect(run.badRows).toBe(2);
    expect(run.problems).toEqual([
      { row: 12, column: 'HS Code', reason: 'validation.hsCode' },
      { row: 37, column: 'Tier 3 Qty', reason: 'validation.tierAscending' },
    ]);
    expect(run.unknownColumns).toEqual([]);
    const t = setupI18n({ catalogIo }, 'en').t;
    expect(run.problems.map((p) => t(`common:${p.reason}`))).toEqual([
      'The HS code must be 6 to 10 digits.', 'Tier quantities must rise from one tier to the next.',
    ]);
  });

  it('gives the same result when the file arrives in many small chunks, and reports progress up to 100 %', async () => {
    const progress: number[] = [];
    const run = await dryRun(FIXTURE, { chunkSize: 512, yieldEveryMs: 0, onProgress: (f) => progress.push(f) });
    expect(run.good.map((p) => p.sku)).toEqual((await dryRun(FIXTURE)).good.map((p) => p.sku));
    expect(run.problems.map((p) => p.row)).toEqual([12, 37]);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('keeps 中文 and 한국어 intact when a character straddles two reads of the file', async () => {
    const bytes = new TextEncoder().encode(FIXTURE);
    const sliceAt = (n: number) => {
      const pieces: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += n) pieces.push(bytes.subarray(i, i + n));
      return { size: bytes.length, stream: () => new ReadableStream<Uint8Array>({ pull(c) { const p = pieces.shift(); if (p) c.enqueue(p); else c.close(); } }) };
    };
    const progress: number[] = [];
    // 7-byte reads split most 3-byte CJK characters.
    const run = await dryRun(sliceAt(7), { yieldEveryMs: 0, onProgress: (f) => progress.push(f) });
    const whole = await dryRun(new File([bytes], 'products.csv'));
    expect(run.good).toEqual(whole.good);
    expect(run.good.map((p) => p.localizedNames['zh-CN'])).toContain('移动电源 10000毫安');
    expect(JSON.stringify(run.good)).not.toContain('\uFFFD');
    expect(run.problems.map((p) => p.row)).toEqual([12, 37]);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads the fields as the form would store them', async () => {
    const run = await dryRun(FIXTURE);
    expect(run.good[0]).toMatchObject({
      sku: 'PB-10000', localizedNames: { 'zh-CN': '移动电源 10000毫安', ko: '보조배터리 10000mAh' }, moq: 100,
      priceTiers: [{ minQty: 100, unitPrice: '2.00' }, { minQty: 500, unitPrice: '1.90' }, { minQty: 2000, unitPrice: '1.80' }],
      lengthCm: '52', widthCm: '36', heightCm: '28', containsLithium: true, lithiumType: 'ion',
      tags: ['electronics', 'battery'], notes: 'Logo printing available, +0.15 USD/pc', status: 'active',
    });
    expect(run.statusDefaulted).toBe(true);
  });

  it('flags SKUs repeated in the file and SKUs already in the catalog', async () => {
    const csv = catalogCsv([sampleProduct({ sku: 'A-1' }), sampleProduct({ sku: 'A-2' }), sampleProduct({ sku: 'A-1', name: 'again' })]);
    const run = await dryRun(csv, { existingSkus: new Set(['A-2']) });
    expect(run.good.map((p) => p.sku)).toEqual(['A-1']);
    expect(run.problems).toEqual([
      { row: 3, column: 'SKU', reason: 'catalogIo:reason.duplicateSku', params: { row: 2 } },
      { row: 4, column: 'SKU', reason: 'validation.skuTaken' },
    ]);
  });

  it('stops before reading rows when required columns are missing, naming them', async () => {
    await expect(dryRun('Item No.,Product Name,Colour\nA-1,Mug,red\n')).rejects.toSatisfy((e) =>
      e instanceof HeaderError && e.missing.includes('HS Code') && e.missing.includes('MOQ'));
  });

  it('reports every problem of a row, one per column, and unknown columns', async () => {
    const csv = FIXTURE.replace(/^\uFEFF([^\r\n]*)/, '$1,Colour').replace('PB-10000,Power bank 10000 mAh,', 'PB 10000,,');
    const run = await dryRun(csv);
    expect(run.unknownColumns).toEqual(['Colour']);
    expect(run.problems.filter((p) => p.row === 2)).toEqual([
      { row: 2, column: 'Item No.', reason: 'validation.sku' },
      { row: 2, column: 'Product Name', reason: 'validation.required' },
    ]);
  });
});

describe('catalog dry run of an Excel workbook', () => {
  const workbook = async (rows: unknown[][]) => new Blob([new Uint8Array(await writeExcelFile(rows as never).toBuffer())]);
  const csvRows = () => Papa.parse<string[]>(FIXTURE.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('finds the same good rows and the same two problems as in the CSV of the same sheet', async () => {
    const run = await dryRunXlsx(await workbook(csvRows()), { existingSkus: await catalogSkus() });
    const csv = await dryRun(FIXTURE);
    expect(run.good).toEqual(csv.good);
    expect(run.problems).toEqual([
      { row: 12, column: 'HS Code', reason: 'validation.hsCode' },
      { row: 37, column: 'Tier 3 Qty', reason: 'validation.tierAscending' },
    ]);
  });

  it('reads number and yes/no cells as Excel shows them, and refuses an HS code that lost its leading 0', async () => {
    const header = ['Item No.', 'Product Name', 'MOQ', 'FOB Price', 'HS Code', 'Origin', 'Lead Time', 'Unit', 'Currency', 'Contains Lithium', 'Pcs/Ctn', 'G.W.', 'N.W.', 'Carton L/W/H (cm)'];
    const carton = [24, 13.5, 12.2, '52x36x28'];
    const run = await dryRunXlsx(await workbook([
      header,
      ['PB-1', 'Power bank', 100, 12.300000000000001, 8507600090, 'CN', 25, 'pcs', 'USD', true, ...carton],
      ['TEA-1', 'Green tea', 50, 3.5, 902100000, 'CN', 15, 'box', 'USD', false, ...carton],
      ['TEA-2', 'Green tea, text HS', 50, 3.5, '0902100000', 'CN', 15, 'box', 'USD', false, ...carton],
    ]));
    expect(run.good.map((p) => [p.sku, p.moq, p.priceTiers[0].unitPrice, p.hsCode, p.containsLithium, p.grossWeightKg])).toEqual([
      ['PB-1', 100, '12.3', '8507600090', true, '13.5'],
      ['TEA-2', 50, '3.5', '0902100000', false, '13.5'],
    ]);
    expect(run.problems).toEqual([{ row: 3, column: 'HS Code', reason: 'catalogIo:reason.hsCodeNumber' }]);
    const t = setupI18n({ catalogIo }, 'en').t;
    expect(t(`catalogIo:reason.hsCodeNumber`)).toContain('leading 0');
  });

  it('stops before reading rows when the sheet lacks required columns', async () => {
    await expect(dryRunXlsx(await workbook([['Item No.', 'Colour'], ['PB-1', 'red']]))).rejects.toBeInstanceOf(HeaderError);
  });
});

describe('catalog import', () => {
  it('imports the 48 good rows with one outbox entry each', async () => {
    const run = await dryRun(FIXTURE);
    expect(await importGoodRows(run)).toBe(48);
    expect(await database.products.count()).toBe(48);
    const entries = await allEntries(database);
    expect(entries).toHaveLength(48);
    expect(entries.every((e) => e.kind === 'create' && e.entity === 'products')).toBe(true);
  });

  it('leaves no product and no outbox entry when the write fails part-way', async () => {
    const run = await dryRun(FIXTURE);
    let created = 0;
    const failAt30 = () => { if (++created === 30) throw new Error('disk full'); };
    database.products.hook('creating', failAt30); // the 30th product of the batch
    await expect(importGoodRows(run)).rejects.toThrow('disk full');
    expect(created).toBe(30);
    expect(await database.products.count()).toBe(0);
    expect(await countAll(database)).toBe(0);
  });

  it('points at the file row when a SKU was created between dry run and import', async () => {
    const run = await dryRun(FIXTURE);
    await write((w) => w.create('products', sampleProduct({ sku: run.good[5].sku })));
    await expect(importGoodRows(run)).rejects.toSatisfy((e) =>
      e instanceof ImportRowError && e.problem.row === 7 && e.problem.reason === 'validation.skuTaken');
    expect(await database.products.count()).toBe(1);
  });

  it('imports an exported catalog back with identical product fields', async () => {
    await write((w) => w.createMany('products', [
      sampleProduct(),
      sampleProduct({ sku: 'MUG-1', name: '=SUM(A1) "quoted", comma', localizedNames: {}, containsLithium: false, lithiumType: null, tags: [], notes: 'line 1\nline 2', status: 'archived', priceTiers: [{ minQty: 100, unitPrice: '0.123456' }] }),
      sampleProduct({ sku: 'KR-1', name: '보조배터리', localizedNames: { ko: '보조배터리' }, kitchenware: true, food: true, woodPackaging: true, lengthCm: '52.50', grossWeightKg: '13.500' }),
    ]));
    const before = (await liveProducts()).map(stripMeta).sort((a, b) => String(a.sku).localeCompare(String(b.sku)));
    const csv = catalogCsv(await liveProducts());

    freshDatabase();
    const run = await dryRun(csv, { existingSkus: await catalogSkus() });
    expect(run.problems).toEqual([]);
    await importGoodRows(run);
    const after = (await liveProducts()).map(stripMeta).sort((a, b) => String(a.sku).localeCompare(String(b.sku)));
    expect(after).toEqual(before);
  });
});
