// One database transaction per tenant write, holding the tenant's sequence counter.
// SQLite: Kysely's driver serializes transactions on its single connection.
// PostgreSQL: `SELECT … FOR UPDATE` on the tenant row serializes writers of one tenant, so the
// seq order is the commit order and a pull cursor never skips a change committed later.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { DbHandle } from '../db';
import { notFound } from '../errors';
import type { StoredRow } from './rows';

export const POKE_CHANNEL = 'supplier_poke';

export interface TenantTx {
  trx: Transaction<Database>;
  tenantId: string;
  /** ISO time of this transaction; every change it writes carries it. */
  now: string;
  nextSeq(): number;
  /** Rows read or written in this transaction by `${entity}/${id}` (null: known not to exist). */
  rowCache: Map<string, StoredRow | null>;
}

export async function inTenantTx<T>(
  handle: DbHandle, tenantId: string, now: Date, work: (tx: TenantTx) => Promise<T>,
): Promise<{ value: T; seq: number; moved: boolean }> {
  return handle.db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('tenants').select('seq').where('id', '=', tenantId);
    if (handle.kind === 'postgres') query = query.forUpdate();
    const tenant = await query.executeTakeFirst();
    if (!tenant) throw notFound('tenant not found');
    const start = tenant.seq;
    let seq = start;
    const value = await work({ trx, tenantId, now: now.toISOString(), nextSeq: () => ++seq, rowCache: new Map() });
    if (seq !== start) {
      await trx.updateTable('tenants').set({ seq }).where('id', '=', tenantId).execute();
      // Delivered to every LISTENing instance only when this transaction commits.
      if (handle.kind === 'postgres') await sql`select pg_notify(${POKE_CHANNEL}, ${`${tenantId}:${seq}`})`.execute(trx);
    }
    return { value, seq, moved: seq !== start };
  });
}

export async function currentSeq(handle: DbHandle, tenantId: string): Promise<number> {
  const tenant = await handle.db.selectFrom('tenants').select('seq').where('id', '=', tenantId).executeTakeFirst();
  return tenant?.seq ?? 0;
}
