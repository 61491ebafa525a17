// Synced rows as stored: business fields as JSON plus the server-maintained columns.
import type { EntityName, RowMeta } from '../../shared/domain/common';
import type { TenantTx } from './tenant-tx';

export interface StoredRow {
  entity: EntityName;
  id: string;
  rev: number;
  seq: number;
  deleted: boolean;
  data: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
  updatedClient: string | null;
}

/** Per entity, the field that must be unique among a tenant's live rows. */
export const UNIQUE_FIELDS: Partial<Record<EntityName, string>> = { products: 'sku' };

/** SKUs compare trimmed and case-insensitively: "ab-1" and "AB-1 " name the same article. */
export function uniqueKeyOf(entity: EntityName, data: Record<string, unknown>): string | null {
  const field = UNIQUE_FIELDS[entity];
  const value = field ? data[field] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : null;
}

type DbRow = { entity: string; id: string; rev: number; seq: number; deleted: number; data: string; updated_at: string; updated_by: string; updated_client: string | null };

export function fromDb(row: DbRow): StoredRow {
  return {
    entity: row.entity as EntityName, id: row.id, rev: row.rev, seq: row.seq, deleted: row.deleted === 1,
    data: JSON.parse(row.data) as Record<string, unknown>, updatedAt: row.updated_at, updatedBy: row.updated_by, updatedClient: row.updated_client,
  };
}

/** The row as the wire shows it: business fields plus id, rev, updatedAt, updatedBy, deleted. */
export function toWire(row: StoredRow): Record<string, unknown> & RowMeta {
  return { ...row.data, id: row.id, rev: row.rev, updatedAt: row.updatedAt, updatedBy: row.updatedBy, deleted: row.deleted };
}

const ROW_COLUMNS = ['entity', 'id', 'rev', 'seq', 'deleted', 'data', 'updated_at', 'updated_by', 'updated_client'] as const;
const cacheKey = (entity: string, id: string) => `${entity}/${id}`;

export async function getRow(tx: TenantTx, entity: EntityName, id: string): Promise<StoredRow | undefined> {
  const cached = tx.rowCache.get(cacheKey(entity, id));
  if (cached !== undefined) return cached ?? undefined;
  const row = await tx.trx.selectFrom('rows').select(ROW_COLUMNS)
    .where('tenant_id', '=', tx.tenantId).where('entity', '=', entity).where('id', '=', id)
    .executeTakeFirst();
  return row && fromDb(row);
}

/** Loads the rows a batch is about in one query per entity instead of one per mutation. */
export async function prefetchRows(tx: TenantTx, refs: { entity: EntityName; id: string }[]): Promise<void> {
  const byEntity = new Map<EntityName, Set<string>>();
  for (const ref of refs) {
    if (!byEntity.has(ref.entity)) byEntity.set(ref.entity, new Set());
    byEntity.get(ref.entity)!.add(ref.id);
  }
  for (const [entity, idSet] of byEntity) {
    const ids = [...idSet];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const id of chunk) tx.rowCache.set(cacheKey(entity, id), null);
      const rows = await tx.trx.selectFrom('rows').select(ROW_COLUMNS)
        .where('tenant_id', '=', tx.tenantId).where('entity', '=', entity).where('id', 'in', chunk)
        .execute();
      for (const row of rows) tx.rowCache.set(cacheKey(entity, row.id), fromDb(row));
    }
  }
}

/** Writes a new version: rev + 1 (1 for a new row) and the next seq of the tenant. */
export async function writeRow(
  tx: TenantTx,
  previous: StoredRow | undefined,
  next: { entity: EntityName; id: string; data: Record<string, unknown>; deleted: boolean },
  author: { userId: string; clientId: string | null },
): Promise<StoredRow> {
  const row: StoredRow = {
    entity: next.entity, id: next.id, rev: (previous?.rev ?? 0) + 1, seq: tx.nextSeq(), deleted: next.deleted, data: next.data,
    updatedAt: tx.now, updatedBy: author.userId, updatedClient: author.clientId,
  };
  const columns = {
    rev: row.rev, seq: row.seq, deleted: row.deleted ? 1 : 0, unique_key: uniqueKeyOf(row.entity, row.data),
    data: JSON.stringify(row.data), updated_at: row.updatedAt, updated_by: row.updatedBy, updated_client: row.updatedClient,
  };
  if (previous) {
    await tx.trx.updateTable('rows').set(columns)
      .where('tenant_id', '=', tx.tenantId).where('entity', '=', row.entity).where('id', '=', row.id)
      .execute();
  } else {
    await tx.trx.insertInto('rows').values({ tenant_id: tx.tenantId, entity: row.entity, id: row.id, ...columns }).execute();
  }
  tx.rowCache.set(cacheKey(row.entity, row.id), row);
  return row;
}

/** Another live row of the tenant holding the same unique key, if any. */
export async function uniqueClash(tx: TenantTx, entity: EntityName, id: string, data: Record<string, unknown>): Promise<string | null> {
  const key = uniqueKeyOf(entity, data);
  if (key === null) return null;
  const other = await tx.trx.selectFrom('rows').select('id')
    .where('tenant_id', '=', tx.tenantId).where('entity', '=', entity).where('unique_key', '=', key)
    .where('deleted', '=', 0).where('id', '!=', id)
    .executeTakeFirst();
  return other ? UNIQUE_FIELDS[entity]! : null;
}

export async function recordHistory(tx: TenantTx, row: StoredRow, overwritten: Record<string, unknown>, replacedBy: string): Promise<void> {
  const entries = Object.entries(overwritten);
  if (entries.length === 0) return;
  await tx.trx.insertInto('row_history').values(entries.map(([field, value]) => ({
    tenant_id: tx.tenantId, entity: row.entity, id: row.id, rev: row.rev, field, value: JSON.stringify(value ?? null),
    replaced_at: tx.now, replaced_by: replacedBy,
  }))).execute();
}
