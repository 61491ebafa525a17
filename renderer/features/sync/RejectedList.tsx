import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EntityName } from '../../../shared/domain/common';
import { db, type RejectedChange } from '../../data/db';
import { ValidationError } from '../../data/repository';
import { applyAgain, discard } from './rejected-actions';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { showValue } from './ConflictsInbox';

const ROUTES: Partial<Record<EntityName, string>> = { products: '/products', buyers: '/buyers' };

function RejectedCard({ change }: { change: RejectedChange }) {
  const { t } = useTranslation('sync');
  const { message } = App.useApp();
  const language = useLanguage();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Record<string, string> | null>(null);
  const route = ROUTES[change.entity];

  async function retry() {
    try {
      await applyAgain(change);
      void message.success(t('rejected.fixed'));
    } catch (e) {
      if (e instanceof ValidationError) setProblems(e.fields);
      else throw e;
    }
  }

  return (
    <Card size="small" data-testid="rejected-change" data-entity-id={change.entityId}
      title={`${t(`entities.${change.entity}`)} · ${t(`rejected.codes.${change.code}`, { defaultValue: change.code })}`}
      extra={<Typography.Text type="secondary">{t('rejected.when')} {formatDateTime(change.rejectedAt, language)}</Typography.Text>}>
      <Typography.Paragraph data-testid="rejected-reason">{t('rejected.reason')}: {change.message}</Typography.Paragraph>
      {change.fields && (
        <ul>{Object.entries({ ...change.fields, ...problems }).map(([field, key]) => <li key={field}>{field}: {t(`common:${key}`, { defaultValue: key })}</li>)}</ul>
      )}
      <Typography.Text strong>{t('rejected.changes')}</Typography.Text>
      <ul>{Object.entries(change.changes).map(([field, c]) => <li key={field}><code>{field}</code>: {showValue(c.old)} → {showValue(c.new)}</li>)}</ul>
      {problems && !change.fields && <Alert type="error" showIcon message={Object.entries(problems).map(([f, k]) => `${f}: ${t(`common:${k}`, { defaultValue: k })}`).join('; ')} />}
      <Space>
        <Button size="small" type="primary" data-testid="rejected-retry" onClick={() => void retry()}>{t('rejected.retry')}</Button>
        {route && <Button size="small" onClick={() => navigate(route)}>{t('rejected.open')}</Button>}
        <Button size="small" danger data-testid="rejected-discard" onClick={() => void discard(change)}>{t('rejected.discard')}</Button>
      </Space>
    </Card>
  );
}

/** Changes the server refused, with the reason; each can be applied again or discarded. */
export function RejectedList() {
  const { t } = useTranslation('sync');
  const changes = useLiveQuery(() => db().rejected.orderBy('id').reverse().toArray(), [], []);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="rejected-list">
      <Typography.Title level={4}>{t('rejected.title')}</Typography.Title>
      {changes.length === 0 ? <Empty description={t('rejected.empty')} />
        : changes.map((c) => <RejectedCard key={c.id} change={c} />)}
    </Space>
  );
}
