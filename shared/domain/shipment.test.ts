import { describe, expect, it } from 'vitest';
import { fieldErrors } from './common';
import { shipmentSchema, type ShipmentInput } from './shipment';

const address = { line1: 'No. 88 Jiangnan Road', line2: '', city: 'Ningbo', region: 'Zhejiang', postalCode: '315800', country: 'CN' };
const shipment = (over: Partial<ShipmentInput> = {}): ShipmentInput => ({
  buyerId: '0192f5d0-0000-7000-8000-000000000001', orderIds: [], mode: 'sea-fcl', status: 'booked',
  shipper: { name: 'Ningbo Everbright Electronics Co., Ltd.', address }, consignee: { name: 'Seoul Trading Co., Ltd.', address: { ...address, country: 'KR' } },
  originCountry: 'CN', ...over,
});
const errors = (over: Partial<ShipmentInput>) => {
  const result = shipmentSchema.safeParse(shipment(over));
  return result.success ? {} : fieldErrors(result.error);
};

describe('shipment schema', () => {
  it('keeps booking, B/L, AWB and the planned dates', () => {
    const parsed = shipmentSchema.parse(shipment({ bookingNumber: 'NGB1234567', blNumber: 'MAEU123456789', etd: '2026-12-01', eta: '2026-12-20' }));
    expect(parsed).toMatchObject({ bookingNumber: 'NGB1234567', blNumber: 'MAEU123456789', awbNumber: '', etd: '2026-12-01', eta: '2026-12-20' });
  });

  it('uses the one list of transport modes: express, not courier', () => {
    expect(errors({ mode: 'express' })).toEqual({});
    expect(errors({ mode: 'courier' as never })).toEqual({ mode: 'validation.choice' });
  });

  it('refuses an ETA before the ETD and a date not written YYYY-MM-DD', () => {
    expect(errors({ etd: '2026-12-20', eta: '2026-12-01' })).toEqual({ eta: 'validation.etaBeforeEtd' });
    expect(errors({ etd: '2026-12-20', eta: '2026-12-20' })).toEqual({});
    expect(errors({ etd: '20.12.2026' })).toEqual({ etd: 'validation.date' });
  });

  it('DOC-4: a shipped sea FCL shipment needs its container and seal numbers', () => {
    expect(errors({ status: 'shipped' })).toEqual({ containerNumber: 'validation.fclContainerNumber', sealNumber: 'validation.fclSealNumber' });
    expect(errors({ status: 'shipped', containerNumber: 'MSKU1234565', sealNumber: 'ML-123456' })).toEqual({});
    expect(errors({ status: 'shipped', mode: 'sea-lcl' })).toEqual({});
    expect(errors({ status: 'booked' })).toEqual({});
  });

  it('keeps the tracking the platform pushed when the row is validated again', () => {
    const tracked = { trackingStatus: 'In transit', trackingLocation: 'Busan', trackingUpdatedAt: '2026-12-10T08:00:00Z', trackingEvents: [{ status: 'In transit', location: 'Busan', at: '2026-12-10T08:00:00Z' }] };
    expect(shipmentSchema.parse(shipment(tracked))).toMatchObject(tracked);
  });
});
