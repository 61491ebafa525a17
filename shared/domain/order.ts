// Orders: schemas of the `orders`, `orderLines` and `payments` rows, the state graph behind
// `order.transition` (refusals carry a reason key), the ship-by date and the payment summary.
import { z } from 'zod';
import { add, cmp, dec, DECIMAL_PATTERN, roundMoney } from '../money/decimal';
import { addDays } from '../checklists/facts';
import { countryCode, currencyCode, decimalString, isoDate, isoDateTime, nonEmptyText, optionalText, rowMeta, unitPrice, uuid } from './common';
import { incoterm, transportMode } from './incoterms';
import { PRODUCT_UNITS, productFields } from './product';
import { documentTotals, leadTimeDays, refuse, type Outcome, type Refusal } from './quote';

export const ORDER_STATES = [
  'awaiting-deposit', 'in-production', 'ready-to-ship', 'shipped', 'delivered', 'completed', 'cancelled', 'disputed',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

const wholeNumber = z.number({ message: 'validation.integer' }).int('validation.integer');

export const orderFields = z.object({
  /** Business number ("SO-2026-000045"), assigned by the server at first apply; '' until then. */
  number: z.string().default(''),
  buyerId: uuid,
  quoteId: uuid.nullable().default(null),
  /** Changes only through `order.transition`. */
  state: z.enum(ORDER_STATES),
  currency: currencyCode,
  incoterm,
  namedPlace: nonEmptyText(120),
  mode: transportMode.nullable().default(null),
  destinationCountry: countryCode,
  paymentTerms: optionalText(200).default(''),
  portOfLoading: optionalText(120).default(''),
  leadTimeDays,
  /** Deposit due before production starts; "0" when the terms ask for none. */
  depositAmount: decimalString(3),
  plannedDeparture: isoDate.nullable().default(null),
  notes: optionalText(2000).default(''),
});
export type OrderFields = z.infer<typeof orderFields>;
export type Order = OrderFields & z.infer<z.ZodObject<typeof rowMeta>>;

export const orderLineFields = z.object({
  orderId: uuid,
  productId: uuid,
  position: wholeNumber.min(0, 'validation.integer'),
  sku: nonEmptyText(64),
  description: nonEmptyText(500),
  unit: z.enum(PRODUCT_UNITS, { message: 'validation.unit' }),
  hsCode: productFields.shape.hsCode,
  quantity: wholeNumber.min(1, 'validation.quantity'),
  unitPrice,
});
export type OrderLineFields = z.infer<typeof orderLineFields>;

export const PAYMENT_KINDS = ['deposit', 'balance'] as const;
export const PAYMENT_METHODS = ['TT', 'LC', 'CARD', 'ESCROW'] as const;

/** Platform-owned: the platform writes payments; the client only reads them. */
export const paymentFields = z.object({
  orderId: uuid,
  kind: z.enum(PAYMENT_KINDS, { message: 'validation.choice' }),
  amount: decimalString(3).refine((v) => !DECIMAL_PATTERN.test(v) || dec(v).greaterThan(0), { message: 'validation.amountPositive' }),
  currency: currencyCode,
  method: z.enum(PAYMENT_METHODS, { message: 'validation.choice' }),
  receivedAt: isoDateTime,
});
export type PaymentFields = z.infer<typeof paymentFields>;

// --- the state graph ---

/** Allowed moves. Everything else is refused with a reason (see transitionRefusal). */
export const ORDER_TRANSITIONS: Readonly<Record<OrderState, readonly OrderState[]>> = {
  'awaiting-deposit': ['in-production', 'cancelled'],
  'in-production': ['ready-to-ship', 'cancelled', 'disputed'],
  // Back to production when the pre-shipment inspection fails.
  'ready-to-ship': ['shipped', 'in-production', 'cancelled', 'disputed'],
  shipped: ['delivered', 'disputed'],
  delivered: ['completed', 'disputed'],
  // A dispute ends settled (completed) or refunded (cancelled).
  disputed: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The happy path, used to tell a skipped step from a step back. */
const FLOW: readonly OrderState[] = ['awaiting-deposit', 'in-production', 'ready-to-ship', 'shipped', 'delivered', 'completed'];

/** Why the graph forbids `from` → `to`, or null when it allows it. */
export function transitionRefusal(from: OrderState, to: OrderState): Refusal | null {
  if (ORDER_TRANSITIONS[from].includes(to)) return null;
  if (from === to) return refuse('validation.transitionSame');
  if (from === 'completed' || from === 'cancelled') return refuse('validation.transitionClosed');
  if (from === 'disputed') return refuse('validation.transitionDisputeOpen');
  if (to === 'cancelled') return refuse('validation.transitionCancelShipped');
  if (to === 'disputed') return refuse('validation.transitionDisputeNoDeposit');
  return refuse(FLOW.indexOf(to) < FLOW.indexOf(from) ? 'validation.transitionBackwards' : 'validation.transitionSkips');
}

export type TransitionGuards = {
  /** The deposit is in (see paymentSummary). Production starts only then. */
  depositReceived: boolean;
  /** Open `block` checklist items (openBlockers in shared/checklists). Shipping waits for none. */
  openBlockers: number;
};

/** `order.transition {to}`: the graph, then the guards of the target state. */
export function canTransition(from: OrderState, to: OrderState, guards: TransitionGuards): Outcome<{ state: OrderState }> {
  const refusal = transitionRefusal(from, to);
  if (refusal) return refusal;
  if (to === 'in-production' && from === 'awaiting-deposit' && !guards.depositReceived) return refuse('validation.transitionDepositMissing');
  if (to === 'shipped' && guards.openBlockers > 0) return refuse('validation.transitionChecklistOpen');
  return { ok: true, value: { state: to } };
}

// --- payments and dates ---

export class CurrencyMismatchError extends Error {
  constructor(readonly expected: string, readonly found: string) {
    super(`payment in ${found} on an order in ${expected}: convert it before it is counted`);
    this.name = 'CurrencyMismatchError';
  }
}

const byTime = (a: PaymentFields, b: PaymentFields) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt);

function checkCurrency(order: Pick<OrderFields, 'currency'>, payments: readonly PaymentFields[]) {
  for (const p of payments) if (p.currency !== order.currency) throw new CurrencyMismatchError(order.currency, p.currency);
}

/**
 * The day the deposit was complete: the date (as written in `receivedAt`, the payer's local
 * day) of the deposit payment that brought the deposits up to `depositAmount`; null while
 * short, and null when no deposit is due (nothing to count the lead time from).
 */
export function depositDate(order: Pick<OrderFields, 'currency' | 'depositAmount'>, payments: readonly PaymentFields[]): string | null {
  checkCurrency(order, payments);
  if (!dec(order.depositAmount).greaterThan(0)) return null;
  let sum = '0';
  for (const p of payments.filter((x) => x.kind === 'deposit').sort(byTime)) {
    sum = add(sum, p.amount);
    if (cmp(sum, order.depositAmount) >= 0) return p.receivedAt.slice(0, 10);
  }
  return null;
}

/** Ship-by date: the deposit date plus the lead time in calendar days. */
export function shipByDate(depositOn: string | null, leadDays: number): string | null {
  return depositOn === null ? null : addDays(depositOn, leadDays);
}

const BEFORE_SHIPPING: readonly OrderState[] = ['in-production', 'ready-to-ship'];

/** Late: still not shipped after the ship-by date. */
export function isLate(order: Pick<OrderFields, 'state'>, shipBy: string | null, today: string): boolean {
  return shipBy !== null && BEFORE_SHIPPING.includes(order.state) && today > shipBy;
}

export type PaymentSummary = {
  total: string;
  paid: string;
  outstanding: string;
  overpaid: string;
  depositPaid: string;
  depositReceived: boolean;
};

/** Paid and outstanding in the order's currency, from the order lines and the platform's payments. */
export function paymentSummary(
  order: Pick<OrderFields, 'currency' | 'depositAmount'>,
  lines: readonly { quantity: number; unitPrice: string }[],
  payments: readonly PaymentFields[],
): PaymentSummary {
  checkCurrency(order, payments);
  const money = (v: string) => roundMoney(v, order.currency);
  const { total } = documentTotals(lines, order.currency);
  const paid = money(add(...payments.map((p) => p.amount)));
  const depositPaid = money(add(...payments.filter((p) => p.kind === 'deposit').map((p) => p.amount)));
  const balance = dec(total).minus(dec(paid));
  return {
    total,
    paid,
    outstanding: money(balance.greaterThan(0) ? balance.toFixed() : '0'),
    overpaid: money(balance.lessThan(0) ? balance.negated().toFixed() : '0'),
    depositPaid,
    depositReceived: cmp(depositPaid, order.depositAmount) >= 0,
  };
}
