import { describe, expect, it } from 'vitest';
import { fieldErrors } from './common';
import {
  canTransition, CurrencyMismatchError, depositDate, isLate, ORDER_STATES, paymentFields, paymentSummary, shipByDate,
  type OrderState, type PaymentFields,
} from './order';

// Expected outcome of every edge, written out by hand. Columns in ORDER_STATES order:
// awaiting-deposit, in-production, ready-to-ship, shipped, delivered, completed, cancelled, disputed.
const MATRIX: Record<OrderState, string[]> = {
  'awaiting-deposit': ['Same', 'ok', 'Skips', 'Skips', 'Skips', 'Skips', 'ok', 'DisputeNoDeposit'],
  'in-production': ['Backwards', 'Same', 'ok', 'Skips', 'Skips', 'Skips', 'ok', 'ok'],
  'ready-to-ship': ['Backwards', 'ok', 'Same', 'ok', 'Skips', 'Skips', 'ok', 'ok'],
  shipped: ['Backwards', 'Backwards', 'Backwards', 'Same', 'ok', 'Skips', 'CancelShipped', 'ok'],
  delivered: ['Backwards', 'Backwards', 'Backwards', 'Backwards', 'Same', 'ok', 'CancelShipped', 'ok'],
  completed: ['Closed', 'Closed', 'Closed', 'Closed', 'Closed', 'Same', 'Closed', 'Closed'],
  cancelled: ['Closed', 'Closed', 'Closed', 'Closed', 'Closed', 'Closed', 'Same', 'Closed'],
  disputed: ['DisputeOpen', 'DisputeOpen', 'DisputeOpen', 'DisputeOpen', 'DisputeOpen', 'ok', 'ok', 'Same'],
};
const READY = { depositReceived: true, openBlockers: 0 };

describe('order state graph', () => {
  const edges = ORDER_STATES.flatMap((from) => ORDER_STATES.map((to, i) => [from, to, MATRIX[from][i]] as const));

  it.each(edges)('%s → %s: %s', (from, to, expected) => {
    const outcome = canTransition(from, to, READY);
    if (expected === 'ok') expect(outcome).toEqual({ ok: true, value: { state: to } });
    else expect(outcome).toEqual({ ok: false, code: 'forbidden_transition', reason: `validation.transition${expected}` });
  });

  it('production waits for the deposit', () => {
    expect(canTransition('awaiting-deposit', 'in-production', { ...READY, depositReceived: false }))
      .toEqual({ ok: false, code: 'forbidden_transition', reason: 'validation.transitionDepositMissing' });
  });

  it('shipping waits for every open block item of the checklist', () => {
    expect(canTransition('ready-to-ship', 'shipped', { ...READY, openBlockers: 2 }))
      .toEqual({ ok: false, code: 'forbidden_transition', reason: 'validation.transitionChecklistOpen' });
    expect(canTransition('ready-to-ship', 'cancelled', { ...READY, openBlockers: 2 }).ok).toBe(true);
  });
});

const ORDER_ID = '00000000-0000-7000-8000-000000000001';
const pay = (kind: 'deposit' | 'balance', amount: string, receivedAt: string, currency = 'USD'): PaymentFields =>
  ({ orderId: ORDER_ID, kind, amount, currency, method: 'TT', receivedAt });
const order = { currency: 'USD', depositAmount: '300.00', state: 'in-production' as OrderState };
const LINES = [{ quantity: 1000, unitPrice: '0.95' }]; // 950.00

describe('deposit, ship-by date and lateness', () => {
  it('counts the lead time from the payment that completed the deposit', () => {
    const payments = [pay('deposit', '200', '2026-11-20T10:00:00+08:00'), pay('deposit', '100', '2026-11-25T16:00:00-05:00')];
    expect(depositDate(order, payments.slice(0, 1))).toBeNull();
    expect(depositDate(order, payments)).toBe('2026-11-25');
    expect(depositDate(order, [...payments].reverse())).toBe('2026-11-25');
    expect(shipByDate('2026-11-25', 45)).toBe('2027-01-09');
    expect(shipByDate(null, 45)).toBeNull();
  });

  it('a balance payment does not count towards the deposit', () => {
    expect(depositDate(order, [pay('balance', '950', '2026-11-20T00:00:00Z')])).toBeNull();
  });

  it('an order is late once today passes the ship-by date before it shipped', () => {
    expect(isLate(order, '2027-01-09', '2027-01-09')).toBe(false);
    expect(isLate(order, '2027-01-09', '2027-01-10')).toBe(true);
    expect(isLate({ state: 'ready-to-ship' }, '2027-01-09', '2027-01-10')).toBe(true);
    expect(isLate({ state: 'shipped' }, '2027-01-09', '2027-01-10')).toBe(false);
    expect(isLate(order, null, '2027-01-10')).toBe(false);
  });
});

describe('paid and outstanding', () => {
  it('sums payments in decimal against the order total', () => {
    expect(paymentSummary(order, LINES, [pay('deposit', '285.1', '2026-11-20T00:00:00Z'), pay('deposit', '14.9', '2026-11-21T00:00:00Z')])).toEqual({
      total: '950.00', paid: '300.00', outstanding: '650.00', overpaid: '0.00', depositPaid: '300.00', depositReceived: true,
    });
  });

  it('shows an overpayment instead of a negative balance', () => {
    const summary = paymentSummary(order, LINES, [pay('deposit', '300', '2026-11-20T00:00:00Z'), pay('balance', '700', '2026-12-20T00:00:00Z')]);
    expect(summary).toMatchObject({ paid: '1000.00', outstanding: '0.00', overpaid: '50.00' });
  });

  it('works in whole yen', () => {
    const yen = { currency: 'JPY', depositAmount: '30000' };
    expect(paymentSummary(yen, [{ quantity: 3, unitPrice: '33333.5' }], [pay('deposit', '30000', '2026-11-20T00:00:00Z', 'JPY')]))
      .toMatchObject({ total: '100001', paid: '30000', outstanding: '70001', depositReceived: true });
  });

  it('refuses a payment in another currency rather than adding it up', () => {
    expect(() => paymentSummary(order, LINES, [pay('deposit', '300', '2026-11-20T00:00:00Z', 'EUR')])).toThrow(CurrencyMismatchError);
  });

  it('rejects a zero or malformed payment amount', () => {
    const bad = (amount: string) => {
      const r = paymentFields.safeParse(pay('deposit', amount, '2026-11-20T00:00:00Z'));
      return r.success ? null : fieldErrors(r.error).amount;
    };
    expect(bad('0')).toBe('validation.amountPositive');
    expect(bad('1.2.3')).toBe('validation.decimal');
    expect(bad('10.5')).toBeNull();
  });
});
