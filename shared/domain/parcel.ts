import { z } from 'zod';
import { decimalString, isoDateTime, optionalText, rowMeta, uuid } from './common';
import { isValidSscc } from '../documents/sscc';
import { isValidGtin } from '../documents/gs1';

export const PARCEL_KINDS = ['carton', 'pallet'] as const;

/** One order line (or part of it) packed in a parcel. `gtin` feeds the optional AI (02) on GS1 labels. */
export const parcelContent = z.object({
  orderLineId: uuid,
  productId: uuid,
  sku: z.string().trim().min(1, 'validation.required').max(64, 'validation.tooLong'),
  quantity: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.quantity'),
  gtin: z.union([z.literal(''), z.string().refine(isValidGtin, 'validation.gtin')]).default(''),
});
export type ParcelContent = z.infer<typeof parcelContent>;

export const parcelEvent = z.object({ at: isoDateTime, event: z.string().trim().min(1).max(80), by: optionalText(80).default('') });

export const parcelFields = z.object({
  shipmentId: uuid.nullable().default(null),
  orderId: uuid.nullable().default(null),
  kind: z.enum(PARCEL_KINDS, { message: 'validation.choice' }),
  /** "n of N" (LBL-5): this parcel's number and the number of parcels it ships with. */
  seq: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.parcelSeq'),
  count: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.parcelSeq'),
  contents: z.array(parcelContent).min(1, 'validation.parcelEmpty'),
  netWeightKg: decimalString(3, 'validation.weight'),
  grossWeightKg: decimalString(3, 'validation.weight'),
  lengthCm: decimalString(2, 'validation.dimension'),
  widthCm: decimalString(2, 'validation.dimension'),
  heightCm: decimalString(2, 'validation.dimension'),
  sscc: z.union([z.literal(''), z.string().refine(isValidSscc, 'validation.sscc')]).default(''),
  trackingNumber: z.union([z.literal(''), z.string().trim().regex(/^[A-Za-z0-9-]{4,40}$/, 'validation.trackingNumber')]).default(''),
  labelPrinted: z.boolean().default(false),
  history: z.array(parcelEvent).default([]),
});

export const parcelSchema = parcelFields.superRefine((p, ctx) => {
  if (p.seq > p.count) ctx.addIssue({ code: 'custom', path: ['seq'], message: 'validation.parcelSeq' });
});

export type ParcelFields = z.infer<typeof parcelFields>;
export type Parcel = ParcelFields & z.infer<z.ZodObject<typeof rowMeta>>;
