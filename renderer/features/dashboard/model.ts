// What the dashboard shows, computed from rows (pure, tested): today's to-do counts and the
// series behind the charts. Money stays in decimal strings; only chart bar heights become numbers.
import { add } from '../../../shared/money/decimal';
import { depositDate, isLate, ORDER_STATES, shipByDate, type Order, type OrderLineFields, type OrderState, type PaymentFields } from '../../../shared/domain/order';
import { documentTotals, type Quote } from '../../../shared/domain/quote';
import { addDaysIso } from '../quotes/model';

export type DashboardInput = {
  today: string;
  rfqIds: readonly string[];
  read: Record<string, true>;
  quotes: readonly Quote[];
  orders: readonly Order[];
  linesByOrder: ReadonlyMap<string, readonly OrderLineFields[]>;
  paymentsByOrder: ReadonlyMap<string, readonly PaymentFields[]>;
};

export type OrderFacts = { order: Order; total: string; shipBy: string | null; late: boolean };

/** The creation time a UUIDv7 carries in its first 48 bits (orders have no created-at field). */
export function uuidv7Month(id: string): string {
  const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
  return new Date(ms).toISOString().slice(0, 7);
}

export function orderFacts(input: DashboardInput): OrderFacts[] {
  return input.orders.map((order) => {
    const lines = input.linesByOrder.get(order.id) ?? [];
    const payments = (input.paymentsByOrder.get(order.id) ?? []).filter((p) => p.currency === order.currency);
    const shipBy = shipByDate(depositDate(order, payments), order.leadTimeDays);
    return { order, total: documentTotals(lines, order.currency).total, shipBy, late: isLate(order, shipBy, input.today) };
  });
}

export function actionItems(input: DashboardInput) {
  const facts = orderFacts(input);
  const soon = addDaysIso(input.today, 3);
  const week = addDaysIso(input.today, 7);
  return {
    unreadRfqs: input.rfqIds.filter((id) => !input.read[id]).length,
    expiringQuotes: input.quotes.filter((q) => q.status === 'sent' && q.validUntil >= input.today && q.validUntil <= soon),
    awaitingDeposit: facts.filter((f) => f.order.state === 'awaiting-deposit'),
    dueToShip: facts.filter((f) => !f.late && f.shipBy !== null && ['in-production', 'ready-to-ship'].includes(f.order.state) && f.shipBy >= input.today && f.shipBy <= week),
    late: facts.filter((f) => f.late),
  };
}

/** Quotations sent and won (accepted) per month of sending; a revision counts as its own send. */
export function sentVsWon(quotes: readonly Quote[]): { month: string; sent: number; won: number }[] {
  const months = new Map<string, { sent: number; won: number }>();
  for (const q of quotes) {
    if (!q.sentAt) continue;
    const month = q.sentAt.slice(0, 7);
    const m = months.get(month) ?? { sent: 0, won: 0 };
    m.sent++;
    if (q.status === 'accepted') m.won++;
    months.set(month, m);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m }));
}

/** Order value per month, one decimal sum per currency (never converted between currencies). */
export function valueByMonth(facts: readonly OrderFacts[]): { months: { month: string; values: Record<string, string> }[]; currencies: string[] } {
  const months = new Map<string, Record<string, string>>();
  const currencies = new Set<string>();
  for (const f of facts) {
    if (f.order.state === 'cancelled') continue;
    const month = uuidv7Month(f.order.id);
    const values = months.get(month) ?? {};
    values[f.order.currency] = add(values[f.order.currency] ?? '0', f.total);
    currencies.add(f.order.currency);
    months.set(month, values);
  }
  return { months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, values]) => ({ month, values })), currencies: [...currencies].sort() };
}

export function pipeline(orders: readonly Order[]): { state: OrderState; count: number }[] {
  return ORDER_STATES.map((state) => ({ state, count: orders.filter((o) => o.state === state).length }));
}
