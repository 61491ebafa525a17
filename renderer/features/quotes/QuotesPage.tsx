// Quotations, newest first; superseded versions stay listed (readable) under their number.
import { Button, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { displayNumber } from '../../../shared/domain/commands';
import { quoteDisplayStatus, type Quote } from '../../../shared/domain/quote';
import { db } from '../../data/db';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { localToday } from './model';
import { QUOTE_PAGE } from './route';
import { StatusTag } from './StatusTag';

export function QuotesPage() {
  const { t } = useTranslation('quotes');
  const language = useLanguage();
  const navigate = useNavigate();
  const [showOld, setShowOld] = useState(false);
  const quotes = useLiveQuery(async () => ((await db().quotes.toArray()) as unknown as Quote[]).filter((q) => !q.deleted).sort((a, b) => b.id.localeCompare(a.id)), [], []);
  const buyers = useLiveQuery(async () => new Map((await db().buyers.toArray()).map((b) => [b.id, b.company])), [], new Map<string, string>());
  const today = localToday();
  const shown = showOld ? quotes : quotes.filter((q) => q.status !== 'superseded');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Space>
          <Switch checked={showOld} onChange={setShowOld} />{t('showSuperseded')}
          <Button type="primary" onClick={() => navigate(`${QUOTE_PAGE}/new`)} data-testid="quote-new">{t('newQuote')}</Button>
        </Space>
      </Space>
      <Table<Quote>
        rowKey="id" size="small" dataSource={shown} data-testid="quote-table" locale={{ emptyText: t('empty') }}
        onRow={(q) => ({ onClick: () => navigate(`${QUOTE_PAGE}/${q.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('columns.number'), render: (_, q) => displayNumber(q, 'Q') },
          { title: t('columns.version'), dataIndex: 'version' },
          { title: t('fields.buyerId'), render: (_, q) => buyers.get(q.buyerId) ?? '—' },
          { title: t('columns.status'), render: (_, q) => <StatusTag status={quoteDisplayStatus(q, today)} /> },
          { title: t('fields.validUntil'), render: (_, q) => formatDate(q.validUntil, language) },
        ]}
      />
    </Space>
  );
}
