import { describe, expect, it } from 'vitest';
import { fieldErrors } from './common';
import { formatIncotermLine } from './incoterms';
import { tierFor } from './product';
import {
  acceptQuote, priceLine, quoteDisplayStatus, quoteFields, quoteTotals, quoteWarnings, reviseQuote, sendQuote,
  type Quote, type QuoteLine,
} from './quote';

const TIERS = [
  { minQty: 100, unitPrice: '1.20' }, { minQty: 500, unitPrice: '1.10' },
  { minQty: 1000, unitPrice: '0.95' }, { minQty: 5000, unitPrice: '0.80' },
];
const PRODUCT = { moq: 100, currency: 'USD', priceTiers: TIERS };

describe('tier price lookup', () => {
  it.each([
    [99, null], [100, '1.20'], [499, '1.20'], [500, '1.10'], [999, '1.10'],
    [1000, '0.95'], [4999, '0.95'], [5000, '0.80'], [1_000_000, '0.80'],
  ])('quantity %i → %s', (quantity, price) => {
    expect(tierFor(TIERS, quantity)?.unitPrice ?? null).toBe(price);
  });

  it('a line takes the tier price for its quantity', () => {
    expect(priceLine(PRODUCT, 500, 'USD')).toEqual({ unitPrice: '1.10', priceOverridden: false, belowMoq: false });
    expect(priceLine(PRODUCT, 499, 'USD')).toEqual({ unitPrice: '1.20', priceOverridden: false, belowMoq: false });
  });

  it('below the MOQ the first tier is offered with a warning', () => {
    expect(priceLine(PRODUCT, 99, 'USD')).toEqual({ unitPrice: '1.20', priceOverridden: false, belowMoq: true });
  });

  it('an override wins and is marked as such', () => {
    expect(priceLine(PRODUCT, 5000, 'USD', '0.78')).toEqual({ unitPrice: '0.78', priceOverridden: true, belowMoq: false });
  });

  it('a catalog price in another currency is not converted silently: the price must be entered', () => {
    expect(priceLine(PRODUCT, 500, 'EUR').unitPrice).toBeNull();
  });
});

describe('decimal totals', () => {
  it.each([
    ['USD', [[3, '0.035']], ['0.11'], '0.11'],
    ['JPY', [[3, '0.035']], ['0'], '0'],
    ['USD', [[1_000_000, '12.3456']], ['12345600.00'], '12345600.00'],
    ['JPY', [[1_000_000, '12.3456']], ['12345600'], '12345600'],
    ['KRW', [[1_000_000, '12.3456']], ['12345600'], '12345600'],
    ['KRW', [[3, '1000.5']], ['3002'], '3002'],
    ['USD', [[1, '1.005']], ['1.01'], '1.01'],
    ['BHD', [[3, '0.0355']], ['0.107'], '0.107'],
    // The total is the sum of the rounded lines, so the printed lines add up.
    ['USD', [[3, '0.035'], [3, '0.035'], [7, '0.333333']], ['0.11', '0.11', '2.33'], '2.55'],
  ] as const)('%s %j', (currency, lines, lineTotals, total) => {
    const result = quoteTotals(lines.map(([quantity, unitPrice]) => ({ quantity, unitPrice })), currency);
    expect(result).toEqual({ lines: lineTotals, total });
  });

  it('an empty quotation totals zero in the currency format', () => {
    expect(quoteTotals([], 'USD')).toEqual({ lines: [], total: '0.00' });
  });
});

describe('incoterm line and warnings', () => {
  it('prints term, named place and edition', () => {
    expect(formatIncotermLine('FOB', 'Ningbo')).toBe('FOB Ningbo Incoterms® 2020');
  });

  it.each([
    ['FOB', 'air', ['INC-8']],
    ['CIF', 'express', ['INC-8']],
    ['FOB', 'sea-fcl', ['INC-2']],
    ['CFR', 'sea-lcl', ['INC-2']],
    ['EXW', 'road', ['INC-5']],
    ['EXW', null, ['INC-5']],
    ['FOB', null, []],
    ['FCA', 'air', []],
    ['CIP', 'sea-fcl', []],
  ] as const)('%s by %s warns %j', (incoterm, mode, facts) => {
    expect(quoteWarnings({ incoterm, mode }, []).map((w) => w.factId)).toEqual(facts);
  });

  it('warns on a line below the MOQ', () => {
    expect(quoteWarnings({ incoterm: 'FCA', mode: 'air' }, [{ quantity: 100, moq: 100 }, { quantity: 50, moq: 100 }]))
      .toEqual([{ path: 'lines.1.quantity', key: 'validation.belowMoq' }]);
  });
});

