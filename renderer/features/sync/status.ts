// Derived sync facts shown to the user, as pure functions of what the engine and the outbox say.
import type { SupplierDb } from '../../data/db';
import { byQueueOrder, countOf, queueOf } from '../../data/outbox';

export const WATCHDOG_AFTER_MS = 2 * 60_000;

export interface PendingSummary { count: number; oldestAt: number | null }

/**
 * The current user's queue: their entries and those made before anyone signed in (owner null).
 * Counted on an index and the oldest read alone, so a queue of 100,000 imported products costs
 * the status bar nothing.
 */
export async function readPendingSummary(database: SupplierDb, user: string | null): Promise<PendingSummary> {
  const [unowned, mine] = await Promise.all([countOf(database, null), user === null ? Promise.resolve(0) : countOf(database, user)]);
  const count = unowned + mine;
  if (count === 0) return { count, oldestAt: null };
  // Entries are queued in key order, so the first one of this queue is its oldest.
  const firsts = [...(await queueOf(database, null, 1)), ...(user === null ? [] : await queueOf(database, user, 1))];
  const oldest = firsts.sort(byQueueOrder)[0];
  return { count, oldestAt: oldest ? Date.parse(oldest.createdAt) : null };
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
