import { z } from 'zod';
import { address } from './buyer';
import { countryCode, nonEmptyText, optionalText, rowMeta, uuid } from './common';

export const SHIPMENT_MODES = ['sea-fcl', 'sea-lcl', 'air', 'courier'] as const;
export const SHIPMENT_STATUSES = ['planned', 'booked', 'shipped', 'delivered', 'cancelled'] as const;

/** A named party with one postal address (shipper "from", consignee "to"). */
export const party = z.object({
  name: nonEmptyText(200),
  address: address.omit({ kind: true }),
  phone: optionalText(40).default(''),
});
export type Party = z.infer<typeof party>;

export const shipmentFields = z.object({
  buyerId: uuid,
  orderIds: z.array(uuid).default([]),
  mode: z.enum(SHIPMENT_MODES, { message: 'validation.choice' }),
  status: z.enum(SHIPMENT_STATUSES),
  shipper: party,
  consignee: party,
  /** Customer purchase order / contract number printed on marks and as AI (400). */
  poNumber: optionalText(30).default(''),
  destinationPort: optionalText(80).default(''),
  originCountry: countryCode,
  carrier: optionalText(60).default(''),
  service: optionalText(60).default(''),
  reference: optionalText(60).default(''),
  containerNumber: optionalText(11).default(''),
  sealNumber: optionalText(20).default(''),
});

export type ShipmentFields = z.infer<typeof shipmentFields>;
export type Shipment = ShipmentFields & z.infer<z.ZodObject<typeof rowMeta>>;
