// A payment posted by the platform moves the order's paid state, and a deposit that meets the
// payment terms starts production (awaiting-deposit → in-production through the same graph
// check as `order.transition`). Runs in the simulator's tenant transaction, so the seq moves
// once and clients are poked once.
import { add } from '../../../shared/money/decimal';
import { canTransition, orderFields, paymentSummary, type OrderLineFields, type PaymentFields } from '../../../shared/domain/order';
import { writeRow, type StoredRow } from '../rows';
import type { TenantTx } from '../tenant-tx';
import { serverRowSource } from './trade';

const platformAuthor = { userId: 'platform', clientId: null };

export async function applyPayments(tx: TenantTx, order: StoredRow): Promise<StoredRow> {
  const source = serverRowSource(tx);
  const payments = (await source.where('payments', 'orderId', order.id)) as unknown as PaymentFields[];
  const data: Record<string, unknown> = {
    ...order.data,
    paymentState: payments.some((p) => p.kind === 'balance') ? 'paid' : 'deposit_received',
    paidAmount: add(...payments.map((p) => p.amount)),
  };
  const parsed = orderFields.safeParse(order.data);
  if (parsed.success && parsed.data.state === 'awaiting-deposit') {
    const lines = (await source.where('orderLines', 'orderId', order.id)) as unknown as OrderLineFields[];
    const { depositReceived } = paymentSummary(parsed.data, lines, payments);
    const moved = canTransition('awaiting-deposit', 'in-production', { depositReceived, openBlockers: 0 });
    if (moved.ok) data.state = moved.value.state;
  }
  return writeRow(tx, order, { entity: 'orders', id: order.id, data, deleted: false }, platformAuthor);
}
