// The print route's data path without a browser: a shipment seeded through the repository
// (fake-indexeddb), read back by the route's loader, turned into label view-models.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../renderer/data/test-support';
import { write } from '../../../renderer/data/repository';
import type { SupplierDb } from '../../../renderer/data/db';
import { loadLabels } from '../../../renderer/features/labels/load';
import { labelPageSize, labelRoute, parseLabelQuery, type LabelQuery } from '../../../renderer/features/labels/route';
import { LabelError, labelKey, type CourierLabelModel, type Gs1LabelModel, type MarkLabelModel } from '../../../shared/documents/labels';
import { isValidSscc } from '../../../shared/documents/sscc';
import { CJK_BUYER_MARK, labelFixture, type LabelFixture } from './fixtures';
import { storeLabelFixture } from './store';

let database: SupplierDb;
let fixture: LabelFixture;
let parcelIds: string[];


const query = (over: Partial<LabelQuery>): LabelQuery => ({ kind: 'gs1', size: 'a6', sheet: false, parcelIds, ...over } as LabelQuery);

async function failure(q: LabelQuery): Promise<{ code: string; parcelId: string }> {
  try { await loadLabels(database, q); } catch (e) { if (e instanceof LabelError) return { code: e.code, parcelId: e.parcelId }; throw e; }
  throw new Error('expected the labels to be refused');
}

beforeEach(async () => {
  database = freshDatabase();
  fixture = labelFixture({ lines: [{}, { quantity: 25, unitsPerCarton: 10 }], mixPartials: true });
  parcelIds = await storeLabelFixture(fixture);
});

describe('GS1 logistic labels', () => {
  it('prints one label per parcel, in carton order, each with its own SSCC lowest and "n of N"', async () => {
    const labels = (await loadLabels(database, query({ parcelIds: undefined, shipmentId: fixture.shipmentId }))) as Gs1LabelModel[];
    // 37 @ 12 → 3 full + 1; 25 @ 10 → 2 full + 5; the two remainders share one mixed carton.
    expect(labels.map((l) => l.nOfN)).toEqual(['1 of 6', '2 of 6', '3 of 6', '4 of 6', '5 of 6', '6 of 6']);
    expect(labels.map((l) => l.parcelId)).toEqual(parcelIds);
    for (const [i, label] of labels.entries()) {
      const sscc = fixture.parcels[i].sscc;
      expect(isValidSscc(sscc)).toBe(true);
      expect(label.barcodes.at(-1)).toEqual({ symbology: 'gs1-128', text: `(00)${sscc}`, decoded: `00${sscc}`, humanReadable: `(00) ${sscc}` });
      expect(label.to[0]).toBe('서울상사 Seoul Trading Co., Ltd.');
      expect(label.from).toContain('China');
    }
    expect(new Set(labels.map((l) => l.barcodes.at(-1)!.text)).size).toBe(6);
  });

  it('adds (02)/(37) only for single-GTIN cartons, and (400) for the order number', async () => {
    const labels = (await loadLabels(database, query({}))) as Gs1LabelModel[];
    const gtin = fixture.parcels[0].contents[0].gtin;
    expect(labels[0].barcodes[0]).toMatchObject({ text: `(02)0${gtin}(37)12(400)PO-2026-0118`, decoded: `020${gtin}3712\u001d400PO-2026-0118` });
    const mixed = labels[5];
    expect(fixture.parcels[5].contents).toHaveLength(2);
    expect(mixed.barcodes[0]).toMatchObject({ text: '(400)PO-2026-0118', decoded: '400PO-2026-0118' });
    expect(mixed.fields.map((f) => f.title)).toEqual(['SSCC', 'ORDER NUMBER', 'CARTON']);
  });

  it("prints a pallet's label twice in a row (one per adjacent side), and a carton's once", async () => {
    database = freshDatabase();
    fixture = labelFixture({ lines: [{ quantity: 36, unitsPerCarton: 12 }], pallets: [1] });
    parcelIds = await storeLabelFixture(fixture);
    const labels = (await loadLabels(database, query({ parcelIds: undefined, shipmentId: fixture.shipmentId }))) as Gs1LabelModel[];
    expect(labels.map((l) => [l.parcelId, l.unit, l.nOfN])).toEqual([
      [parcelIds[0], 'CARTON', '1 of 3'], [parcelIds[1], 'PALLET', '2 of 3'], [parcelIds[1], 'PALLET', '2 of 3'], [parcelIds[2], 'CARTON', '3 of 3'],
    ]);
    expect(labels[2]).toEqual({ ...labels[1], copy: 2 });
    expect(labels[1].fields).toContainEqual({ title: 'PALLET', value: '2 of 3' });
    expect(new Set(labels.map(labelKey)).size).toBe(4);
    // Marks and courier labels stay one per parcel.
    expect(await loadLabels(database, query({ kind: 'main-mark', parcelIds: undefined, shipmentId: fixture.shipmentId }))).toHaveLength(3);
  });

  it('refuses the whole print when a parcel is missing, has no SSCC or is not on the shipment', async () => {
    const missing = '0190c1a0-9999-7000-8000-000000000999';
    expect(await failure(query({ parcelIds: [parcelIds[0], missing] }))).toEqual({ code: 'errors.missingParcel', parcelId: missing });
    await write((w) => w.patch('parcels', parcelIds[2], { sscc: '' }));
    expect(await failure(query({}))).toEqual({ code: 'errors.noSscc', parcelId: parcelIds[2] });
    // The repository refuses a bad SSCC now; a damaged row (e.g. an older client's) is written directly.
    await database.parcels.update(parcelIds[3], { sscc: '123456789012345678' });
    expect(await failure(query({}))).toEqual({ code: 'errors.invalidParcel', parcelId: parcelIds[3] });
    await write((w) => w.patch('parcels', parcelIds[1], { shipmentId: null }));
    expect(await failure(query({ kind: 'side-mark', parcelIds: [parcelIds[0], parcelIds[1]] }))).toEqual({ code: 'errors.noShipment', parcelId: parcelIds[1] });
  });
});

