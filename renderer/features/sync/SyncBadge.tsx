import { Tag } from 'antd';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/domain/common';
import { useRecordSyncStates, type RecordSyncState } from './engine';

interface Listed {
  states: ReadonlyMap<string, RecordSyncState>;
  badges: Readonly<Record<NonNullable<RecordSyncState>, ReactNode>>;
}

const SyncStates = createContext<Listed>({ states: new Map(), badges: { conflict: null, pending: null } });

/** The sync states of the records a list shows, read once for all of their badges. */
export function SyncStatesProvider({ entity, ids, children }: { entity: EntityName; ids: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation('sync');
  const states = useRecordSyncStates(entity, ids);
  // One element per state, made once per language and shared by every badge: when a keystroke
  // puts other records in a list's rows, React skips the badges that stay the same.
  const badges = useMemo(() => ({
    conflict: <Tag color="red" data-testid="sync-badge-conflict">{t('badge.conflict')}</Tag>,
    pending: <Tag color="gold" data-testid="sync-badge-pending">{t('badge.pending')}</Tag>,
  }), [t]);
  const listed = useMemo(() => ({ states, badges }), [states, badges]);
  return <SyncStates.Provider value={listed}>{children}</SyncStates.Provider>;
}

/** A listed record's sync badge: "Conflict" or "Not synced yet"; nothing once synced. */
export function SyncBadge({ id }: { id: string }) {
  const { states, badges } = useContext(SyncStates);
  const state = states.get(id);
  return state ? badges[state] : null;
}
