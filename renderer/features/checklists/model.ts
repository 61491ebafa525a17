// An order's checklist on this machine: reading its facts' sources, the rebuild through the
// one write path (re-read inside the transaction, so concurrent rebuilds converge), the
// item edits (done, acknowledged, note, attachment metadata) and carton generation.
import { buildChecklist } from '../../../shared/checklists/engine';
import {
  attachmentMeta, checklistItemFields, orderFacts, rebuildItems, type AttachmentMeta, type ChecklistItemRow, type OrderFacts, type OrderFactsInput,
} from '../../../shared/checklists/order-facts';
import { CartonError, generateCartons, type CartonOptions } from '../../../shared/documents/cartons';
import type { Order, OrderLineFields, PaymentFields } from '../../../shared/domain/order';
import { parcelSchema, type Parcel } from '../../../shared/domain/parcel';
import type { Product } from '../../../shared/domain/product';
import type { Shipment } from '../../../shared/domain/shipment';
import { fieldErrors } from '../../../shared/domain/common';
import { db } from '../../data/db';
import { ValidationError, write } from '../../data/repository';

export type OrderSources = {
  order: Order;
  lines: (OrderLineFields & { id: string })[];
  products: Product[];
  shipment: Shipment | null;
  items: ChecklistItemRow[];
  parcels: Parcel[];
  payments: PaymentFields[];
};

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

/** Everything the checklist and the documents of an order read; null when the order is not here. */
export async function orderSources(orderId: string): Promise<OrderSources | null> {
  const order = (await db().orders.get(orderId)) as unknown as Order | undefined;
  if (!order || order.deleted) return null;
  const lines = (live(await db().orderLines.where('orderId').equals(orderId).toArray()) as unknown as (OrderLineFields & { id: string })[])
    .sort((a, b) => a.position - b.position);
  const products = live(await db().products.bulkGet([...new Set(lines.map((l) => l.productId))]).then((rows) => rows.filter((p) => p !== undefined))) as Product[];
  const shipment = (live(await db().shipments.toArray()) as unknown as Shipment[]).find((s) => s.orderIds?.includes(orderId)) ?? null;
  const items = live(await db().checklistItems.where('orderId').equals(orderId).toArray()) as unknown as ChecklistItemRow[];
  const parcels = (live(await db().parcels.where('orderId').equals(orderId).toArray()) as unknown as Parcel[]).sort((a, b) => a.seq - b.seq);
  const payments = live(await db().payments.where('orderId').equals(orderId).toArray()) as unknown as PaymentFields[];
  return { order, lines, products, shipment, items, parcels, payments };
}

export function factsOf(sources: OrderSources, today: string): OrderFacts {
  const { order, lines, products, shipment, items } = sources;
  return orderFacts({ order, lines, products: products as OrderFactsInput['products'], shipment, items, today });
}

/** Bring the stored items in line with the order's current facts. Writes nothing when they already are. */
export async function rebuildChecklist(orderId: string, today: string): Promise<void> {
  await write(async (w) => {
    const sources = await orderSources(orderId);
    if (!sources) return;
    const facts = factsOf(sources, today);
    if (!facts.ok) return;
    for (const change of rebuildItems(orderId, sources.items, buildChecklist(facts.facts, { today }))) {
      if (change.kind === 'create') await w.create('checklistItems', change.fields, change.id);
      else await w.patch('checklistItems', change.id, change.fields);
    }
  });
}

async function patchItem(id: string, fields: Record<string, unknown>): Promise<void> {
  await write(async (w) => {
    const row = await db().checklistItems.get(id);
    if (!row || row.deleted) throw new ValidationError({ _: 'validation.notFound' });
    const { id: _id, rev: _rev, updatedAt: _u, updatedBy: _b, deleted: _d, ...current } = row;
    const checked = checklistItemFields.safeParse({ ...current, ...fields });
    if (!checked.success) throw new ValidationError(fieldErrors(checked.error));
    await w.patch('checklistItems', id, fields);
  });
}

/** Done (block, info) or acknowledged (warn): who and when travel with the row. */
export const resolveItem = (item: ChecklistItemRow, who: string, now = new Date()) =>
  patchItem(item.id, { status: item.severity === 'warn' ? 'acknowledged' : 'done', doneBy: who, doneAt: now.toISOString() });

export const reopenItem = (item: ChecklistItemRow) => patchItem(item.id, { status: 'open', doneBy: null, doneAt: null });

export const noteItem = (item: ChecklistItemRow, notes: string) => patchItem(item.id, { notes });

/** A file attached on this machine (never synced; see schema v3). */
export type LocalAttachment = AttachmentMeta & { id: string; itemId: string; data: ArrayBuffer };

const attachments = () => db().table<LocalAttachment, string>('attachments');

/**
 * The file's name, size, type and SHA-256 go on the item row (and sync); its bytes are kept in
 * this machine's local `attachments` table, which the sync never reads.
 */
export async function attachToItem(item: ChecklistItemRow, file: File): Promise<AttachmentMeta> {
  const data = await file.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  const meta = attachmentMeta.parse({
    name: file.name, size: file.size, type: file.type.slice(0, 120), sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
  });
  await attachments().put({ ...meta, id: item.id, itemId: item.id, data });
  await patchItem(item.id, { attachment: meta });
  return meta;
}

/** The attached file when this machine has it (same content as the item's metadata says). */
export async function localAttachment(item: ChecklistItemRow): Promise<Blob | null> {
  const kept = await attachments().get(item.id);
  return kept && kept.sha256 === item.attachment?.sha256 ? new Blob([kept.data], { type: kept.type }) : null;
}

/**
 * Cartons for the order's lines from each product's packaging (shared/documents/cartons.ts),
 * written as `parcels` of the order; earlier unlabelled cartons of the order are removed in the
 * same transaction, so the set is always whole. `mixPartials` packs the leftover units of
 * several lines together in mixed cartons.
 */
export async function generateOrderCartons(orderId: string, options: CartonOptions = {}): Promise<number> {
  return write(async (w) => {
    const sources = await orderSources(orderId);
    if (!sources || sources.lines.length === 0) throw new ValidationError({ _: 'validation.parcelEmpty' });
    const products = new Map(sources.products.map((p) => [p.id, p]));
    const drafts = generateCartons(sources.lines.map((line) => {
      const p = products.get(line.productId);
      if (!p) throw new ValidationError({ _: 'validation.notFound' });
      return {
        orderLineId: line.id, productId: line.productId, sku: line.sku, quantity: line.quantity, unitsPerCarton: p.unitsPerCarton,
        netWeightKg: p.netWeightKg, grossWeightKg: p.grossWeightKg, lengthCm: p.lengthCm, widthCm: p.widthCm, heightCm: p.heightCm,
      };
    }), options);
    const rows = drafts.map(({ mixed: _mixed, ...c }) => {
      const parsed = parcelSchema.safeParse({ ...c, orderId, shipmentId: sources.shipment?.id ?? null, kind: 'carton' });
      if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
      return parsed.data;
    });
    // Cartons that carry an SSCC or a printed label are physical already: never replaced from here.
    if (sources.parcels.some((p) => p.sscc || p.labelPrinted)) throw new CartonError('cartons.labelled', 'the order\'s cartons are labelled already');
    for (const old of sources.parcels) await w.remove('parcels', old.id);
    for (const row of rows) await w.create('parcels', row);
    return rows.length;
  });
}
