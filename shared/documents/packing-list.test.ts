import { describe, expect, it } from 'vitest';
import type { Buyer } from '../domain/buyer';
import { generateCartons } from './cartons';
import { commercialInvoice } from './invoice';
import { checkDocuments, documentMarks, packingList, packingTotals, type DocumentParcel } from './packing-list';

const LINE = { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01', sku: 'PB-10000', description: 'Power bank 10000 mAh', quantity: 130, unit: 'pcs' };
const PRODUCT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02';
const BUYER = { company: 'Pacific Gadgets Inc.', buyerMark: 'PGI', country: 'US', addresses: [{ kind: 'billing', line1: '100 Harbor Blvd', line2: '', city: 'Los Angeles', region: 'CA', postalCode: '90731', country: 'US' }], vatId: '', eori: '' } as unknown as Buyer;

function parcels(): DocumentParcel[] {
  return generateCartons([{
    orderLineId: LINE.id, productId: PRODUCT, sku: LINE.sku, quantity: 130, unitsPerCarton: 40,
    netWeightKg: '12.2', grossWeightKg: '13.5', lengthCm: '52', widthCm: '36', heightCm: '28',
  }]).map((c, i) => ({ ...c, id: `p${i}` }));
}

describe('packing list', () => {
  it('groups identical cartons into ranges and totals packages, quantity, weights and CBM from the parcels', () => {
    const ps = parcels();
    const model = packingList([LINE], ps, []);
    expect(model.ranges.map((r) => [r.from, r.to, r.quantity])).toEqual([[1, 3, 120], [4, 4, 10]]);
    expect(model.ranges[0]).toMatchObject({ netKg: '36.6', grossKg: '40.5', dimensionsCm: '52 × 36 × 28', cbm: '0.157' });
    expect(model.totals).toEqual({ packages: 4, quantity: 130, netKg: '39.65', grossKg: '44.85', cbm: '0.210' });
  });

  it('prints the carton main mark with the whole carton range', () => {
    expect(documentMarks(parcels(), { buyer: BUYER, shipment: null, originCountry: 'CN' })).toEqual(['PGI', 'C/NO. 1-4', 'MADE IN CHINA']);
  });
});

describe('consistency check', () => {
  it('finds nothing to report when invoice and parcels agree', () => {
    expect(checkDocuments([LINE], parcels())).toEqual([]);
  });

  it('shows each difference: quantities, gross below net, carton counts and numbering', () => {
    const ps = parcels();
    ps[0] = { ...ps[0], grossWeightKg: '10' };
    ps.pop();
    expect(checkDocuments([LINE], ps)).toEqual([
      { key: 'diff.quantity', sku: 'PB-10000', invoiced: 130, packed: 120 },
      { key: 'diff.grossBelowNet', seq: 1, net: '12.2', gross: '10' },
      { key: 'diff.cartonCount', seq: 1, stated: 4, actual: 3 },
      { key: 'diff.cartonCount', seq: 2, stated: 4, actual: 3 },
      { key: 'diff.cartonCount', seq: 3, stated: 4, actual: 3 },
    ]);
    expect(checkDocuments([LINE], [])).toEqual([{ key: 'diff.noParcels' }]);
  });
});

describe('commercial invoice', () => {
  it('carries lines with HS code and origin, totals in the currency, the Incoterms line, weights and packages; names what is missing', () => {
    const ps = parcels();
    const model = commercialInvoice({
      number: 'SO-2026-000045', date: '2026-11-28',
      order: { currency: 'USD', incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX', paymentTerms: '30 % T/T deposit, balance before shipment', portOfLoading: 'Ningbo' },
      lines: [{ ...LINE, hsCode: '8507600090', unitPrice: '6.10', productId: PRODUCT }],
      origins: new Map([[PRODUCT, 'CN']]), parcels: ps, buyer: BUYER, shipment: null,
      exporter: { name: 'Ningbo Power Co.' }, marks: ['PGI'],
    });
    expect(model.lines[0]).toMatchObject({ hsCode: '8507600090', origin: 'CN', amount: '793.00' });
    expect(model).toMatchObject({ total: '793.00', currency: 'USD', incoterm: 'CIF Los Angeles, USLAX Incoterms® 2020', packages: 4, netKg: packingTotals(ps).netKg, grossKg: '44.85' });
    expect(model.consignee.address).toEqual(['100 Harbor Blvd', '90731 Los Angeles CA', 'United States']);
    expect(model.missing).toEqual(['fields.exporterAddress', 'fields.exporterTaxId']);

    const withCompany = commercialInvoice({
      number: 'SO-2026-000045', date: '2026-11-28', order: { currency: 'USD', incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX', paymentTerms: 'L/C at sight', portOfLoading: '' },
      lines: [{ ...LINE, hsCode: '8507600090', unitPrice: '6.10', productId: PRODUCT }], origins: new Map([[PRODUCT, 'CN']]), parcels: ps, buyer: BUYER, shipment: null,
      companyShipper: { name: 'Shenzhen Power Co., Ltd.', phone: '', address: { line1: '8 Keji Road', line2: '', city: 'Shenzhen', region: '', postalCode: '518057', country: 'CN' } },
      exporter: { name: 'Li Wei' }, marks: [],
    });
    expect(withCompany.exporter).toEqual({ name: 'Shenzhen Power Co., Ltd.', address: ['8 Keji Road', '518057 Shenzhen', 'China'], taxId: '' });
    expect(withCompany.missing).toEqual(['fields.exporterTaxId']);
  });
});
