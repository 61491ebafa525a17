import { beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { checklistItemId } from '../../../shared/checklists/order-facts';
import type { Parcel } from '../../../shared/domain/parcel';
import { freshDatabase, sampleProduct } from '../../data/test-support';
import { write } from '../../data/repository';
import type { SupplierDb } from '../../data/db';
import { attachToItem, generateOrderCartons, localAttachment, orderSources, rebuildChecklist, resolveItem } from './model';
import { entriesOfRows, countAll } from '../../data/outbox';

let database: SupplierDb;
const orderId = uuidv7();

beforeEach(async () => {
  database = freshDatabase();
  await write(async (w) => {
    const product = await w.create('products', sampleProduct());
    await w.create('orders', {
      number: '', buyerId: uuidv7(), quoteId: null, state: 'ready-to-ship', currency: 'USD', incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX', mode: 'sea-lcl',
      destinationCountry: 'US', paymentTerms: '', portOfLoading: 'Shenzhen', leadTimeDays: 25, depositAmount: '0', plannedDeparture: null, notes: '',
    }, orderId);
    await w.create('orderLines', { orderId, productId: product.id, position: 0, sku: 'PB-10000', description: 'Power bank', unit: 'pcs', hsCode: '8507600090', quantity: 130, unitPrice: '6.10' });
  });
});

describe('order checklist on this machine', () => {
  it('rebuilds into synced rows once; a second rebuild writes nothing', async () => {
    await rebuildChecklist(orderId, '2026-11-28');
    const items = await database.checklistItems.where('orderId').equals(orderId).toArray();
    expect(items.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['us-isf', 'lithium-sea', 'insurance-cif']));
    expect(items.find((i) => i.ruleId === 'us-isf')!.id).toBe(checklistItemId(orderId, 'us-isf'));
    const outbox = await countAll(database);
    await rebuildChecklist(orderId, '2026-11-28');
    expect(await countAll(database)).toBe(outbox);
  });

  it('marks an item done with who and when; a changed fact retires items without losing done ones', async () => {
    await rebuildChecklist(orderId, '2026-11-28');
    const sources = (await orderSources(orderId))!;
    await resolveItem(sources.items.find((i) => i.ruleId === 'us-isf')!, 'Li Wei', new Date('2026-11-28T09:00:00Z'));
    await write((w) => w.patch('orders', orderId, { destinationCountry: 'DE' }));
    await rebuildChecklist(orderId, '2026-11-28');
    const isf = await database.checklistItems.get(checklistItemId(orderId, 'us-isf'));
    expect(isf).toMatchObject({ status: 'not_needed', statusBefore: 'done', doneBy: 'Li Wei', doneAt: '2026-11-28T09:00:00.000Z' });
  });

  it('generates the cartons as parcels of the order and replaces them on a second run', async () => {
    expect(await generateOrderCartons(orderId)).toBe(4);
    expect(await generateOrderCartons(orderId)).toBe(4);
    const parcels = (await database.parcels.where('orderId').equals(orderId).toArray()).filter((p) => !p.deleted);
    expect(parcels.map((p) => p.seq).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('mixed cartons on demand', () => {
  const cartonsOf = async () => ((await database.parcels.where('orderId').equals(orderId).toArray()) as unknown as Parcel[]).filter((p) => !p.deleted).sort((a, b) => a.seq - b.seq);

  it('packs the leftover units of several lines into one mixed carton instead of one partial carton each', async () => {
    const productId = (await database.orderLines.where('orderId').equals(orderId).first())!.productId as string;
    await write((w) => w.create('orderLines', { orderId, productId, position: 1, sku: 'PB-10000-W', description: 'Power bank, white', unit: 'pcs', hsCode: '8507600090', quantity: 50, unitPrice: '6.10' }));
    expect(await generateOrderCartons(orderId)).toBe(6);
    expect((await cartonsOf()).filter((p) => p.contents.length > 1)).toEqual([]);

    expect(await generateOrderCartons(orderId, { mixPartials: true })).toBe(5);
    const cartons = await cartonsOf();
    expect(cartons.map((p) => `${p.seq}/${p.count}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(cartons.at(-1)!.contents.map((c) => `${c.sku}×${c.quantity}`)).toEqual(['PB-10000×10', 'PB-10000-W×10']);
    const units = cartons.flatMap((p) => p.contents).reduce((sum, c) => sum + c.quantity, 0);
    expect(units).toBe(180);
  });
});

describe('attachments', () => {
  it('syncs the file\'s metadata on the item and keeps its bytes on this machine', async () => {
    await rebuildChecklist(orderId, '2026-11-28');
    const isf = (await orderSources(orderId))!.items.find((i) => i.ruleId === 'us-isf')!;
    const file = new File(['ISF filed 2026-11-27'], 'isf.txt', { type: 'text/plain' });
    const meta = await attachToItem(isf, file);
    expect(meta).toEqual({ name: 'isf.txt', size: 20, type: 'text/plain', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const entries = await entriesOfRows(database, [['checklistItems', isf.id]]);
    expect(entries.at(-1)!.changes.attachment.new).toEqual(meta);
    const stored = (await orderSources(orderId))!.items.find((i) => i.id === isf.id)!;
    expect(await (await localAttachment(stored))!.text()).toBe('ISF filed 2026-11-27');
  });
});

describe('carton generation next to labelled cartons', () => {
  it('refuses to replace cartons that carry a printed label', async () => {
    await generateOrderCartons(orderId);
    const first = (await database.parcels.where('orderId').equals(orderId).toArray()).find((p) => !p.deleted)!;
    await write((w) => w.patch('parcels', first.id, { labelPrinted: true }));
    await expect(generateOrderCartons(orderId)).rejects.toThrow(/labelled already/);
    expect((await database.parcels.where('orderId').equals(orderId).toArray()).filter((p) => !p.deleted)).toHaveLength(4);
  });
});
