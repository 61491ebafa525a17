// Quotations: schemas of the `quotes` and `quoteLines` rows, tier pricing, decimal totals,
// and the pure checks behind the `quote.send` / `quote.revise` / `quote.accept` commands
// (the server re-runs them against its current state).
import { z } from 'zod';
import { add, mul, roundMoney } from '../money/decimal';
import { currencyCode, isoDate, isoDateTime, nonEmptyText, optionalText, rowMeta, unitPrice, uuid } from './common';
import { incoterm, incotermAdvice, transportMode, type IncotermAdvice } from './incoterms';
import { PRODUCT_UNITS, tierFor, type PriceTier } from './product';

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

const wholeNumber = z.number({ message: 'validation.integer' }).int('validation.integer');
export const leadTimeDays = wholeNumber.min(0, 'validation.leadTime').max(365, 'validation.leadTime');

export const quoteFields = z.object({
  /** Business number ("Q-2026-000123"), assigned by the server at first apply; '' until then. */
  number: z.string().default(''),
  buyerId: uuid,
  rfqId: uuid.nullable().default(null),
  /** 1 for the first quotation; `quote.revise` makes version n + 1 pointing at version n. */
  version: wholeNumber.min(1, 'validation.integer').default(1),
  previousVersionId: uuid.nullable().default(null),
  status: z.enum(QUOTE_STATUSES),
  currency: currencyCode,
  incoterm,
  namedPlace: nonEmptyText(120),
  validUntil: isoDate,
  paymentTerms: optionalText(200).default(''),
  sampleTerms: optionalText(200).default(''),
  leadTimeDays,
  portOfLoading: optionalText(120).default(''),
  mode: transportMode.nullable().default(null),
  notes: optionalText(2000).default(''),
  sentAt: isoDateTime.nullable().default(null),
});
export type QuoteFields = z.infer<typeof quoteFields>;
export type Quote = QuoteFields & z.infer<z.ZodObject<typeof rowMeta>>;

export const quoteLineFields = z.object({
  quoteId: uuid,
  productId: uuid,
  position: wholeNumber.min(0, 'validation.integer'),
  /** Snapshots of the product when the line was priced: a quotation never changes under the buyer. */
  sku: nonEmptyText(64),
  description: nonEmptyText(500),
  unit: z.enum(PRODUCT_UNITS, { message: 'validation.unit' }),
  moq: wholeNumber.min(1, 'validation.moq'),
  quantity: wholeNumber.min(1, 'validation.quantity'),
  unitPrice,
  /** The unit price was typed in rather than taken from the product's price tier. */
  priceOverridden: z.boolean().default(false),
});
export type QuoteLineFields = z.infer<typeof quoteLineFields>;
export type QuoteLine = QuoteLineFields & z.infer<z.ZodObject<typeof rowMeta>>;

// --- pricing ---

export type PricedProduct = { moq: number; currency: string; priceTiers: readonly PriceTier[] };

export type LinePrice = {
  /** The tier price, the override, or null when neither applies (catalog price in another currency). */
  unitPrice: string | null;
  priceOverridden: boolean;
  /** Below the MOQ the first tier's price is offered and the line warns. */
  belowMoq: boolean;
};

/** The unit price a line gets: the override if given, else the tier for the quantity (tierFor). */
export function priceLine(product: PricedProduct, quantity: number, currency: string, override?: string): LinePrice {
  const belowMoq = quantity < product.moq;
  if (override !== undefined) return { unitPrice: override, priceOverridden: true, belowMoq };
  if (product.currency !== currency) return { unitPrice: null, priceOverridden: false, belowMoq };
  const tier = tierFor(product.priceTiers, quantity) ?? product.priceTiers[0];
  return { unitPrice: tier.unitPrice, priceOverridden: false, belowMoq };
}

export type Totals = { lines: string[]; total: string };

/**
 * Decimal totals in the currency's minor unit (JPY/KRW 0 places, USD 2): each line is
 * quantity × unit price rounded half-up, and the total is the sum of the rounded lines, so
 * the printed lines always add up to the printed total. Orders use the same function.
 */
export function documentTotals(lines: readonly { quantity: number; unitPrice: string }[], currency: string): Totals {
  const amounts = lines.map((line) => roundMoney(mul(line.quantity, line.unitPrice), currency));
  return { lines: amounts, total: roundMoney(add(...amounts), currency) };
}
export const quoteTotals = documentTotals;

