// The RFQ inbox: RFQs pulled from the platform, unread first-class, with filters and
// "Quote this RFQ", which opens a quotation prefilled from the RFQ.
import { useMemo, useState } from 'react';
import { Badge, Button, Descriptions, Drawer, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { db } from '../../data/db';
import { formatDateTime, formatDecimal, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { buyerForRfq, filterRfqs, NO_FILTER, useRfqReadState, type Rfq, type RfqFilter } from './model';

export function RfqInbox() {
  const { t } = useTranslation('rfqs');
  const language = useLanguage();
  const navigate = useNavigate();
  const rfqs = useLiveQuery(async () => ((await db().rfqs.orderBy('receivedAt').reverse().toArray()) as unknown as Rfq[]).filter((r) => !r.deleted), [], []);
  const quotedIds = useLiveQuery(async () => new Set((await db().quotes.toArray()).filter((q) => !q.deleted && q.rfqId).map((q) => String(q.rfqId))), [], new Set<string>());
  const { read, markRead, markUnread } = useRfqReadState();
  const [filter, setFilter] = useState<RfqFilter>(NO_FILTER);
  const [open, setOpen] = useState<Rfq | null>(null);
  const shown = useMemo(() => filterRfqs(rfqs, filter, quotedIds, read), [rfqs, filter, quotedIds, read]);
  const countries = useMemo(() => [...new Set(rfqs.map((r) => r.buyer.country))].sort(), [rfqs]);
  const set = (patch: Partial<RfqFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const openRfq = (rfq: Rfq) => { setOpen(rfq); markRead(rfq.id); };
  async function quoteIt(rfq: Rfq) {
    const buyerId = await buyerForRfq(rfq);
    navigate(`/quotes/new?rfq=${rfq.id}&buyer=${buyerId}`);
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('title')} <Badge count={rfqs.filter((r) => !read[r.id]).length} data-testid="rfq-unread-count" /></Typography.Title>
      <Space wrap>
        <Select allowClear placeholder={t('filters.country')} style={{ width: 140 }} value={filter.country} onChange={(country) => set({ country: country ?? null })}
          options={countries.map((c) => ({ value: c, label: c }))} data-testid="rfq-filter-country" />
        <Input.Search allowClear placeholder={t('filters.product')} style={{ width: 220 }} value={filter.product} onChange={(e) => set({ product: e.target.value })} data-testid="rfq-filter-product" />
        <Input type="date" aria-label={t('filters.from')} value={filter.from} onChange={(e) => set({ from: e.target.value })} style={{ width: 150 }} />
        <Input type="date" aria-label={t('filters.to')} value={filter.to} onChange={(e) => set({ to: e.target.value })} style={{ width: 150 }} />
        <Select style={{ width: 150 }} value={filter.quoted} onChange={(quoted) => set({ quoted })} data-testid="rfq-filter-quoted"
          options={(['all', 'open', 'quoted'] as const).map((v) => ({ value: v, label: t(`filters.quoted.${v}`) }))} />
        <Space><Switch checked={filter.unreadOnly} onChange={(unreadOnly) => set({ unreadOnly })} />{t('filters.unreadOnly')}</Space>
      </Space>
      <Table<Rfq>
        rowKey="id" size="small" dataSource={shown} pagination={{ pageSize: 50 }} data-testid="rfq-table"
        locale={{ emptyText: t('empty') }}
        onRow={(rfq) => ({ onClick: () => openRfq(rfq), style: { cursor: 'pointer', fontWeight: read[rfq.id] ? undefined : 600 } })}
        columns={[
          { title: t('columns.received'), dataIndex: 'receivedAt', render: (v: string) => formatDateTime(v, language) },
          { title: t('columns.buyer'), render: (_, r) => `${r.buyer.company} (${r.buyer.country})` },
          { title: t('columns.product'), dataIndex: 'productQuery' },
          { title: t('columns.quantity'), align: 'right', render: (_, r) => `${formatDecimal(r.quantity, language)} ${r.unit}` },
          { title: t('columns.target'), align: 'right', render: (_, r) => (r.targetPrice && r.currency ? formatMoney(r.targetPrice, r.currency, language) : '—') },
          {
            title: t('columns.status'), render: (_, r) => (
              <Space>
                {!read[r.id] && <Tag color="blue">{t('unread')}</Tag>}
                {quotedIds.has(r.id) && <Tag color="green">{t('quoted')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} width={520} title={open?.buyer.company} data-testid="rfq-drawer">
        {open && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('columns.buyer')}>{open.buyer.company} ({open.buyer.country})</Descriptions.Item>
              <Descriptions.Item label={t('contact')}>{open.buyer.contact} · {open.buyer.email}</Descriptions.Item>
              <Descriptions.Item label={t('columns.product')}>{open.productQuery}</Descriptions.Item>
              <Descriptions.Item label={t('columns.quantity')}>{formatDecimal(open.quantity, language)} {open.unit}</Descriptions.Item>
              <Descriptions.Item label={t('columns.target')}>{open.targetPrice && open.currency ? formatMoney(open.targetPrice, open.currency, language) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('incoterm')}>{open.incoterm ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('port')}>{open.destinationPort ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('message')}>{open.message ?? ''}</Descriptions.Item>
            </Descriptions>
            <Space>
              <Button type="primary" data-testid="rfq-quote" onClick={() => void quoteIt(open)}>{t('quoteThis')}</Button>
              <Button onClick={() => { markUnread(open.id); setOpen(null); }}>{t('markUnread')}</Button>
            </Space>
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
