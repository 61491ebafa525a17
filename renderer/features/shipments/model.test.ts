// SSCC ranges from push answers to assigned parcels, batch choice and print history.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../data/test-support';
import type { SupplierDb } from '../../data/db';
import { SESSION_USER_KEY, write } from '../../data/repository';
import { applyPushResponse, pendingOf, toMutation } from '../../sync/push';
import { isValidSscc } from '../../../shared/documents/sscc';
import type { Parcel } from '../../../shared/domain/parcel';
import { generateCartons } from '../../../shared/documents/cartons';
import { assignSsccs, heldRanges, keepReservedRange, requestSsccRange, serialsLeft } from './sscc-ranges';
import { chooseParcels, recordLabelsPrinted, shipmentParcels } from './model';

const gs1 = { companyPrefix: '0614141', extensionDigit: 3 };
const USER = 'user-ana';
let database: SupplierDb;
let ids: string[];
let shipmentId: string;

const buyer = { company: 'Pacific Gadgets Inc.', country: 'US', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: 'PGI', notes: '', status: 'active' };
const address = { line1: 'No. 88 Jiangnan Road', line2: '', city: 'Ningbo', region: 'Zhejiang', postalCode: '315800', country: 'CN' };

beforeEach(async () => {
  database = freshDatabase();
  await database.syncState.put({ key: SESSION_USER_KEY, value: USER });
  // 37 units at 12 per carton: 4 cartons, the last holds 1.
  const cartons = generateCartons([{
    orderLineId: '0190c1a0-0000-7000-8000-000000000100', productId: '0190c1a0-0000-7000-8000-000000000200', sku: 'PB-10000',
    quantity: 37, unitsPerCarton: 12, netWeightKg: '12.2', grossWeightKg: '13.5', lengthCm: '52', widthCm: '36', heightCm: '28',
  }]);
  ids = await write(async (w) => {
    const buyerRow = await w.create('buyers', buyer);
    const shipment = await w.create('shipments', {
      buyerId: buyerRow.id, orderIds: [], mode: 'sea-lcl', status: 'planned', originCountry: 'CN',
      shipper: { name: 'Ningbo Everbright Electronics Co., Ltd.', address }, consignee: { name: buyer.company, address: { ...address, city: 'Los Angeles', country: 'US' } },
    });
    shipmentId = shipment.id;
    const made: string[] = [];
    for (const { mixed: _mixed, ...c } of cartons) made.push((await w.create('parcels', { ...c, shipmentId, kind: 'carton' })).id);
    return made;
  });
});

/** The server's answer to every queued sscc.reserve: consecutive ranges from `first`. */
async function answerReservations(first: number) {
  const sent = (await pendingOf(database, USER)).filter((e) => e.cmd?.name === 'sscc.reserve').map(toMutation);
  let next = first;
  const results = sent.map((m) => {
    const count = m.cmd!.args.count as number;
    const row = { id: m.id, kind: 'sscc-range', ...gs1, first: next, last: next + count - 1 };
    next += count;
    return { mid: m.mid, status: 'applied' as const, row };
  });
  await applyPushResponse(database, USER, sent, { lastMutationId: Math.max(...sent.map((m) => m.mid)), seq: 1, results }, () => new Date());
  return sent;
}

describe('SSCC ranges', () => {
  it('assigns nothing before a range is reserved, and says so', async () => {
    await expect(assignSsccs(gs1, ids)).rejects.toMatchObject({ code: 'sscc.exhausted' });
    const parcels = (await database.parcels.bulkGet(ids)) as unknown as Parcel[];
    expect(parcels.map((p) => p.sscc)).toEqual(['', '', '', '']);
  });

  it('refuses to reserve under an invalid prefix', async () => {
    await expect(requestSsccRange({ companyPrefix: '2001234', extensionDigit: 0 })).rejects.toMatchObject({ code: 'sscc.prefixRestricted' });
    expect(await pendingOf(database, USER)).toHaveLength(6);
  });

  it('keeps the reserved range from the push answer and hands out its serials in carton order', async () => {
    await requestSsccRange(gs1, 3);
    await requestSsccRange(gs1, 10);
    await answerReservations(500);
    expect(await pendingOf(database, USER)).toHaveLength(6);
    expect(serialsLeft(await heldRanges(database), gs1)).toBe(13);
    // A replayed answer (duplicate) is not kept twice.
    await keepReservedRange(database, (await heldRanges(database))[0]);
    expect(serialsLeft(await heldRanges(database), gs1)).toBe(13);

    expect(await assignSsccs(gs1, ids)).toBe(4);
    const parcels = (await database.parcels.bulkGet(ids)) as unknown as Parcel[];
    const codes = parcels.map((p) => p.sscc);
    expect(codes.every(isValidSscc)).toBe(true);
    expect(new Set(codes).size).toBe(4);
    expect(codes.map((c) => Number(c.slice(8, 17)))).toEqual([500, 501, 502, 503]);
    expect(await heldRanges(database)).toMatchObject([{ first: 504, last: 512 }]);
    // Parcels that have an SSCC keep it.
    expect(await assignSsccs(gs1, ids)).toBe(0);
  });
});

describe('batch print', () => {
  it('chooses all, a range or the unprinted, in carton order', async () => {
    await recordLabelsPrinted([ids[1]], 'gs1', 'a6', 'spooled', 'Zebra');
    const parcels = await shipmentParcels(shipmentId);
    expect(parcels.map((p) => `${p.seq}/${p.count}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(chooseParcels(parcels, { mode: 'all' }).map((p) => p.seq)).toEqual([1, 2, 3, 4]);
    expect(chooseParcels(parcels, { mode: 'unprinted' }).map((p) => p.seq)).toEqual([1, 3, 4]);
    expect(chooseParcels(parcels, { mode: 'range', from: 4, to: 3 }).map((p) => p.seq)).toEqual([3, 4]);
  });

  it('records a re-print as one in the history', async () => {
    expect(await recordLabelsPrinted(ids, 'gs1', 'a6', 'saved')).toBe(0);
    expect(await recordLabelsPrinted([ids[3]], 'gs1', 'a6', 'spooled', 'Zebra ZD421')).toBe(1);
    const last = (await database.parcels.get(ids[3])) as unknown as Parcel;
    expect(last.labelPrinted).toBe(true);
    expect(last.history.map((h) => h.event)).toEqual(['print gs1 a6 saved', 'reprint gs1 a6 spooled to Zebra ZD421']);
    const outbox = await pendingOf(database, USER);
    expect(outbox.filter((e) => e.entityId === ids[3] && e.kind === 'patch')).toHaveLength(2);
  });
});
