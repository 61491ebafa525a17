// Order rows as the order pages and the dashboard read them.
import type { Order, OrderLineFields, PaymentFields } from '../../../shared/domain/order';
import { db } from '../../data/db';

export async function orderLinesOf(orderId: string): Promise<(OrderLineFields & { id: string })[]> {
  const lines = (await db().orderLines.where('orderId').equals(orderId).toArray()).filter((l) => !l.deleted) as unknown as (OrderLineFields & { id: string })[];
  return lines.sort((a, b) => a.position - b.position);
}

export async function paymentsOf(orderId: string): Promise<(PaymentFields & { id: string })[]> {
  return (await db().payments.where('orderId').equals(orderId).toArray()).filter((p) => !p.deleted) as unknown as (PaymentFields & { id: string })[];
}

export async function liveOrders(): Promise<Order[]> {
  return ((await db().orders.toArray()) as unknown as Order[]).filter((o) => !o.deleted);
}