// --- warnings ---

export type QuoteWarning = { path: string; key: string; factId?: IncotermAdvice['factId'] };

/** Term/mode advice (INC-2, INC-5, INC-8) and below-MOQ lines. Warnings never stop a save. */
export function quoteWarnings(
  quote: Pick<QuoteFields, 'incoterm' | 'mode'>,
  lines: readonly Pick<QuoteLineFields, 'quantity' | 'moq'>[],
): QuoteWarning[] {
  const warnings: QuoteWarning[] = incotermAdvice(quote.incoterm, quote.mode)
    .map((advice) => ({ path: advice.factId === 'INC-5' ? 'incoterm' : 'mode', key: advice.key, factId: advice.factId }));
  lines.forEach((line, i) => {
    if (line.quantity < line.moq) warnings.push({ path: `lines.${i}.quantity`, key: 'validation.belowMoq' });
  });
  return warnings;
}

// --- lifecycle ---

/** A command refused because the row's state does not allow it (`forbidden_transition`). */
export type Refusal = { ok: false; code: 'forbidden_transition'; reason: string };
export type Outcome<T> = { ok: true; value: T } | Refusal;
export const refuse = (reason: string): Refusal => ({ ok: false, code: 'forbidden_transition', reason });

/** Only drafts are edited; `quote.send` freezes a quotation. */
export const isQuoteEditable = (quote: Pick<QuoteFields, 'status'>) => quote.status === 'draft';

/** A sent quotation whose validity date (inclusive) has passed. */
export const isQuoteExpired = (quote: Pick<QuoteFields, 'status' | 'validUntil'>, today: string) =>
  quote.status === 'sent' && quote.validUntil < today;

/** The status to show: stored status, or "expired" for a sent quotation past its validity. */
export function quoteDisplayStatus(quote: Pick<QuoteFields, 'status' | 'validUntil'>, today: string): QuoteStatus | 'expired' {
  return isQuoteExpired(quote, today) ? 'expired' : quote.status;
}

/** `quote.send`: a draft with lines and a validity date not yet passed becomes "sent" (frozen). */
export function sendQuote(
  quote: Pick<QuoteFields, 'status' | 'validUntil'>, lineCount: number, now: string,
): Outcome<Pick<QuoteFields, 'status' | 'sentAt'>> {
  if (quote.status !== 'draft') return refuse('validation.quoteNotDraft');
  if (lineCount === 0) return refuse('validation.quoteNoLines');
  if (quote.validUntil < now.slice(0, 10)) return refuse('validation.quoteValidityPast');
  return { ok: true, value: { status: 'sent', sentAt: now } };
}

/**
 * `quote.revise`: a sent (possibly expired) quotation is superseded by a new draft, version
 * n + 1, with copies of its lines. It keeps the business number; the version tells them apart.
 */
export function reviseQuote(
  quote: Quote, lines: readonly QuoteLine[], newId: () => string,
): Outcome<{ previous: Pick<QuoteFields, 'status'>; next: QuoteFields & { id: string }; lines: (QuoteLineFields & { id: string })[] }> {
  if (quote.status !== 'sent') return refuse(quote.status === 'draft' ? 'validation.quoteNotSent' : 'validation.quoteClosed');
  const id = newId();
  const { rev: _rev, updatedAt: _at, updatedBy: _by, deleted: _deleted, ...fields } = quote;
  const next = { ...fields, id, version: quote.version + 1, previousVersionId: quote.id, status: 'draft' as const, sentAt: null };
  const copies = lines.filter((l) => !l.deleted).map(({ rev: _r, updatedAt: _u, updatedBy: _b, deleted: _d, ...line }) => ({ ...line, id: newId(), quoteId: id }));
  return { ok: true, value: { previous: { status: 'superseded' }, next, lines: copies } };
}

/** `quote.accept`: only a sent quotation still within its validity. */
export function acceptQuote(quote: Pick<QuoteFields, 'status' | 'validUntil'>, today: string): Outcome<Pick<QuoteFields, 'status'>> {
  if (quote.status !== 'sent') return refuse(quote.status === 'draft' ? 'validation.quoteNotSent' : 'validation.quoteClosed');
  if (isQuoteExpired(quote, today)) return refuse('validation.quoteExpired');
  return { ok: true, value: { status: 'accepted' } };
}
