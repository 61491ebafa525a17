import { describe, expect, it } from 'vitest';
import type { Order, OrderLineFields, PaymentFields } from '../../../shared/domain/order';
import type { Quote } from '../../../shared/domain/quote';
import { actionItems, orderFacts, pipeline, sentVsWon, uuidv7Month, valueByMonth, type DashboardInput } from './model';

// UUIDv7 ids made in March and April 2026 (the first 48 bits are the time in ms).
const march = (n: number) => `019cd50b-180${n}-7000-8000-000000000000`;
const april = (n: number) => `019d74b0-3c0${n}-7000-8000-000000000000`;

const order = (id: string, state: Order['state'], currency = 'USD', leadTimeDays = 10) =>
  ({ id, state, currency, depositAmount: '300.00', leadTimeDays, number: '', deleted: false }) as unknown as Order;
const line = (orderId: string, quantity: number, unitPrice: string) => ({ orderId, quantity, unitPrice }) as OrderLineFields;
const deposit = (orderId: string, day: string) => ({ orderId, kind: 'deposit', amount: '300.00', currency: 'USD', method: 'TT', receivedAt: `${day}T09:00:00Z` }) as PaymentFields;
const quote = (status: Quote['status'], sentAt: string | null, validUntil = '2026-03-31') => ({ status, sentAt, validUntil }) as Quote;

function input(): DashboardInput {
  const orders = [order(march(1), 'awaiting-deposit'), order(march(2), 'in-production'), order(april(3), 'in-production', 'EUR', 30), order(april(4), 'shipped')];
  return {
    today: '2026-03-20', rfqIds: ['a', 'b', 'c'], read: { b: true },
    quotes: [quote('sent', '2026-03-02T00:00:00Z', '2026-03-22'), quote('accepted', '2026-03-05T00:00:00Z'), quote('sent', '2026-04-01T00:00:00Z', '2026-03-24'), quote('draft', null)],
    orders,
    linesByOrder: new Map(orders.map((o) => [o.id, [line(o.id, 1000, '1.00')]])),
    paymentsByOrder: new Map([[march(2), [deposit(march(2), '2026-03-05')]], [april(3), [{ ...deposit(april(3), '2026-03-15'), currency: 'EUR' }]]]),
  };
}

describe('dashboard', () => {
  it('reads the month an order was made from its UUIDv7 id', () => {
    expect(uuidv7Month(march(1))).toBe('2026-03');
    expect(uuidv7Month(april(1))).toBe('2026-04');
  });

  it('lists what needs action today', () => {
    const todo = actionItems(input());
    expect(todo.unreadRfqs).toBe(2);
    expect(todo.expiringQuotes).toHaveLength(1); // valid until the 22nd; the 24th is beyond 3 days
    expect(todo.awaitingDeposit.map((f) => f.order.id)).toEqual([march(1)]);
    expect(todo.late.map((f) => [f.order.id, f.shipBy])).toEqual([[march(2), '2026-03-15']]);
    expect(todo.dueToShip).toHaveLength(0); // the EUR order ships by 2026-04-14, beyond 7 days
  });

  it('counts sent and won per month, sums value per month and currency, and the pipeline per state', () => {
    expect(sentVsWon(input().quotes)).toEqual([{ month: '2026-03', sent: 2, won: 1 }, { month: '2026-04', sent: 1, won: 0 }]);
    expect(valueByMonth(orderFacts(input()))).toEqual({
      months: [{ month: '2026-03', values: { USD: '2000' } }, { month: '2026-04', values: { EUR: '1000', USD: '1000' } }],
      currencies: ['EUR', 'USD'],
    });
    expect(pipeline(input().orders).filter((p) => p.count > 0)).toEqual([
      { state: 'awaiting-deposit', count: 1 }, { state: 'in-production', count: 2 }, { state: 'shipped', count: 1 },
    ]);
  });
});
