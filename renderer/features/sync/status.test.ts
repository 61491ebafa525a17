import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../shared/sync/outbox';
import { freshDatabase } from '../../data/test-support';
import { readPendingSummary, watchdogDue, WATCHDOG_AFTER_MS } from './status';
import { recordOf } from '../../data/outbox';

const entry = (owner: string | null, createdAt: string): OutboxEntry => ({
  mid: 1, opId: `${owner}-${createdAt}`, owner, kind: 'patch', entity: 'products', entityId: 'p', baseRev: 1, changes: {}, createdAt,
});

describe('pending summary and watchdog', () => {
  // In queue order, as the write path adds them.
  const entries = [entry('b', '2026-11-28T07:00:00Z'), entry(null, '2026-11-28T07:50:00Z'), entry('a', '2026-11-28T08:00:00Z'), entry('a', '2026-11-28T08:05:00Z')];
  const queued = async () => {
    const database = freshDatabase();
    await database.outbox.bulkAdd(entries.map((e) => recordOf([e])));
    return database;
  };

  it('counts the signed-in user\'s changes and unowned ones, never another user\'s', async () => {
    const database = await queued();
    expect(await readPendingSummary(database, 'a')).toEqual({ count: 3, oldestAt: Date.parse('2026-11-28T07:50:00Z') });
    expect(await readPendingSummary(database, 'b')).toEqual({ count: 2, oldestAt: Date.parse('2026-11-28T07:00:00Z') });
    expect(await readPendingSummary(database, null)).toEqual({ count: 1, oldestAt: Date.parse('2026-11-28T07:50:00Z') });
    expect(await readPendingSummary(freshDatabase(), 'a')).toEqual({ count: 0, oldestAt: null });
  });

  it('warns only when online with changes waiting and no successful push for two minutes', async () => {
    const pending = await readPendingSummary(await queued(), 'a');
    const base = { online: true, signedIn: true, pending, lastPushAt: null, startedAt: Date.parse('2026-11-28T07:00:00Z') };
    const oldest = pending.oldestAt!;
    expect(watchdogDue({ ...base, now: oldest + WATCHDOG_AFTER_MS - 1 })).toBe(false);
    expect(watchdogDue({ ...base, now: oldest + WATCHDOG_AFTER_MS })).toBe(true);
    expect(watchdogDue({ ...base, online: false, now: oldest + 10 * WATCHDOG_AFTER_MS })).toBe(false);
    expect(watchdogDue({ ...base, lastPushAt: oldest + 60_000, now: oldest + WATCHDOG_AFTER_MS + 1 })).toBe(false);
    expect(watchdogDue({ ...base, pending: { count: 0, oldestAt: null }, now: oldest + 10 * WATCHDOG_AFTER_MS })).toBe(false);
    expect(watchdogDue({ ...base, startedAt: oldest + 5 * 60_000, now: oldest + 6 * 60_000 })).toBe(false);
  });
});
