import { Alert, Badge, Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatRelative } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { appEngine, startedAt, useNow, useOnline, usePendingSummary, useSyncStatus } from './engine';
import { watchdogDue } from './status';
import type { SyncError } from '../../sync/engine';

export function useSyncErrorText(): (error: SyncError) => string {
  const { t } = useTranslation('sync');
  return (error) => t(`errors.${error.code}`, { defaultValue: t('errors.generic', { message: error.message }) });
}

/** Header item: online/offline, what is waiting and since when, last success, last error. */
export function SyncStatusBar() {
  const { t } = useTranslation('sync');
  const language = useLanguage();
  const navigate = useNavigate();
  const status = useSyncStatus();
  const online = useOnline();
  const pending = usePendingSummary();
  const now = useNow();
  const errorText = useSyncErrorText();
  const connected = online && status.reachable !== false;

  const state = !status.user ? t('status.signedOut')
    : status.sessionExpired ? t('status.sessionExpired')
      : status.pushPaused ? t('status.paused')
        : status.syncing ? t('status.syncing')
          : connected ? t('status.online') : t('status.offline');

  return (
    <Space size="middle" data-testid="sync-status" data-online={connected ? 'true' : 'false'} data-pending={pending.count}>
      <Badge status={connected && status.user && !status.error ? 'success' : status.error || !connected ? 'error' : 'default'} text={<span data-testid="sync-state">{state}</span>} />
      <Typography.Text type={pending.count ? 'warning' : 'secondary'} data-testid="sync-pending">
        {pending.count
          ? `${t('status.pending', { count: pending.count })} · ${t('status.oldest', { age: formatRelative(now - (pending.oldestAt ?? now), language) })}`
          : t('status.allSynced')}
      </Typography.Text>
      <Typography.Text type="secondary" data-testid="sync-last-success">
        {status.lastSuccessAt ? t('status.lastSuccess', { when: formatRelative(now - status.lastSuccessAt, language) }) : t('status.never')}
      </Typography.Text>
      {status.error && (
        <Tooltip title={status.error.message}>
          <Typography.Text type="danger" data-testid="sync-error">{t('status.error', { message: errorText(status.error) })}</Typography.Text>
        </Tooltip>
      )}
      {status.user && !status.sessionExpired
        ? <Button size="small" data-testid="sync-now" onClick={() => appEngine().wake('manual')}>{t('status.syncNow')}</Button>
        : <Button size="small" type="primary" data-testid="sync-sign-in" onClick={() => navigate('/sign-in')}>{t('status.signIn')}</Button>}
    </Space>
  );
}

/** Shown when online with changes waiting and no successful push for two minutes. */
export function WatchdogBanner() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const online = useOnline();
  const pending = usePendingSummary();
  const now = useNow();
  const errorText = useSyncErrorText();
  if (!watchdogDue({ online, signedIn: Boolean(status.user), pending, lastPushAt: status.lastPushAt, startedAt, now })) return null;
  return (
    <Alert type="warning" showIcon banner data-testid="sync-watchdog"
      message={t('watchdog', { minutes: 2 })}
      description={status.error ? errorText(status.error) : undefined} />
  );
}
