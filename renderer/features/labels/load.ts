// Reads what the labels need from the local database (read only) and builds the view-models.
// Any missing or malformed row stops the whole print: a partial set of labels is never printed.
import type { z } from 'zod';
import { fieldErrors } from '../../../shared/domain/common';
import { buyerFields, type Buyer } from '../../../shared/domain/buyer';
import { parcelSchema, type Parcel } from '../../../shared/domain/parcel';
import { shipmentFields, type Shipment } from '../../../shared/domain/shipment';
import { buildLabels, LabelError, type LabelInput, type LabelModel } from '../../../shared/documents/labels';
import type { SupplierDb, LocalRow } from '../../data/db';
import type { LabelQuery } from './route';

function checked<T>(row: LocalRow, schema: z.ZodType, code: string): T {
  const result = schema.safeParse(row);
  if (!result.success) {
    const fields = Object.entries(fieldErrors(result.error)).map(([k, v]) => `${k} (${v})`).join(', ');
    throw new LabelError(code, row.id, fields);
  }
  return { ...row, ...(result.data as object) } as T;
}

export async function loadLabels(database: SupplierDb, query: LabelQuery): Promise<LabelModel[]> {
  let rows: LocalRow[];
  if (query.shipmentId) {
    rows = (await database.parcels.where('shipmentId').equals(query.shipmentId).toArray())
      .filter((p) => !p.deleted)
      .sort((a, b) => Number(a.seq) - Number(b.seq));
    if (rows.length === 0) throw new LabelError('errors.emptyShipment', query.shipmentId, 'no parcels in this shipment');
  } else {
    const found = await database.parcels.bulkGet(query.parcelIds!);
    const missing = query.parcelIds!.find((_, i) => !found[i]);
    if (missing) throw new LabelError('errors.missingParcel', missing, 'no such parcel on this machine');
    rows = found as LocalRow[];
  }
  const parcels = rows.map((r) => checked<Parcel>(r, parcelSchema, 'errors.invalidParcel'));

  const shipmentIds = [...new Set(parcels.map((p) => p.shipmentId))];
  const orphan = parcels.find((p) => p.shipmentId === null);
  if (orphan) throw new LabelError('errors.noShipment', orphan.id, 'the parcel is not on a shipment');
  const shipmentRows = await database.shipments.bulkGet(shipmentIds as string[]);
  const shipments = new Map<string, Shipment>();
  shipmentRows.forEach((row, i) => {
    if (!row) throw new LabelError('errors.missingShipment', shipmentIds[i]!, 'no such shipment on this machine');
    shipments.set(row.id, checked<Shipment>(row, shipmentFields, 'errors.invalidShipment'));
  });

  const buyerIds = [...new Set([...shipments.values()].map((s) => s.buyerId))];
  const buyers = new Map<string, Buyer>();
  (await database.buyers.bulkGet(buyerIds)).forEach((row) => {
    if (row) buyers.set(row.id, checked<Buyer>(row as unknown as LocalRow, buyerFields, 'errors.invalidBuyer'));
  });

  const inputs: LabelInput[] = parcels.map((parcel) => {
    const shipment = shipments.get(parcel.shipmentId!)!;
    return { parcel, shipment, buyer: buyers.get(shipment.buyerId) ?? null };
  });
  return buildLabels(query.kind, inputs);
}
