// A realistic export shipment for label tests and the benchmark: a Ningbo factory ships
// cartons to a Korean buyer whose carton mark is in Chinese and Korean. Parcels come from
// the real carton generator and SSCCs from the real allocator, so fixtures stay honest.
import type { BuyerFields } from '../../../shared/domain/buyer';
import type { ParcelFields } from '../../../shared/domain/parcel';
import type { ShipmentFields } from '../../../shared/domain/shipment';
import { generateCartons, type PackingLine } from '../../../shared/documents/cartons';
import { gs1CheckDigit } from '../../../shared/documents/gs1';
import { addReservedRange, allocateSsccs, emptyPool } from '../../../shared/documents/sscc';

export const COMPANY_GS1 = { companyPrefix: '6901234', extensionDigit: 3 };
export const CJK_BUYER_MARK = '首尔贸易 서울상사';

const withCheck = (body: string) => body + gs1CheckDigit(body);

export interface LabelFixture {
  buyerId: string;
  shipmentId: string;
  buyer: BuyerFields;
  shipment: ShipmentFields;
  parcels: ParcelFields[];
}

/** Deterministic uuid-shaped ids so the same fixture can be rebuilt in the test and the page. */
const id = (n: number, tag: string) => `0190c1a0-${tag}-7000-8000-${String(n).padStart(12, '0')}`;

/** `pallets`: the indexes of the parcels that are pallets (the rest are cartons). */
export function labelFixture(options: { lines?: Partial<PackingLine>[]; mixPartials?: boolean; firstSerial?: number; runTag?: string; pallets?: number[]; consigneeLine1?: string; consigneeName?: string } = {}): LabelFixture {
  const tag = options.runTag ?? '0000';
  const buyerId = id(1, tag);
  const shipmentId = id(2, tag);
  const lines: PackingLine[] = (options.lines ?? [{}]).map((over, i) => ({
    orderLineId: id(100 + i, tag), productId: id(200 + i, tag), sku: `PB-10000-${i + 1}`,
    gtin: withCheck(`69012345${String(i + 1).padStart(4, '0')}`),
    quantity: 37, unitsPerCarton: 12,
    netWeightKg: '12.2', grossWeightKg: '13.5', lengthCm: '52', widthCm: '36', heightCm: '28', ...over,
  }));
  const cartons = generateCartons(lines, { mixPartials: options.mixPartials });
  const pool = addReservedRange(emptyPool(COMPANY_GS1), { first: options.firstSerial ?? 1_000, last: (options.firstSerial ?? 1_000) + 99_999 });
  const { ssccs } = allocateSsccs(pool, cartons.length);
  const parcels: ParcelFields[] = cartons.map((c, i) => ({
    shipmentId, orderId: id(3, tag), kind: options.pallets?.includes(i) ? 'pallet' : 'carton', seq: c.seq, count: c.count, contents: c.contents,
    netWeightKg: c.netWeightKg, grossWeightKg: c.grossWeightKg, lengthCm: c.lengthCm, widthCm: c.widthCm, heightCm: c.heightCm,
    sscc: ssccs[i], trackingNumber: `JD01460${String(1_000_000 + i)}`, labelPrinted: false, history: [],
  }));
  return {
    buyerId, shipmentId, parcels,
    buyer: {
      company: 'Seoul Trading Co., Ltd.', country: 'KR', contacts: [], addresses: [], eori: '', vatId: '',
      buyerMark: CJK_BUYER_MARK, notes: '', status: 'active',
    },
    shipment: {
      buyerId, orderIds: [id(3, tag)], mode: 'express', status: 'planned',
      shipper: { name: 'Ningbo Everbright Electronics Co., Ltd.', phone: '+86 574 8888 0000', address: { line1: 'No. 88 Jiangnan Road', line2: 'Beilun District', city: 'Ningbo', region: 'Zhejiang', postalCode: '315800', country: 'CN' } },
      consignee: { name: options.consigneeName ?? '서울상사 Seoul Trading Co., Ltd.', phone: '+82 51 000 0000', address: { line1: options.consigneeLine1 ?? '45 Jungang-daero', line2: 'Jung-gu', city: 'Busan', region: '', postalCode: '48939', country: 'KR' } },
      poNumber: 'PO-2026-0118', destinationPort: 'BUSAN, KOREA', originCountry: 'CN',
      carrier: 'DHL', service: 'Express Worldwide', reference: 'INV-2026-0042', containerNumber: '', sealNumber: '',
      bookingNumber: '', blNumber: '', awbNumber: '', etd: '', eta: '',
    },
  };
}
