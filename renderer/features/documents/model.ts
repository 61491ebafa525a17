// The export documents of an order, from the same sources the checklist reads: marks equal to
// the carton main mark (LBL-3), the commercial invoice, the packing list and their check.
import type { Buyer } from '../../../shared/domain/buyer';
import type { Party } from '../../../shared/domain/shipment';
import { displayNumber } from '../../../shared/domain/commands';
import { commercialInvoice, type InvoiceModel } from '../../../shared/documents/invoice';
import { checkDocuments, documentMarks, packingList, type Difference, type PackingListModel } from '../../../shared/documents/packing-list';
import { db } from '../../data/db';
import { orderSources, type OrderSources } from '../checklists/model';

export type OrderDocuments = { sources: OrderSources; invoice: InvoiceModel; packing: PackingListModel; differences: Difference[] };

export async function loadOrderDocuments(orderId: string, exporterName: string, today: string, companyShipper: Party | null = null): Promise<OrderDocuments | null> {
  const sources = await orderSources(orderId);
  if (!sources) return null;
  const buyer = ((await db().buyers.get(sources.order.buyerId)) ?? null) as Buyer | null;
  const { order, lines, products, parcels, shipment } = sources;
  const originCountry = shipment?.originCountry ?? products[0]?.originCountry ?? '';
  const marks = documentMarks(parcels, { buyer, shipment, originCountry });
  const invoice = commercialInvoice({
    number: displayNumber(order, 'SO'), date: today, order, lines, origins: new Map(products.map((p) => [p.id, p.originCountry])),
    parcels, buyer, shipment, companyShipper, exporter: { name: exporterName }, marks,
  });
  return { sources, invoice, packing: packingList(lines, parcels, marks), differences: checkDocuments(lines, parcels) };
}
