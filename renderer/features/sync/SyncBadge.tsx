import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/domain/common';
import { useRecordSyncState } from './engine';

/** A record's sync badge: "Conflict" or "Not synced yet"; nothing once synced. */
export function SyncBadge({ entity, id }: { entity: EntityName; id: string }) {
  const { t } = useTranslation('sync');
  const state = useRecordSyncState(entity, id);
  if (state === 'conflict') return <Tag color="red" data-testid="sync-badge-conflict">{t('badge.conflict')}</Tag>;
  if (state === 'pending') return <Tag color="gold" data-testid="sync-badge-pending">{t('badge.pending')}</Tag>;
  return null;
}
