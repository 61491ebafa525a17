import { z } from 'zod';
import { cmp } from '../money/decimal';
import {
  countryCode, currencyCode, decimalString, nonEmptyText, optionalText, rowMeta, unitPrice,
} from './common';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export const MAX_PRICE_TIERS = 4;
export const PRODUCT_UNITS = ['pcs', 'set', 'pair', 'box', 'carton', 'kg', 'm', 'roll', 'sheet'] as const;

export const priceTier = z.object({
  minQty: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.minQty'),
  unitPrice,
});
export type PriceTier = z.infer<typeof priceTier>;

/** The fields a user edits; the server adds rowMeta. */
export const productFields = z.object({
  sku: z.string().trim().min(1, 'validation.required').max(64, 'validation.tooLong')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'validation.sku'),
  name: nonEmptyText(200),
  localizedNames: z.object({ 'zh-CN': optionalText(200).optional(), ko: optionalText(200).optional() }).default({}),
  unit: z.enum(PRODUCT_UNITS, { message: 'validation.unit' }),
  moq: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.moq'),
  currency: currencyCode,
  priceTiers: z.array(priceTier).min(1, 'validation.tiersRequired').max(MAX_PRICE_TIERS, 'validation.tiersMax'),
  hsCode: z.string().trim().regex(/^\d{6,10}$/, 'validation.hsCode'),
  originCountry: countryCode,
  leadTimeDays: z.number({ message: 'validation.integer' }).int('validation.integer').min(0, 'validation.leadTime').max(365, 'validation.leadTime'),
  unitsPerCarton: z.number({ message: 'validation.integer' }).int('validation.integer').min(1, 'validation.unitsPerCarton'),
  lengthCm: decimalString(2, 'validation.dimension'),
  widthCm: decimalString(2, 'validation.dimension'),
  heightCm: decimalString(2, 'validation.dimension'),
  grossWeightKg: decimalString(3, 'validation.weight'),
  netWeightKg: decimalString(3, 'validation.weight'),
  containsLithium: z.boolean().default(false),
  lithiumType: z.enum(['ion', 'metal']).nullable().default(null),
  woodPackaging: z.boolean().default(false),
  food: z.boolean().default(false),
  kitchenware: z.boolean().default(false),
  notes: optionalText(2000).default(''),
  // `;` and `|` separate tags in CSV files, so a tag holding one would not import back as itself.
  // The rule is on the list so the form shows it on its one tags field.
  tags: z.array(z.string().trim()).max(20, 'validation.tagsMax')
    .refine((tags) => tags.every((tag) => tag.length >= 1 && tag.length <= 40 && !/[;|]/.test(tag)), 'validation.tag')
    .default([]),
  status: z.enum(PRODUCT_STATUSES),
});

/** Cross-field rules; they apply to the row that results from any edit. */
export const productSchema = productFields.superRefine((p, ctx) => {
  p.priceTiers.forEach((tier, i) => {
    if (i === 0 && tier.minQty !== p.moq) {
      ctx.addIssue({ code: 'custom', path: ['priceTiers', 0, 'minQty'], message: 'validation.firstTierMoq' });
    }
    if (i > 0 && tier.minQty <= p.priceTiers[i - 1].minQty) {
      ctx.addIssue({ code: 'custom', path: ['priceTiers', i, 'minQty'], message: 'validation.tierAscending' });
    }
  });
  if (cmp(p.grossWeightKg, p.netWeightKg) < 0) {
    ctx.addIssue({ code: 'custom', path: ['grossWeightKg'], message: 'validation.grossBelowNet' });
  }
  if (p.lithiumType !== null && !p.containsLithium) {
    ctx.addIssue({ code: 'custom', path: ['lithiumType'], message: 'validation.lithiumTypeWithoutLithium' });
  }
});

export type ProductFields = z.infer<typeof productFields>;
export type Product = ProductFields & z.infer<z.ZodObject<typeof rowMeta>>;

/** HS chapter: the first two digits, used to filter the catalog. */
export function hsChapter(hsCode: string): string {
  return hsCode.slice(0, 2);
}

/** Price of the tier that applies to `quantity` (the highest tier whose minQty ≤ quantity), or null below the MOQ. */
export function tierFor(tiers: readonly PriceTier[], quantity: number): PriceTier | null {
  let found: PriceTier | null = null;
  for (const tier of tiers) if (quantity >= tier.minQty) found = tier;
  return found;
}