const ID = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const meta = { rev: 3, updatedAt: '2026-11-01T00:00:00Z', updatedBy: 'u1', deleted: false };
const quote = (more: Partial<Quote> = {}): Quote => ({
  ...quoteFields.parse({
    buyerId: ID(1), status: 'draft', currency: 'USD', incoterm: 'FOB', namedPlace: 'Ningbo',
    validUntil: '2026-12-31', leadTimeDays: 30, number: 'Q-2026-000123',
  }),
  id: ID(10), ...meta, ...more,
});
const line = (n: number, more: Partial<QuoteLine> = {}): QuoteLine => ({
  id: ID(100 + n), quoteId: ID(10), productId: ID(200 + n), position: n, sku: `SKU-${n}`, description: 'Power bank 10000 mAh',
  unit: 'pcs', moq: 100, quantity: 500, unitPrice: '1.10', priceOverridden: false, ...meta, ...more,
});

describe('quote schema', () => {
  it('requires the named place and a known incoterm', () => {
    const result = quoteFields.safeParse({ ...quote(), namedPlace: ' ', incoterm: 'FOX', validUntil: '31/12/2026' });
    expect(result.success || fieldErrors(result.error)).toEqual({
      namedPlace: 'validation.required', incoterm: 'validation.choice', validUntil: 'validation.date',
    });
  });
});

describe('quote lifecycle', () => {
  it('send freezes a draft with lines', () => {
    expect(sendQuote(quote(), 2, '2026-11-28T09:00:00Z')).toEqual({ ok: true, value: { status: 'sent', sentAt: '2026-11-28T09:00:00Z' } });
  });

  it.each([
    ['a sent quotation', quote({ status: 'sent' }), 1, 'validation.quoteNotDraft'],
    ['no lines', quote(), 0, 'validation.quoteNoLines'],
    ['validity already past', quote({ validUntil: '2026-11-27' }), 1, 'validation.quoteValidityPast'],
  ] as const)('send refuses %s', (_name, q, lines, reason) => {
    expect(sendQuote(q, lines, '2026-11-28T09:00:00Z')).toEqual({ ok: false, code: 'forbidden_transition', reason });
  });

  it('revise makes version 2 as a draft with copied lines, superseding version 1', () => {
    let n = 500;
    const result = reviseQuote(quote({ status: 'sent', sentAt: '2026-11-02T00:00:00Z' }), [line(1), line(2), line(3, { deleted: true })], () => ID(n++));
    if (!result.ok) throw new Error(result.reason);
    const { previous, next, lines } = result.value;
    expect(previous).toEqual({ status: 'superseded' });
    expect(next).toMatchObject({ id: ID(500), version: 2, previousVersionId: ID(10), status: 'draft', sentAt: null, number: 'Q-2026-000123' });
    expect(next).not.toHaveProperty('rev');
    expect(lines.map((l) => [l.id, l.quoteId, l.sku])).toEqual([[ID(501), ID(500), 'SKU-1'], [ID(502), ID(500), 'SKU-2']]);
  });

  it('revise refuses a draft and a closed quotation', () => {
    expect(reviseQuote(quote(), [], () => ID(9))).toMatchObject({ ok: false, reason: 'validation.quoteNotSent' });
    expect(reviseQuote(quote({ status: 'accepted' }), [], () => ID(9))).toMatchObject({ ok: false, reason: 'validation.quoteClosed' });
  });

  it('a sent quotation expires after its validity date', () => {
    const sent = quote({ status: 'sent', validUntil: '2026-12-31' });
    expect(quoteDisplayStatus(sent, '2026-12-31')).toBe('sent');
    expect(quoteDisplayStatus(sent, '2027-01-01')).toBe('expired');
    expect(quoteDisplayStatus(quote({ validUntil: '2026-01-01' }), '2027-01-01')).toBe('draft');
    expect(acceptQuote(sent, '2026-12-31')).toEqual({ ok: true, value: { status: 'accepted' } });
    expect(acceptQuote(sent, '2027-01-01')).toMatchObject({ ok: false, reason: 'validation.quoteExpired' });
  });
});
