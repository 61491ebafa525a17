// Mirror of unacknowledged outbox entries in an append-only file (Electron userData, through
// DesktopApi), so edits survive the loss of IndexedDB. Restored only into a database that was
// created anew (no marker) — otherwise a mirrored entry missing from the outbox was already
// acknowledged and only its acknowledgement is written again.
import { ENTITY_NAMES, type EntityName } from '../../shared/domain/common';
import type { DesktopApi } from '../../shared/ipc/desktop-api';
import { compactEntry, expandStored, type OutboxEntry } from '../../shared/sync/outbox';
import type { SupplierDb } from '../data/db';
import { allOps, entriesOf, toRecords } from '../data/outbox';
import { replay } from './rebase';
import { midKey } from './session';

export type BackupApi = Pick<DesktopApi, 'backupOutbox' | 'acknowledgeOutbox' | 'readOutboxBackup'>;

const DATABASE_MARKER_KEY = 'databaseCreatedAt';

export class OutboxMirror {
  private readonly mirrored = new Set<string>();
  /** The highest outbox key `sync` has read. */
  private seenUpTo = 0;

  constructor(private readonly database: SupplierDb, private readonly api: BackupApi, private readonly now: () => Date = () => new Date()) {}

  /** Returns how many entries were restored from the file. */
  async start(): Promise<number> {
    const saved = await this.api.readOutboxBackup();
    // Lines are in the stored form (a create's values once); older files hold full `changes`.
    const entries = saved.map((s) => expandStored(JSON.parse(s.json)));
    const { database } = this;
    const restored = await database.transaction('rw', [...ENTITY_NAMES.map((e) => database.table(e)), database.outbox, database.syncState], async () => {
      const fresh = !(await database.syncState.get(DATABASE_MARKER_KEY));
      if (!fresh) return [] as OutboxEntry[];
      await database.syncState.put({ key: DATABASE_MARKER_KEY, value: this.now().toISOString() });
      const present = await allOps(database);
      const missing = entries.filter((e) => !present.has(e.opId)).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || (a.slot ?? 0) - (b.slot ?? 0));
      await database.outbox.bulkAdd(toRecords(missing.map(compactEntry)));
      const counters = new Map<string | null, number>();
      for (const e of missing) counters.set(e.owner, Math.max(counters.get(e.owner) ?? 1, e.mid + 1));
      for (const [owner, next] of counters) {
        const current = ((await database.syncState.get(midKey(owner)))?.value as number | undefined) ?? 1;
        await database.syncState.put({ key: midKey(owner), value: Math.max(current, next) });
      }
      const rows = new Map<string, [EntityName, string]>(missing.map((e) => [`${e.entity}\u0000${e.entityId}`, [e.entity, e.entityId]]));
      for (const [entity, id] of rows.values()) {
        const table = database.entityTable(entity);
        const pending = missing.filter((e) => e.entity === entity && e.entityId === id);
        const row = replay(entity, id, (await table.get(id)) ?? null, pending);
        if (row) await table.put(row);
      }
      return missing;
    });
    const inOutbox = await allOps(database);
    for (const e of entries) if (inOutbox.has(e.opId)) this.mirrored.add(e.opId);
    const stale = entries.filter((e) => !inOutbox.has(e.opId)).map((e) => e.opId);
    if (stale.length > 0) await this.api.acknowledgeOutbox(stale);
    return restored.length;
  }

  /** Append every outbox entry not mirrored yet. */
  async sync(): Promise<void> {
    // Outbox keys only grow, so after the first pass only entries past the last one seen are read.
    const read = entriesOf(await this.database.outbox.where(':id').above(this.seenUpTo).toArray());
    const fresh = read.filter((e) => !this.mirrored.has(e.opId));
    // Moved on only once the file holds them: a failed append is tried again next time.
    if (fresh.length > 0) await this.api.backupOutbox(fresh.map((e) => ({ opId: e.opId, json: JSON.stringify(compactEntry(e)) })));
    for (const e of fresh) this.mirrored.add(e.opId);
    for (const e of read) this.seenUpTo = Math.max(this.seenUpTo, e.seq ?? 0);
  }

  async acknowledge(opIds: string[]): Promise<void> {
    if (opIds.length === 0) return;
    await this.api.acknowledgeOutbox(opIds);
    for (const id of opIds) this.mirrored.delete(id);
  }
}
