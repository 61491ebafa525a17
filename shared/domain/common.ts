// Field schemas shared by every entity. Messages are i18n keys (see renderer/i18n);
// the UI translates them, the server passes them through in `fields`.
import { z } from 'zod';
import { decimalPlaces, DECIMAL_PATTERN, isPositive } from '../money/decimal';

export const ENTITY_NAMES = [
  'products', 'buyers', 'rfqs', 'quotes', 'quoteLines', 'orders', 'orderLines',
  'payments', 'shipments', 'parcels', 'checklistItems', 'conflicts',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** Rows the platform writes; a client mutation on them is rejected (`read_only_entity`). */
export const PLATFORM_OWNED: readonly EntityName[] = ['rfqs', 'payments', 'conflicts'];

export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'validation.uuid');
export const isoDateTime = z.string().datetime({ offset: true, message: 'validation.dateTime' });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'validation.country');
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'validation.currency');

/** Server-maintained columns every synced row carries. */
export const rowMeta = {
  id: uuid,
  rev: z.number().int().min(0),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deleted: z.boolean(),
};
export const ROW_META_FIELDS = ['id', 'rev', 'updatedAt', 'updatedBy', 'deleted'] as const;
export type RowMeta = { id: string; rev: number; updatedAt: string; updatedBy: string; deleted: boolean };

/** Non-negative decimal string with at most `places` fractional digits. */
export function decimalString(places: number, key = 'validation.decimal') {
  return z.string().trim()
    .regex(DECIMAL_PATTERN, key)
    .refine((v) => decimalPlaces(v) <= places, { message: `${key}Places` });
}

/** Positive money amount (unit price): > 0, at most 6 decimal places. */
export const unitPrice = z.string().trim()
  .regex(DECIMAL_PATTERN, 'validation.price')
  .refine((v) => decimalPlaces(v) <= 6, { message: 'validation.pricePlaces' })
  .refine((v) => !DECIMAL_PATTERN.test(v) || isPositive(v), { message: 'validation.pricePositive' });

export const nonEmptyText = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong');

export type FieldErrors = Record<string, string>;

/** Flatten zod issues to `{ "priceTiers.1.minQty": "validation.tierAscending" }` (first issue per path). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    out[path] ??= issue.message;
  }
  return out;
}
