// Pull: pages of changes after the cursor; each page's rows and the new cursor are written in
// one transaction, so the cursor is never ahead of applied data.
import { ENTITY_NAMES, type EntityName } from '../../shared/domain/common';
import type { PullResponse } from '../../shared/sync/protocol';
import type { LocalRow, SupplierDb } from '../data/db';
import { acceptServerRows, toLocal } from './rebase';
import { bulkGetNear } from '../data/key-spans';
import { allPendingRows, rowKey } from '../data/outbox';
import { bumpMidCounter } from './push';

export const CURSOR_KEY = 'pullCursor';

export interface StoredCursor { tenantId: string; cursor: string | null }

export async function readCursor(database: SupplierDb, tenantId: string): Promise<string | null> {
  const stored = (await database.syncState.get(CURSOR_KEY))?.value as StoredCursor | undefined;
  return stored?.tenantId === tenantId ? stored.cursor : null;
}

export async function applyPullPage(database: SupplierDb, tenantId: string, owner: string, page: PullResponse): Promise<void> {
  const tables = [...ENTITY_NAMES.map((e) => database.table(e)), database.outbox, database.bases, database.syncState];
  await database.transaction('rw', tables, async () => {
    // Rows with pending edits or a kept base are rebased one by one; all others (nearly every
    // row of an initial sync) go in one bulkPut per entity, skipping versions we already hold:
    // an unedited row at the same rev is that server version (typically our own push, echoed).
    const pending = await allPendingRows(database);
    const based = new Set((await database.bases.toCollection().primaryKeys()).map(([e, id]) => rowKey(e, id)));
    const plain = new Map<EntityName, LocalRow[]>();
    const rebased: { entity: EntityName; row: LocalRow }[] = [];
    for (const change of page.changes) {
      const row = { ...change.row, id: change.id, rev: change.rev, deleted: change.op === 'delete' ? true : Boolean(change.row.deleted) } as LocalRow;
      const key = rowKey(change.entity, change.id);
      if (pending.has(key) || based.has(key)) rebased.push({ entity: change.entity, row });
      else {
        if (!plain.has(change.entity)) plain.set(change.entity, []);
        plain.get(change.entity)!.push(toLocal(change.entity, row));
      }
    }
    await acceptServerRows(database, rebased);
    for (const [entity, rows] of plain) {
      const table = database.entityTable(entity);
      const current = await bulkGetNear(table, rows.map((r) => r.id), (r) => r.id);
      const newer = rows.filter((r, i) => (current[i]?.rev ?? -1) < r.rev);
      if (newer.length > 0) await table.bulkPut(newer);
    }
    await database.syncState.put({ key: CURSOR_KEY, value: { tenantId, cursor: page.cursor } satisfies StoredCursor });
    await bumpMidCounter(database, owner, page.lastMutationId);
  });
}
