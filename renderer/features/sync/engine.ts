// The app's one sync engine and the hooks the UI reads it through. Sync status comes from
// the engine's events; counts and badges come from Dexie live queries (domain data is never
// copied into a store).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName } from '../../../shared/domain/common';
import { db } from '../../data/db';
import { rowKey, rowsPending } from '../../data/outbox';
import { SESSION_USER_KEY } from '../../data/repository';
import { createAppEngine } from '../../sync/browser';
import type { SyncEngine, SyncStatus } from '../../sync/engine';
import { desktop } from '../../platform';
import { readPendingSummary, type PendingSummary } from './status';
import { afterPaint } from '../../ui/paint';
import { useSettled } from '../../ui/hooks';

let engine: SyncEngine | null = null;
export const startedAt = Date.now();

export function appEngine(): SyncEngine {
  if (!engine) {
    // Only Electron has a place safer than IndexedDB for the outbox mirror (a file in userData).
    const created = createAppEngine({ database: db(), platform: desktop(), mirrorOutbox: Boolean(window.desktop) });
    engine = created;
    // Not before the first screen has painted: starting reads the session, writes the sync
    // state and goes to the network, all of which the first list rows would wait behind.
    void afterPaint().then(() => created.start());
  }
  return engine;
}

export function useSyncStatus(): SyncStatus {
  const e = appEngine();
  return useSyncExternalStore((notify) => e.subscribe(notify), () => e.status);
}

export function useCurrentUser(): string | null {
  return useLiveQuery(async () => ((await db().syncState.get(SESSION_USER_KEY))?.value as string | undefined) ?? null, [], null);
}

export function usePendingSummary(): PendingSummary {
  const user = useCurrentUser();
  return useLiveQuery(() => readPendingSummary(db(), user), [user], { count: 0, oldestAt: null });
}

/** `navigator.onLine`, kept current. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => globalThis.navigator?.onLine ?? true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => { window.removeEventListener('online', update); window.removeEventListener('offline', update); };
  }, []);
  return online;
}

/** Re-render every `ms` (relative times, the watchdog). */
export function useNow(ms = 5_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

export type RecordSyncState = 'conflict' | 'pending' | null;

const NO_STATES: ReadonlyMap<string, RecordSyncState> = new Map();
/** Rows a list has shown this long get their badges looked up (a pause in typing is longer). */
const BADGES_SETTLE_MS = 150;

/**
 * Whether each listed record has changes waiting to sync or an unresolved conflict (for
 * badges), in one live query for the whole list: a list shows new rows on every keystroke,
 * and a query per row cost two transactions per row each time. The query follows the rows
 * once they have settled for a moment, not every keystroke of a search on the way.
 */
export function useRecordSyncStates(entity: EntityName, ids: readonly string[]): ReadonlyMap<string, RecordSyncState> {
  const key = useSettled(ids.join('\n'), BADGES_SETTLE_MS); // a stable dependency for the same rows
  return useLiveQuery(async () => {
    const states = new Map<string, RecordSyncState>();
    if (key === '') return states;
    const ids = key.split('\n');
    const pending = await rowsPending(db(), ids.map((id) => rowKey(entity, id)));
    for (const id of ids) if (pending.has(rowKey(entity, id))) states.set(id, 'pending');
    const pairs = ids.map((id) => [entity, id]);
    for (const c of await db().conflicts.where('[entity+entityId]').anyOf(pairs).toArray()) {
      if (!c.resolved && !c.deleted) states.set(c.entityId as string, 'conflict');
    }
    return states;
  }, [entity, key], NO_STATES);
}
