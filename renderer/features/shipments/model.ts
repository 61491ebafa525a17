// Shipments and their parcels: creating a shipment for orders, choosing parcels for a batch
// print, and recording a print in each parcel's label history (LBL-5: "n of N" in order, a
// re-print is said to be one). Reads use Dexie; every write goes through the repository.
import type { LabelKind } from '../../../shared/documents/labels';
import type { Parcel } from '../../../shared/domain/parcel';
import type { ShipmentFields, ShipmentInput } from '../../../shared/domain/shipment';
import { db } from '../../data/db';
import { write } from '../../data/repository';

export type BatchChoice = { mode: 'all' } | { mode: 'unprinted' } | { mode: 'range'; from: number; to: number };

/** Live parcels of a shipment, by order then carton number. */
export async function shipmentParcels(shipmentId: string): Promise<Parcel[]> {
  const shipment = await db().shipments.get(shipmentId);
  const orderIds = (shipment?.orderIds as string[] | undefined) ?? [];
  const rows = [
    ...(await db().parcels.where('shipmentId').equals(shipmentId).toArray()),
    ...(orderIds.length ? await db().parcels.where('orderId').anyOf(orderIds).toArray() : []),
  ] as unknown as Parcel[];
  const unique = new Map(rows.filter((p) => !p.deleted).map((p) => [p.id, p]));
  const orderRank = (p: Parcel) => { const i = orderIds.indexOf(p.orderId ?? ''); return i < 0 ? orderIds.length : i; };
  return [...unique.values()].sort((a, b) => orderRank(a) - orderRank(b) || a.seq - b.seq);
}

/** The parcels a batch prints, in carton order. A range is by position in the list, 1-based, both ends included. */
export function chooseParcels(parcels: readonly Parcel[], choice: BatchChoice): Parcel[] {
  if (choice.mode === 'all') return [...parcels];
  if (choice.mode === 'unprinted') return parcels.filter((p) => !p.labelPrinted);
  const from = Math.max(1, Math.min(choice.from, choice.to));
  const to = Math.min(parcels.length, Math.max(choice.from, choice.to));
  return parcels.slice(from - 1, to);
}

/** How a print ended, honestly: spooled to a printer, saved as PDF, or confirmed by the user after the system dialog. */
export type PrintRecord = 'spooled' | 'saved' | 'dialog-confirmed';

/** One history event per parcel, e.g. "reprint gs1 a6 spooled to Zebra ZD421". */
export function printEvent(reprint: boolean, kind: LabelKind, size: string, outcome: PrintRecord, target = ''): string {
  return [reprint ? 'reprint' : 'print', kind, size, outcome, target && `to ${target}`].filter(Boolean).join(' ').slice(0, 80);
}

/** Marks the parcels' labels printed and appends the event to each history, in one transaction. Returns how many were re-prints. */
export async function recordLabelsPrinted(
  parcelIds: readonly string[], kind: LabelKind, size: string, outcome: PrintRecord, target = '', now = () => new Date(),
): Promise<number> {
  return write(async (w) => {
    let reprints = 0;
    for (const id of parcelIds) {
      const parcel = (await db().parcels.get(id)) as unknown as Parcel | undefined;
      if (!parcel || parcel.deleted) continue;
      if (parcel.labelPrinted) reprints++;
      const event = { at: now().toISOString(), event: printEvent(parcel.labelPrinted, kind, size, outcome, target), by: w.user ?? '' };
      await w.patch('parcels', id, { labelPrinted: true, history: [...parcel.history, event] });
    }
    return reprints;
  });
}

/** A new shipment for `orderIds` (all of one buyer unless it is a consolidation); their cartons join it. */
export async function createShipment(fields: ShipmentInput): Promise<string> {
  return write(async (w) => {
    const row = await w.create('shipments', fields);
    for (const orderId of fields.orderIds ?? []) {
      for (const parcel of await db().parcels.where('orderId').equals(orderId).toArray()) {
        if (!parcel.deleted && parcel.shipmentId !== row.id) await w.patch('parcels', parcel.id, { shipmentId: row.id });
      }
    }
    return row.id;
  });
}

export async function updateShipment(id: string, fields: Partial<ShipmentFields>): Promise<void> {
  await write((w) => w.patch('shipments', id, fields));
}
