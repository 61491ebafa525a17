// Keeping local pending edits on top of server rows. The server row is the new base; the
// pending outbox entries of that row are replayed on it in order (their `new` values win),
// exactly as the user saw them before the server row arrived.
import type { EntityName } from '../../shared/domain/common';
import { hsChapter } from '../../shared/domain/product';
import type { OutboxEntry } from '../../shared/sync/outbox';
import type { BaseRow, LocalRow, SupplierDb } from '../data/db';
import { PROVISIONAL_FIELD, type CommandEntry } from '../data/repository';
import { bulkDeleteNear, bulkGetNear } from '../data/key-spans';
import { entriesOfRows, opsPending } from '../data/outbox';

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
    if (entry.kind === 'cmd') {
      // A pending command's optimistic effect on this row (e.g. status "sent") stays on top.
      for (const effect of (entry as CommandEntry).effects ?? []) {
        if (row && effect.entity === entity && effect.id === id) row = { ...row, ...effect.fields } as LocalRow;
      }
      continue;
    }
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
export function pendingFor(database: SupplierDb, entity: EntityName, id: string): Promise<OutboxEntry[]> {
  return entriesOfRows(database, [[entity, id]]);
}

/**
 * Server versions of rows arrived (push results or a pull page; one version per row). Each is
 * stored as the confirmed state: as the row itself when nothing is pending, else as the base
 * under the replayed pending edits. Versions older than what is already confirmed are ignored
 * (a late duplicate answer). Reads and writes in bulk per entity: a push answer or a page
 * touches hundreds of rows. Must run inside a transaction over the entity tables, outbox and bases.
 */
export async function acceptServerRows(database: SupplierDb, rows: readonly { entity: EntityName; row: LocalRow }[]): Promise<void> {
  const byEntity = new Map<EntityName, LocalRow[]>();
  for (const { entity, row } of rows) {
    if (!byEntity.has(entity)) byEntity.set(entity, []);
    byEntity.get(entity)!.push(row);
  }
  for (const [entity, servers] of byEntity) {
    const table = database.entityTable(entity);
    const ids = servers.map((r) => r.id);
    const pending = new Map<string, OutboxEntry[]>();
    // In queue order, so each row's list is too.
    for (const e of await entriesOfRows(database, ids.map((id) => [entity, id] as const))) {
      if (!pending.has(e.entityId)) pending.set(e.entityId, []);
      pending.get(e.entityId)!.push(e);
    }
    const pendings = ids.map((id) => pending.get(id) ?? []);
    const bases = await bulkGetNear(database.bases, ids.map((id) => [entity, id] as [string, string]), (b) => [b.entity, b.id] as [string, string]);
    // The stored row tells the confirmed rev only where there is neither a base nor a pending edit.
    const unedited = ids.filter((_, i) => bases[i]?.row == null && pendings[i].length === 0);
    const currentRevs = new Map((await bulkGetNear(table, unedited, (row) => row.id)).map((row, i) => [unedited[i], row?.rev ?? 0]));
    const puts: LocalRow[] = [];
    const basePuts: BaseRow[] = [];
    const baseDeletes: [string, string][] = [];
    servers.forEach((server, i) => {
      const mine = pendings[i];
      const base = bases[i];
      const confirmedRev = base?.row?.rev ?? currentRevs.get(server.id) ?? 0;
      if (server.rev < confirmedRev) return;
      const stored = toLocal(entity, server);
      if (mine.length === 0) {
        puts.push(stored);
        if (base) baseDeletes.push([entity, server.id]);
        return;
      }
      basePuts.push({ entity, id: server.id, row: stored });
      const replayed = replay(entity, server.id, stored, mine);
      if (replayed) puts.push({ ...replayed, rev: server.rev });
    });
    if (puts.length > 0) await table.bulkPut(puts);
    if (basePuts.length > 0) await database.bases.bulkPut(basePuts);
    if (baseDeletes.length > 0) await bulkDeleteNear(database.bases, baseDeletes);
  }
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
  if (entity === 'quotes' || entity === 'orders') await dropOrphanedProvisionalRows(database);
}

const PROVISIONAL_TABLES: readonly EntityName[] = ['quotes', 'quoteLines', 'orders', 'orderLines'];

/**
 * Rows a command created locally whose command is no longer pending and which the server never
 * sent: the command was refused (it is in the rejected list), so its provisional rows go. An
 * applied command's rows are on their way by pull and replace these anyway.
 */
export async function dropOrphanedProvisionalRows(database: SupplierDb): Promise<void> {
  for (const entity of PROVISIONAL_TABLES) {
    const table = database.entityTable(entity);
    const provisional = await table.filter((r) => r.rev === 0 && typeof r[PROVISIONAL_FIELD] === 'string').toArray();
    if (provisional.length === 0) continue;
    // Only the commands these rows name are looked up, not the whole outbox (an import queues 100k).
    const ops = [...new Set(provisional.map((r) => r[PROVISIONAL_FIELD] as string))];
    const pendingOps = await opsPending(database, ops);
    const orphans = provisional.filter((r) => !pendingOps.has(r[PROVISIONAL_FIELD] as string)).map((r) => r.id);
    if (orphans.length === 0) continue;
    await table.bulkDelete(orphans);
    await database.bases.bulkDelete(orphans.map((id) => [entity, id] as [string, string]));
  }
}
