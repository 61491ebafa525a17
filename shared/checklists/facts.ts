// The facts of one shipment the checklist rules look at. Dates are ISO calendar dates
// ("2026-12-10") compared as strings and shifted in UTC, so no time zone moves them.
import { z } from 'zod';
import { countryCode, isoDate } from '../domain/common';
import { incoterm, transportMode } from '../domain/incoterms';
import { productFields } from '../domain/product';

/** A calendar date that exists (rejects 2026-02-30 as well as 2026-2-3). */
export const calendarDate = isoDate.refine((value) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, { message: 'validation.date' });

export const SELLER_ROLES = ['manufacturer', 'trader'] as const;

export const goodsFacts = z.strictObject({
  // Same field rules as the catalog's products, so a product's flags become facts unchanged.
  hsCode: productFields.shape.hsCode.optional(),
  containsLithium: productFields.shape.containsLithium,
  lithiumType: z.enum(['ion', 'metal'], { message: 'validation.choice' }).optional(),
  /** Batteries packed with or inside equipment (UN3481/UN3091) rather than alone. */
  packedWithEquipment: z.boolean().default(false),
  woodPackaging: productFields.shape.woodPackaging,
  food: productFields.shape.food,
  kitchenware: productFields.shape.kitchenware,
}, { message: 'validation.unknownField' }).refine((g) => g.lithiumType === undefined || g.containsLithium, {
  path: ['lithiumType'], message: 'validation.lithiumTypeWithoutLithium',
});

export const shipmentFacts = z.strictObject({
  incoterm,
  mode: transportMode,
  originCountry: countryCode,
  destinationCountry: countryCode,
  plannedDeparture: calendarDate,
  namedPlace: z.string().trim().max(200, 'validation.tooLong').optional(),
  sellerRole: z.enum(SELLER_ROLES, { message: 'validation.choice' }).optional(),
  /** The FTA under which the buyer claims preferential duty, e.g. "RCEP"; null: none. */
  preferentialOrigin: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong').nullable().default(null),
  exportDeclarationAcceptedAt: calendarDate.nullable().default(null),
  goods: z.array(goodsFacts).default([]),
}, { message: 'validation.unknownField' }).refine((f) => f.originCountry !== f.destinationCountry, {
  path: ['destinationCountry'], message: 'validation.sameCountry',
});

export type ShipmentFacts = z.infer<typeof shipmentFacts>;
export type ShipmentFactsInput = z.input<typeof shipmentFacts>;
export type GoodsFacts = z.infer<typeof goodsFacts>;

export type FactsProblem = { field: string; message: string; detail: string };

/** Parse untrusted facts; every problem names its field (`goods.0.hsCode`) and what was there. */
export function parseFacts(input: unknown):
  { ok: true; facts: ShipmentFacts } | { ok: false; problems: FactsProblem[] } {
  const result = shipmentFacts.safeParse(input);
  if (result.success) return { ok: true, facts: result.data };
  const problems = result.error.issues.flatMap((issue): FactsProblem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: field ? `${field}.${key}` : key, message: 'validation.unknownField', detail: 'unknown field' }));
    }
    const value = valueAt(input, issue.path);
    const message = issue.code !== 'invalid_type' ? issue.message
      : value === undefined ? 'validation.required' : 'validation.type';
    const got = value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
    const allowed = issue.code === 'invalid_value' ? `; expected one of ${issue.values.join(', ')}` : '';
    return [{ field: field || '(facts)', message, detail: got + allowed }];
  });
  return { ok: false, problems };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// --- ISO calendar-date arithmetic (UTC, whole days) ---

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
