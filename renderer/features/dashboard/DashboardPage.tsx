// What needs action today, and the charts a sales manager looks at (recharts).
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { displayNumber } from '../../../shared/domain/commands';
import type { Order, OrderLineFields, PaymentFields } from '../../../shared/domain/order';
import type { Quote } from '../../../shared/domain/quote';
import { db } from '../../data/db';
import { formatMoney } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { localToday } from '../quotes/model';
import { useRfqReadState } from '../rfqs/model';
import { actionItems, orderFacts, pipeline, sentVsWon, valueByMonth, type DashboardInput } from './model';

const COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2'];

function groupBy<T extends { orderId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.orderId, [...(map.get(r.orderId) ?? []), r]);
  return map;
}

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const read = useRfqReadState((s) => s.read);
  const rows = useLiveQuery(async () => {
    const live = <T,>(list: Record<string, unknown>[]) => list.filter((r) => !r.deleted) as unknown as T[];
    return {
      rfqIds: live<{ id: string }>(await db().rfqs.toArray()).map((r) => r.id),
      quotes: live<Quote>(await db().quotes.toArray()),
      orders: live<Order>(await db().orders.toArray()),
      lines: live<OrderLineFields>(await db().orderLines.toArray()),
      payments: live<PaymentFields>(await db().payments.toArray()),
    };
  }, []);
  if (!rows) return null;
  const input: DashboardInput = {
    today: localToday(), rfqIds: rows.rfqIds, read, quotes: rows.quotes, orders: rows.orders,
    linesByOrder: groupBy(rows.lines), paymentsByOrder: groupBy(rows.payments),
  };
  const todo = actionItems(input);
  const won = sentVsWon(rows.quotes);
  const value = valueByMonth(orderFacts(input));
  const valueData = value.months.map((m) => ({ month: m.month, ...Object.fromEntries(Object.entries(m.values).map(([c, v]) => [c, Number(v)])) }));
  const stages = pipeline(rows.orders).map((p) => ({ ...p, label: t(`orders:states.${p.state}`) }));
  const orderLink = (o: Order) => <Link to={`/orders/${o.id}`}>{displayNumber(o, 'SO')}</Link>;

  return (
    <div data-testid="dashboard">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Row gutter={[12, 12]}>
        <Col span={4}><Card size="small"><Link to="/rfqs"><Statistic title={t('unreadRfqs')} value={todo.unreadRfqs} /></Link></Card></Col>
        <Col span={5}><Card size="small"><Statistic title={t('expiringQuotes')} value={todo.expiringQuotes.length} /></Card></Col>
        <Col span={5}><Card size="small"><Statistic title={t('awaitingDeposit')} value={todo.awaitingDeposit.length} /></Card></Col>
        <Col span={5}><Card size="small"><Statistic title={t('dueToShip')} value={todo.dueToShip.length} /></Card></Col>
        <Col span={5}><Card size="small"><Statistic title={t('late')} value={todo.late.length} valueStyle={todo.late.length ? { color: '#cf1322' } : undefined} /></Card></Col>
        <Col span={12}>
          <Card size="small" title={t('needsAction')}>
            <List size="small" locale={{ emptyText: t('nothingToDo') }} dataSource={[
              ...todo.late.map((f) => ({ key: `late-${f.order.id}`, node: <>{orderLink(f.order)} — {t('lateSince', { date: f.shipBy })}</> })),
              ...todo.dueToShip.map((f) => ({ key: `due-${f.order.id}`, node: <>{orderLink(f.order)} — {t('shipBy', { date: f.shipBy })}</> })),
              ...todo.awaitingDeposit.map((f) => ({ key: `dep-${f.order.id}`, node: <>{orderLink(f.order)} — {t('depositOf', { amount: formatMoney(f.order.depositAmount, f.order.currency, language) })}</> })),
              ...todo.expiringQuotes.map((q) => ({ key: `q-${q.id}`, node: <><Link to={`/quotes/${q.id}`}>{displayNumber(q, 'Q')}</Link> — {t('validUntil', { date: q.validUntil })}</> })),
            ]} renderItem={(item) => <List.Item key={item.key}>{item.node}</List.Item>} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('sentVsWon')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={won}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="month" /><YAxis allowDecimals={false} /><Tooltip /><Legend />
                <Bar isAnimationActive={false} dataKey="sent" name={t('sent')} fill={COLORS[0]} /><Bar isAnimationActive={false} dataKey="won" name={t('won')} fill={COLORS[1]} />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('valueByMonth')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={valueData}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="month" /><YAxis /><Legend />
                <Tooltip formatter={(v, currency) => formatMoney(String(v), String(currency), language)} />
                {value.currencies.map((c, i) => <Bar key={c} isAnimationActive={false} dataKey={c} name={c} fill={COLORS[i % COLORS.length]} />)}
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('pipeline')}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={stages} layout="vertical"><CartesianGrid strokeDasharray="3 3" /><XAxis type="number" allowDecimals={false} /><YAxis type="category" dataKey="label" width={120} /><Tooltip />
                <Bar isAnimationActive={false} dataKey="count" name={t('orders')} fill={COLORS[2]} />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
