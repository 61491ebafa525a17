import { Tag } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/domain/common';
import { useRecordSyncStates, type RecordSyncState } from './engine';

const SyncStates = createContext<ReadonlyMap<string, RecordSyncState>>(new Map());

/** The sync states of the records a list shows, read once for all of their badges. */
export function SyncStatesProvider({ entity, ids, children }: { entity: EntityName; ids: readonly string[]; children: ReactNode }) {
  const states = useRecordSyncStates(entity, ids);
  return <SyncStates.Provider value={states}>{children}</SyncStates.Provider>;
}

/** A listed record's sync badge: "Conflict" or "Not synced yet"; nothing once synced. */
export function SyncBadge({ id }: { id: string }) {
  const { t } = useTranslation('sync');
  const state = useContext(SyncStates).get(id);
  if (state === 'conflict') return <Tag color="red" data-testid="sync-badge-conflict">{t('badge.conflict')}</Tag>;
  if (state === 'pending') return <Tag color="gold" data-testid="sync-badge-pending">{t('badge.pending')}</Tag>;
  return null;
}
