// Keeping local pending edits on top of server rows. The server row is the new base; the
// pending outbox entries of that row are replayed on it in order (their `new` values win),
// exactly as the user saw them before the server row arrived.
import type { EntityName } from '../../shared/domain/common';
import { hsChapter } from '../../shared/domain/product';
import type { OutboxEntry } from '../../shared/sync/outbox';
import type { LocalRow, SupplierDb } from '../data/db';

/** The row as stored locally: derived index fields added (they never sync). */
export function toLocal(entity: EntityName, row: Record<string, unknown>): LocalRow {
  const local = { ...row } as LocalRow;
  if (entity === 'products') {
    local.hsChapter = hsChapter(String(row.hsCode ?? ''));
    local.tags ??= [];
  }
  return local;
}

/** `server` (or nothing, for a row only created locally) with `pending` replayed on top. */
export function replay(entity: EntityName, id: string, server: LocalRow | null, pending: readonly OutboxEntry[]): LocalRow | null {
  let row: LocalRow | null = server ? { ...server } : null;
  for (const entry of pending) {
    if (entry.kind === 'cmd') continue;
    if (entry.kind === 'delete') {
      if (row) row = { ...row, deleted: true };
      continue;
    }
    if (!row && entry.kind !== 'create') continue; // a patch of a create the server refused
    row ??= { id, rev: 0, updatedAt: entry.createdAt, updatedBy: entry.owner ?? 'local', deleted: false } as LocalRow;
    const next: Record<string, unknown> = { ...row };
    for (const [field, change] of Object.entries(entry.changes)) next[field] = change.new;
    row = next as LocalRow;
  }
  return row ? toLocal(entity, row) : null;
}

/** Pending entries of one row (every owner: another user's unsent edits are still on screen), in order. */
export async function pendingFor(database: SupplierDb, entity: EntityName, id: string): Promise<OutboxEntry[]> {
  const entries = await database.outbox.where('[entity+entityId]').equals([entity, id]).toArray();
  return entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/**
 * A server version of a row arrived (push result or pull). Store it as the confirmed state:
 * as the row itself when nothing is pending, else as the base under the replayed edits.
 * Older versions than what is already confirmed are ignored (a late duplicate answer).
 * Must run inside a transaction over the entity table, outbox and bases.
 */
export async function acceptServerRow(database: SupplierDb, entity: EntityName, server: LocalRow): Promise<void> {
  const table = database.entityTable(entity);
  const pending = await pendingFor(database, entity, server.id);
  const base = await database.bases.get([entity, server.id]);
  const current = await table.get(server.id);
  const confirmedRev = base?.row?.rev ?? (pending.length === 0 ? current?.rev ?? 0 : 0);
  if (server.rev < confirmedRev) return;
  const stored = toLocal(entity, server);
  if (pending.length === 0) {
    await table.put(stored);
    if (base) await database.bases.delete([entity, server.id]);
    return;
  }
  await database.bases.put({ entity, id: server.id, row: stored });
  const replayed = replay(entity, server.id, stored, pending);
  if (replayed) await table.put({ ...replayed, rev: server.rev });
}

/** After an entry left the outbox without being applied (rejected): rebuild the row from its base. */
export async function revertToBase(database: SupplierDb, entity: EntityName, id: string): Promise<void> {
  const table = database.entityTable(entity);
  const pending = await pendingFor(database, entity, id);
  const base = await database.bases.get([entity, id]);
  const current = await table.get(id);
  // A row never confirmed by the server has no base; one confirmed before its first edit has.
  const confirmed = base?.row ?? (current && current.rev > 0 && !base ? current : null);
  const rebuilt = replay(entity, id, confirmed, pending);
  if (rebuilt) await table.put(rebuilt);
  else await table.delete(id);
  if (pending.length === 0 && base) await database.bases.delete([entity, id]);
}
