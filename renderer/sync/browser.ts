// Wiring of the engine in the app (Chromium or Electron's renderer): Web Locks for one leader
// per machine, window events and local edits as wake-ups, DesktopApi for secrets and the
// outbox backup.
import { liveQuery } from 'dexie';
import type { DesktopApi } from '../../shared/ipc/desktop-api';
import type { SupplierDb } from '../data/db';
import { SyncEngine } from './engine';
import type { SecretStore } from './session';

export const LEADER_LOCK = 'supplier-console.sync-leader';
const EDIT_DEBOUNCE_MS = 100;

/** Resolves once this window holds the machine-wide lock; the returned function releases it. */
export function webLockLeadership(): Promise<() => void> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve(() => {});
  return new Promise((granted) => {
    void locks.request(LEADER_LOCK, () => new Promise<void>((release) => granted(() => release())));
  });
}

export interface BrowserEngineOptions {
  database: SupplierDb;
  /** DesktopApi (Electron preload or the browser implementation). */
  platform: SecretStore & Partial<Pick<DesktopApi, 'backupOutbox' | 'acknowledgeOutbox' | 'readOutboxBackup' | 'appInfo'>>;
  /** Electron mirrors the outbox to a file; the browser build has nowhere safer than IndexedDB. */
  mirrorOutbox: boolean;
}

export function createAppEngine({ database, platform, mirrorOutbox }: BrowserEngineOptions): SyncEngine {
  const backup = mirrorOutbox && platform.backupOutbox && platform.acknowledgeOutbox && platform.readOutboxBackup
    ? { backupOutbox: platform.backupOutbox.bind(platform), acknowledgeOutbox: platform.acknowledgeOutbox.bind(platform), readOutboxBackup: platform.readOutboxBackup.bind(platform) }
    : undefined;
  const engine = new SyncEngine({
    database,
    fetch: (input, init) => fetch(input, init),
    secrets: platform,
    backup,
    acquireLeadership: webLockLeadership,
  });
  window.addEventListener('online', () => engine.wake('online'));
  window.addEventListener('focus', () => engine.wake('focus'));
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') engine.wake('focus'); });
  // A new local edit (from any window: Dexie broadcasts changes) is pushed promptly.
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let lastSeq: number | undefined;
  liveQuery(() => database.outbox.orderBy('seq').lastKey()).subscribe({
    next: (seq) => {
      if (seq === undefined || seq === lastSeq) return;
      lastSeq = seq as number;
      clearTimeout(debounce);
      debounce = setTimeout(() => engine.wake('edit'), EDIT_DEBOUNCE_MS);
    },
  });
  return engine;
}
