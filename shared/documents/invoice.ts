// The commercial invoice (DOC-2) as a view-model, from the order, its lines' products, the
// parcels and (when there is one) the shipment. `missing` names the required fields that have
// no value yet, so the document says what it lacks instead of printing blanks silently.
import type { Buyer } from '../domain/buyer';
import { formatIncotermLine } from '../domain/incoterms';
import type { OrderFields } from '../domain/order';
import { documentTotals } from '../domain/quote';
import type { Party, Shipment } from '../domain/shipment';
import { partyLines } from './labels';
import { packingTotals, type DocumentLine, type DocumentParcel } from './packing-list';

export interface InvoiceParty { name: string; address: string[]; taxId: string }

export interface InvoiceLine {
  sku: string; description: string; hsCode: string; origin: string;
  quantity: number; unit: string; unitPrice: string; amount: string;
}

export interface InvoiceModel {
  number: string;
  date: string;
  exporter: InvoiceParty;
  consignee: InvoiceParty;
  lines: InvoiceLine[];
  currency: string;
  total: string;
  incoterm: string;
  paymentTerms: string;
  poNumber: string;
  transportDocument: string;
  portOfLoading: string;
  packages: number;
  netKg: string;
  grossKg: string;
  marks: string[];
  /** Required DOC-2 fields without a value (i18n keys of the `documents` namespace). */
  missing: string[];
}

export interface InvoiceInput {
  number: string;
  /** ISO date of issue. */
  date: string;
  order: Pick<OrderFields, 'currency' | 'incoterm' | 'namedPlace' | 'paymentTerms' | 'portOfLoading'>;
  lines: readonly (DocumentLine & { hsCode: string; unitPrice: string; productId: string })[];
  origins: ReadonlyMap<string, string>;
  parcels: readonly DocumentParcel[];
  buyer: Buyer | null;
  shipment: Shipment | null;
  /** The company's shipper from its settings, used when no shipment names one. */
  companyShipper?: Party | null;
  /** The exporter when neither names a shipper: the signed-in user's name. */
  exporter: { name: string; taxId?: string };
  marks: string[];
}

const fromParty = (party: Party, taxId = ''): InvoiceParty => ({ name: party.name, address: partyLines(party).slice(1), taxId });

export function commercialInvoice(input: InvoiceInput): InvoiceModel {
  const { order, buyer, shipment } = input;
  const totals = documentTotals(input.lines, order.currency);
  const packed = packingTotals(input.parcels);
  const address = buyer?.addresses.find((a) => a.kind === 'billing') ?? buyer?.addresses[0];
  const consignee: InvoiceParty = shipment
    ? fromParty(shipment.consignee, buyer?.vatId || buyer?.eori || '')
    : {
      name: buyer?.company ?? '',
      address: address ? partyLines({ name: '', address, phone: '' }).filter((l) => l !== '') : [],
      taxId: buyer?.vatId || buyer?.eori || '',
    };
  const shipper = shipment?.shipper ?? input.companyShipper ?? null;
  const exporter: InvoiceParty = shipper
    ? fromParty(shipper, input.exporter.taxId ?? '')
    : { name: input.exporter.name, address: [], taxId: input.exporter.taxId ?? '' };
  const model: InvoiceModel = {
    number: input.number, date: input.date, exporter, consignee,
    lines: input.lines.map((l, i) => ({
      sku: l.sku, description: l.description, hsCode: l.hsCode, origin: input.origins.get(l.productId) ?? '',
      quantity: l.quantity, unit: l.unit, unitPrice: l.unitPrice, amount: totals.lines[i],
    })),
    currency: order.currency, total: totals.total,
    incoterm: formatIncotermLine(order.incoterm, order.namedPlace),
    paymentTerms: order.paymentTerms,
    poNumber: shipment?.poNumber ?? '',
    transportDocument: shipment?.reference ?? '',
    portOfLoading: order.portOfLoading,
    packages: packed.packages, netKg: packed.netKg, grossKg: packed.grossKg,
    marks: input.marks,
    missing: [],
  };
  const required: [string, boolean][] = [
    ['fields.exporterAddress', exporter.address.length > 0],
    ['fields.exporterTaxId', exporter.taxId !== ''],
    ['fields.consigneeAddress', consignee.address.length > 0],
    ['fields.paymentTerms', model.paymentTerms !== ''],
    ['fields.hsCode', model.lines.every((l) => l.hsCode.length >= 6)],
    ['fields.origin', model.lines.every((l) => l.origin !== '')],
    ['fields.weights', model.packages > 0],
  ];
  model.missing = required.filter(([, ok]) => !ok).map(([key]) => key);
  return model;
}