describe('shipping marks and courier labels', () => {
  it('main mark carries the CJK buyer mark, port, PO, C/NO. n/N and MADE IN CHINA', async () => {
    const [first] = (await loadLabels(database, query({ kind: 'main-mark' }))) as MarkLabelModel[];
    expect(first.lines.map((l) => `${l.title} ${l.value}`.trim())).toEqual([
      CJK_BUYER_MARK, 'PORT BUSAN, KOREA', 'PO NO. PO-2026-0118', 'C/NO. 1/6', 'MADE IN CHINA',
    ]);
  });

  it('side mark lists item, pieces, weights and size of that carton', async () => {
    const labels = (await loadLabels(database, query({ kind: 'side-mark' }))) as MarkLabelModel[];
    const value = (title: string, i: number) => labels[i].lines.find((l) => l.title === title)?.value;
    expect(value('QTY', 0)).toBe('12 PCS');
    expect(value('G.W.', 0)).toBe('13.5 KG');
    expect(value('ITEM NO.', 5)).toBe('PB-10000-2, PB-10000-1');
    expect(value('MEAS.', 5)).toBe('52 × 36 × 28 CM');
  });

  it('courier label: service, large postcode, its own tracking number as Code 128', async () => {
    const labels = (await loadLabels(database, query({ kind: 'courier', size: '4x6' }))) as CourierLabelModel[];
    expect(labels[0]).toMatchObject({ service: 'DHL EXPRESS WORLDWIDE', postcode: '48939', reference: 'INV-2026-0042', nOfN: '1 of 6' });
    expect(labels.map((l) => l.barcode.decoded)).toEqual(fixture.parcels.map((p) => p.trackingNumber));
    await write((w) => w.patch('parcels', parcelIds[4], { trackingNumber: '' }));
    expect(await failure(query({ kind: 'courier', size: '4x6' }))).toEqual({ code: 'errors.noTracking', parcelId: parcelIds[4] });
  });
});

describe('print route address', () => {
  it('round-trips and names what is wrong with a bad URL', () => {
    const q: LabelQuery = { kind: 'gs1', size: 'a6', sheet: true, parcelIds: ['0190c1a0-0000-7000-8000-000000000001', '0190c1a0-0000-7000-8000-000000000002'] };
    const route = labelRoute(q);
    expect(route).toBe('/print/labels?kind=gs1&size=a6&sheet=a4&parcels=0190c1a0-0000-7000-8000-000000000001,0190c1a0-0000-7000-8000-000000000002');
    expect(parseLabelQuery(new URLSearchParams(route.split('?')[1]))).toEqual(q);
    const parse = (s: string) => parseLabelQuery(new URLSearchParams(s));
    expect(parse('kind=box&parcels=x')).toEqual({ error: 'errors.badKind', detail: 'box' });
    expect(parse('kind=courier&size=a6&parcels=x')).toEqual({ error: 'errors.sizeNotForKind', detail: 'a6' });
    expect(parse('kind=gs1&size=4x6&sheet=a4&parcels=x')).toEqual({ error: 'errors.sheetNeedsA6', detail: '4x6' });
    expect(parse('kind=gs1&size=a5&sheet=a4&parcels=x')).toEqual({ error: 'errors.sheetNeedsA6', detail: 'a5' });
    expect(parse('kind=courier&size=a5&parcels=x')).toEqual({ error: 'errors.sizeNotForKind', detail: 'a5' });
    expect(parse('kind=gs1&parcels=not-an-id')).toEqual({ error: 'errors.badId', detail: 'not-an-id' });
    expect(parse('kind=gs1')).toEqual({ error: 'errors.noParcels' });
  });

  it('gives the desktop print call the paper size of the route', () => {
    expect(labelPageSize({ size: 'a6', sheet: false })).toEqual({ widthMicrons: 105_000, heightMicrons: 148_000 });
    expect(labelPageSize({ size: '4x6', sheet: false })).toEqual({ widthMicrons: 101_600, heightMicrons: 152_400 });
    expect(labelPageSize({ size: 'a5', sheet: false })).toEqual({ widthMicrons: 148_000, heightMicrons: 210_000 });
    expect(labelPageSize({ size: 'a6', sheet: true })).toEqual({ widthMicrons: 210_000, heightMicrons: 297_000 });
  });
});
