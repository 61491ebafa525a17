import { z } from 'zod';
import { countryCode, nonEmptyText, optionalText, rowMeta } from './common';

export const BUYER_STATUSES = ['active', 'archived'] as const;

export const contact = z.object({
  name: nonEmptyText(120),
  email: z.union([z.literal(''), z.string().trim().email('validation.email')]).default(''),
  phone: optionalText(40).default(''),
  role: optionalText(80).default(''),
});

export const address = z.object({
  kind: z.enum(['billing', 'shipping']),
  line1: nonEmptyText(200),
  line2: optionalText(200).default(''),
  city: nonEmptyText(100),
  region: optionalText(100).default(''),
  postalCode: optionalText(20).default(''),
  country: countryCode,
});

export const buyerFields = z.object({
  company: nonEmptyText(200),
  country: countryCode,
  contacts: z.array(contact).max(20).default([]),
  addresses: z.array(address).max(10).default([]),
  /** EU EORI: country prefix then up to 15 alphanumerics (GB… for the UK, per UK-1). */
  eori: z.union([z.literal(''), z.string().trim().regex(/^[A-Z]{2}[A-Z0-9]{1,15}$/, 'validation.eori')]).default(''),
  vatId: z.union([z.literal(''), z.string().trim().regex(/^[A-Z0-9][A-Z0-9 .\-]{3,19}$/i, 'validation.vatId')]).default(''),
  /** Buyer mark printed as the first line of the carton main mark (LBL-3). */
  buyerMark: optionalText(60).default(''),
  notes: optionalText(2000).default(''),
  status: z.enum(BUYER_STATUSES),
});

export const buyerSchema = buyerFields.superRefine((b, ctx) => {
  if (b.country === 'GB' && b.eori !== '' && !b.eori.startsWith('GB')) {
    ctx.addIssue({ code: 'custom', path: ['eori'], message: 'validation.eoriGb' });
  }
});

export type BuyerFields = z.infer<typeof buyerFields>;
export type Buyer = BuyerFields & z.infer<z.ZodObject<typeof rowMeta>>;
