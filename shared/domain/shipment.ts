import { z } from 'zod';
import { address } from './buyer';
import { countryCode, isoDate, isoDateTime, nonEmptyText, optionalText, rowMeta, uuid } from './common';
import { transportMode } from './incoterms';

export const SHIPMENT_STATUSES = ['planned', 'booked', 'shipped', 'delivered', 'cancelled'] as const;

/** A named party with one postal address (shipper "from", consignee "to"). */
export const party = z.object({
  name: nonEmptyText(200),
  address: address.omit({ kind: true }),
  phone: optionalText(40).default(''),
});
export type Party = z.infer<typeof party>;

const optionalDate = z.union([z.literal(''), isoDate]).default('');

/** One event the platform pushed (POST …/shipments/:id/tracking); read-only on the client. */
export const trackingEvent = z.object({ status: z.string(), location: z.string(), at: z.string() });

export const shipmentFields = z.object({
  buyerId: uuid,
  orderIds: z.array(uuid).default([]),
  mode: transportMode,
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
  bookingNumber: optionalText(40).default(''),
  /** Bill of lading number (sea). */
  blNumber: optionalText(40).default(''),
  /** Air waybill number (air and express). */
  awbNumber: optionalText(40).default(''),
  /** Estimated departure and arrival, `YYYY-MM-DD`. */
  etd: optionalDate,
  eta: optionalDate,
  containerNumber: optionalText(11).default(''),
  sealNumber: optionalText(20).default(''),
  // Written only by the server (platform tracking push). Optional so that a client edit keeps
  // them as they are instead of dropping them from the validated row.
  trackingStatus: z.string().optional(),
  trackingLocation: z.string().optional(),
  trackingUpdatedAt: isoDateTime.optional(),
  trackingEvents: z.array(trackingEvent).optional(),
});

/** The whole-row rules: ETA not before ETD; a shipped full container has its numbers (DOC-4). */
export const shipmentSchema = shipmentFields.superRefine((s, ctx) => {
  // Same-format ISO dates compare correctly as strings.
  if (s.etd && s.eta && s.eta < s.etd) ctx.addIssue({ code: 'custom', path: ['eta'], message: 'validation.etaBeforeEtd' });
  if (s.mode === 'sea-fcl' && s.status === 'shipped') {
    if (!s.containerNumber) ctx.addIssue({ code: 'custom', path: ['containerNumber'], message: 'validation.fclContainerNumber' });
    if (!s.sealNumber) ctx.addIssue({ code: 'custom', path: ['sealNumber'], message: 'validation.fclSealNumber' });
  }
});

export type ShipmentFields = z.infer<typeof shipmentFields>;
/** What a new shipment needs; fields with defaults may be left out. */
export type ShipmentInput = z.input<typeof shipmentFields>;
export type Shipment = ShipmentFields & z.infer<z.ZodObject<typeof rowMeta>>;
