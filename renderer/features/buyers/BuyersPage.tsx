// Buyers (customers): a list read live from Dexie (a factory has hundreds, not 100k, so no
// separate index), search, create, edit, archive and restore.
import { App, Button, Checkbox, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Buyer } from '../../../shared/domain/buyer';
import { db } from '../../data/db';
import { write } from '../../data/repository';
import { formatDate, formatDecimal } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { BuyerFormDrawer } from './BuyerForm';
import { searchBuyers } from './search';
import { useBuyersUi } from './store';
import { SyncBadge, SyncStatesProvider } from '../sync/SyncBadge';

export function BuyersPage() {
  const { t } = useTranslation('buyers');
  const language = useLanguage();
  const { message } = App.useApp();
  const all = useLiveQuery(() => db().buyers.toArray(), []);
  const { query, showArchived, setQuery, setShowArchived, openForm } = useBuyersUi();
  const visible = useMemo(() => searchBuyers(all ?? [], query, showArchived), [all, query, showArchived]);
  const visibleIds = useMemo(() => visible.map((b) => b.id), [visible]);
  const regionNames = useMemo(() => new Intl.DisplayNames([language], { type: 'region' }), [language]);

  async function setStatus(b: Buyer, status: 'archived' | 'active') {
    await write((w) => w.patch('buyers', b.id, { status }));
    message.success(t(status === 'archived' ? 'archived' : 'restored'));
  }

  const columns: ColumnsType<Buyer> = [
    { key: 'company', title: t('column.company'), dataIndex: 'company', ellipsis: true },
    { key: 'country', title: t('column.country'), width: 160, render: (_, b) => regionNames.of(b.country) ?? b.country },
    { key: 'buyerMark', title: t('column.buyerMark'), dataIndex: 'buyerMark', width: 140 },
    { key: 'contact', title: t('column.contact'), width: 160, ellipsis: true, render: (_, b) => b.contacts[0]?.name ?? '' },
    { key: 'eori', title: t('column.eori'), dataIndex: 'eori', width: 150 },
    { key: 'vatId', title: t('column.vatId'), dataIndex: 'vatId', width: 150 },
    {
      key: 'status', title: t('common:status'), width: 130,
      render: (_, b) => <><Tag color={b.status === 'active' ? 'green' : 'default'}>{t(`statuses.${b.status}`)}</Tag><SyncBadge id={b.id} /></>,
    },
    { key: 'updated', title: t('column.updated'), width: 120, render: (_, b) => formatDate(b.updatedAt, language) },
    {
      key: 'actions', title: t('common:actions'), width: 160,
      render: (_, b) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openForm(b.id)}>{t('common:edit')}</Button>
          {b.status === 'archived'
            ? <Button type="link" size="small" onClick={() => void setStatus(b, 'active')}>{t('common:restore')}</Button>
            : <Button type="link" size="small" onClick={() => void setStatus(b, 'archived')}>{t('common:archive')}</Button>}
        </Space>
      ),
    },
  ];

  const noBuyers = all !== undefined && all.every((b) => b.deleted);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search data-testid="buyer-search" allowClear placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')}
            value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: 280 }} />
          <Checkbox checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)}>{t('showArchived')}</Checkbox>
          <Typography.Text type="secondary" data-testid="buyer-count">{t('count', { count: visible.length, n: formatDecimal(visible.length, language) })}</Typography.Text>
        </Space>
        <Button type="primary" data-testid="new-buyer" onClick={() => openForm('new')}>{t('newBuyer')}</Button>
      </Space>
      {noBuyers ? (
        <Empty style={{ marginTop: 80 }} description={
          <Space direction="vertical">
            <Typography.Text strong>{t('empty.title')}</Typography.Text>
            <Typography.Text type="secondary">{t('empty.hint')}</Typography.Text>
          </Space>
        }>
          <Button type="primary" onClick={() => openForm('new')}>{t('newBuyer')}</Button>
        </Empty>
      ) : (
        <SyncStatesProvider entity="buyers" ids={visibleIds}>
          <Table<Buyer> size="small" rowKey="id" columns={columns} dataSource={visible} loading={all === undefined}
            pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 1200 }} locale={{ emptyText: t('empty.noMatch') }} />
        </SyncStatesProvider>
      )}
      <BuyerFormDrawer />
    </div>
  );
}
