// Orders, newest first, with state, total, paid and the late flag.
import { Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { displayNumber } from '../../../shared/domain/commands';
import type { Order } from '../../../shared/domain/order';
import { db } from '../../data/db';
import { useLanguage } from '../../ui/hooks';
import { formatMoney } from '../../i18n/format';
import { liveOrders } from './model';
import { StateTag } from './StateTag';

export function OrdersPage() {
  const { t } = useTranslation('orders');
  const language = useLanguage();
  const navigate = useNavigate();
  const orders = useLiveQuery(async () => (await liveOrders()).sort((a, b) => b.id.localeCompare(a.id)), [], []);
  const buyers = useLiveQuery(async () => new Map((await db().buyers.toArray()).map((b) => [b.id, b.company])), [], new Map<string, string>());
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Table<Order>
        rowKey="id" size="small" dataSource={orders} data-testid="order-table" locale={{ emptyText: t('empty') }}
        onRow={(o) => ({ onClick: () => navigate(`/orders/${o.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('number'), render: (_, o) => <Space>{displayNumber(o, 'SO')}{!o.number && <Tag color="gold">{t('provisional')}</Tag>}</Space> },
          { title: t('buyer'), render: (_, o) => buyers.get(o.buyerId) ?? '—' },
          { title: t('state'), render: (_, o) => <StateTag state={o.state} /> },
          { title: t('depositDue'), align: 'right', render: (_, o) => formatMoney(o.depositAmount, o.currency, language) },
        ]}
      />
    </Space>
  );
}
