// One order: lines copied from the accepted quotation, the state with the moves the trade flow
// allows (each an `order.transition` command, refused with its reason), payments from the
// platform with paid/outstanding, and the ship-by date with a late flag.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { displayNumber } from '../../../shared/domain/commands';
import { formatIncotermLine } from '../../../shared/domain/incoterms';
import {
  depositDate, isLate, ORDER_TRANSITIONS, paymentSummary, shipByDate, type Order, type OrderLineFields, type PaymentFields,
} from '../../../shared/domain/order';
import { documentTotals } from '../../../shared/domain/quote';
import { db } from '../../data/db';
import { ValidationError, write } from '../../data/repository';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { localToday } from '../quotes/model';
import { orderLinesOf, paymentsOf } from './model';
import { StateTag } from './StateTag';
import { OpenBlockers, OrderChecklist } from '../checklists/OrderChecklist';
import { OrderDocumentsPanel } from '../documents';

export function OrderView() {
  const { t } = useTranslation('orders');
  const language = useLanguage();
  const { id = '' } = useParams();
  // The refusal of a move from the state it was tried in; a later state change hides it.
  const [refusal, setRefusal] = useState<{ from: string; reason: string } | null>(null);
  const data = useLiveQuery(async () => {
    const order = (await db().orders.get(id)) as unknown as (Order & { provisionalOp?: string }) | undefined;
    if (!order || order.deleted) return { order: null } as const;
    const buyer = await db().buyers.get(order.buyerId);
    return { order, buyer, lines: await orderLinesOf(id), payments: await paymentsOf(id) } as const;
  }, [id]);
  if (!data) return null;
  if (!data.order) return <Alert type="warning" data-testid="order-missing" message={t('missing')} description={<Link to="/rejected">{t('seeRejected')}</Link>} />;
  const { order, buyer, lines, payments } = data;
  const money = (v: string) => formatMoney(v, order.currency, language);
  const counted = payments.filter((p) => p.currency === order.currency);
  const summary = paymentSummary(order, lines, counted);
  const totals = documentTotals(lines, order.currency);
  const shipBy = shipByDate(depositDate(order, counted), order.leadTimeDays);
  const late = isLate(order, shipBy, localToday());

  async function move(to: string) {
    setRefusal(null);
    try {
      await write((w) => w.command('orders', order.id, 'order.transition', { orderId: order.id, to }));
    } catch (e) {
      if (e instanceof ValidationError) setRefusal({ from: order.state, reason: Object.values(e.fields)[0] ?? 'validation.notFound' });
      else throw e;
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="order-view" data-order-id={order.id}>
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="order-number">{displayNumber(order, 'SO')}</Typography.Title>
        {!order.number && <Tag color="gold" data-testid="order-provisional">{t('provisional')}</Tag>}
        <StateTag state={order.state} />
        {late && <Tag color="red" data-testid="order-late">{t('late')}</Tag>}
        {order.quoteId && <Link to={`/quotes/${order.quoteId}`}>{t('quotation')}</Link>}
      </Space>
      {refusal?.from === order.state && <Alert type="error" showIcon data-testid="order-refusal" message={t('refused')} description={<>{t(`common:${refusal.reason}`, { defaultValue: refusal.reason })}{refusal.reason === 'validation.transitionChecklistOpen' && <OpenBlockers orderId={order.id} />}</>} />}
      <Space wrap>
        {ORDER_TRANSITIONS[order.state].map((to) => (
          <Button key={to} onClick={() => void move(to)} data-testid={`order-to-${to}`} danger={to === 'cancelled' || to === 'disputed'}>{t(`moveTo.${to}`)}</Button>
        ))}
      </Space>
      <Card size="small">
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('buyer')}>{buyer ? `${String(buyer.company)} (${String(buyer.country)})` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('incoterm')}>{formatIncotermLine(order.incoterm, order.namedPlace)}</Descriptions.Item>
          <Descriptions.Item label={t('paymentTerms')}>{order.paymentTerms || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('total')}><span data-testid="order-total">{money(summary.total)}</span></Descriptions.Item>
          <Descriptions.Item label={t('paid')}><span data-testid="order-paid">{money(summary.paid)}</span></Descriptions.Item>
          <Descriptions.Item label={t('outstanding')}><span data-testid="order-outstanding">{money(summary.outstanding)}</span></Descriptions.Item>
          <Descriptions.Item label={t('depositDue')}>{money(order.depositAmount)} {summary.depositReceived && Number(order.depositAmount) > 0 ? <Tag color="green">{t('depositIn')}</Tag> : null}</Descriptions.Item>
          <Descriptions.Item label={t('leadTime')}>{t('days', { count: order.leadTimeDays })}</Descriptions.Item>
          <Descriptions.Item label={t('shipBy')}><span data-testid="order-ship-by">{shipBy ? formatDate(shipBy, language) : t('shipByAfterDeposit')}</span></Descriptions.Item>
        </Descriptions>
      </Card>
      <Table<OrderLineFields & { id: string }>
        rowKey="id" size="small" pagination={false} dataSource={lines as (OrderLineFields & { id: string })[]}
        columns={[
          { title: t('lines.sku'), dataIndex: 'sku' },
          { title: t('lines.description'), dataIndex: 'description' },
          { title: t('lines.hsCode'), dataIndex: 'hsCode' },
          { title: t('lines.quantity'), align: 'right', render: (_, l) => `${formatDecimal(l.quantity, language)} ${l.unit}` },
          { title: t('lines.unitPrice'), align: 'right', render: (_, l) => money(l.unitPrice) },
          { title: t('lines.total'), align: 'right', render: (_, _l, i) => money(totals.lines[i]) },
        ]}
      />
      <Typography.Title level={5}>{t('payments')}</Typography.Title>
      {payments.length > counted.length && <Alert type="warning" message={t('otherCurrency')} />}
      <Table<PaymentFields & { id: string }>
        rowKey="id" size="small" pagination={false} dataSource={payments as (PaymentFields & { id: string })[]} data-testid="order-payments" locale={{ emptyText: t('noPayments') }}
        columns={[
          { title: t('paymentKind'), render: (_, p) => t(`kinds.${p.kind}`) },
          { title: t('paymentMethod'), dataIndex: 'method' },
          { title: t('received'), render: (_, p) => formatDateTime(p.receivedAt, language) },
          { title: t('amount'), align: 'right', render: (_, p) => formatMoney(p.amount, p.currency, language) },
        ]}
      />
      <OrderChecklist orderId={order.id} />
      <OrderDocumentsPanel orderId={order.id} />
    </Space>
  );
}
