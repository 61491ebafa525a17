// Derived sync facts shown to the user, as pure functions of what the engine and the outbox say.
import type { OutboxEntry } from '../../../shared/sync/outbox';

export const WATCHDOG_AFTER_MS = 2 * 60_000;

export interface PendingSummary { count: number; oldestAt: number | null }

/** The current user's queue: their entries and those made before anyone signed in. */
export function summarizePending(entries: readonly OutboxEntry[], user: string | null): PendingSummary {
  let count = 0;
  let oldestAt: number | null = null;
  for (const e of entries) {
    if (e.owner !== null && e.owner !== user) continue;
    count++;
    const at = Date.parse(e.createdAt);
    if (oldestAt === null || at < oldestAt) oldestAt = at;
  }
  return { count, oldestAt };
}

/**
 * The watchdog: online, changes waiting, and no successful push for two minutes — measured
 * from the last successful push, or from when the oldest waiting change was made or the app
 * started, whichever is later (a change made a minute ago is not two minutes overdue).
 */
export function watchdogDue(input: { online: boolean; signedIn: boolean; pending: PendingSummary; lastPushAt: number | null; startedAt: number; now: number }): boolean {
  if (!input.online || !input.signedIn || input.pending.count === 0 || input.pending.oldestAt === null) return false;
  const since = Math.max(input.lastPushAt ?? 0, input.pending.oldestAt, input.startedAt);
  return input.now - since >= WATCHDOG_AFTER_MS;
}
