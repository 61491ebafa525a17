// The server's refusal of `order.transition` to "shipped" while blocking checklist items are
// open. It rebuilds the order's checklist from the server's own rows (order, lines, products,
// shipment) and counts each `block` item without a done `checklistItems` row, so an order whose
// checklist no machine ever built is refused too. The refusal names every open item.
import type { OrderFields, OrderLineFields } from '../../shared/domain/order';
import type { ShipmentFields } from '../../shared/domain/shipment';
import { openBlockingRules, orderFacts, type ChecklistItemRow, type OrderFactsInput } from '../../shared/checklists/order-facts';
import { Rejection } from './apply';
import { serverRowSource } from './commands/trade';
import type { TenantTx } from './tenant-tx';

/** Throws `forbidden_transition` listing the open blocking items (rule id → English title). */
export async function refuseShippingWithOpenBlockers(tx: TenantTx, orderId: string): Promise<void> {
  const source = serverRowSource(tx);
  const order = await source.get('orders', orderId);
  // Other refusals (no such order, a move the state graph forbids) are the command's own.
  if (!order || order.deleted || order.state !== 'ready-to-ship') return;
  const lines = (await source.where('orderLines', 'orderId', orderId)) as unknown as (OrderLineFields & { id: string })[];
  const products = [];
  for (const productId of new Set(lines.map((l) => l.productId))) {
    const product = await source.get('products', productId);
    if (product) products.push(product);
  }
  const shipments = await tx.trx.selectFrom('rows').select(['id', 'data'])
    .where('tenant_id', '=', tx.tenantId).where('entity', '=', 'shipments').where('deleted', '=', 0)
    .where('data', 'like', `%${orderId}%`).execute();
  const shipment = shipments.map((r) => JSON.parse(r.data) as ShipmentFields).find((s) => s.orderIds?.includes(orderId)) ?? null;
  const items = (await source.where('checklistItems', 'orderId', orderId)) as unknown as ChecklistItemRow[];
  const today = tx.now.slice(0, 10);
  const facts = orderFacts({
    order: order as unknown as OrderFields, lines, products: products as unknown as OrderFactsInput['products'], shipment, items, today,
  });
  if (!facts.ok) {
    const fields = Object.fromEntries(facts.problems.map((p) => [`facts.${p.field}`, p.message]));
    throw new Rejection('forbidden_transition', `the order's checklist cannot be built: ${facts.problems.map((p) => `${p.field} ${p.detail}`).join('; ')}`,
      { _: 'validation.transitionChecklistOpen', ...fields });
  }
  const open = openBlockingRules(facts.facts, items, today);
  if (open.length === 0) return;
  throw new Rejection('forbidden_transition',
    `open blocking checklist items: ${open.map((i) => `${i.ruleId} (${i.title.en})`).join('; ')}`,
    { _: 'validation.transitionChecklistOpen', ...Object.fromEntries(open.map((i) => [`checklist.${i.ruleId}`, i.title.en])) });
}
