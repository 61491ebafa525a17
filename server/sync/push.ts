// POST /v1/sync/push: idempotent per (clientId, mid), stops at a gap, one transaction per batch.
import type { Transaction } from 'kysely';
import type { DbHandle } from '../db';
import type { Database } from '../db/schema';
import type { MutationResult, PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { AuthContext } from '../auth/service';
import { applyMutation } from './apply';
import { inTenantTx } from './tenant-tx';
import { prefetchRows } from './rows';

export async function push(handle: DbHandle, auth: AuthContext, request: PushRequest, now: Date): Promise<{ response: PushResponse; moved: boolean }> {
  const { value, seq, moved } = await inTenantTx(handle, auth.tenantId, now, async (tx) => {
    // Read inside the transaction: two pushes of one client can't both apply the same mid.
    const client = await tx.trx.selectFrom('clients').select('last_mutation_id').where('client_id', '=', auth.clientId).executeTakeFirstOrThrow();
    const start = client.last_mutation_id;
    let last = start;
    const results: MutationResult[] = [];
    const firstApplies: MutationResult[] = [];
    await prefetchRows(tx, request.mutations.filter((m) => m.mid > start && m.kind !== 'cmd'));
    for (const m of request.mutations) {
      if (m.mid <= last) {
        results.push(await storedResult(tx.trx, auth.clientId, m.mid));
        continue;
      }
      if (m.mid > last + 1) break; // gap: the client resends from lastMutationId + 1
      const outcome = await applyMutation(tx, { userId: auth.userId, clientId: auth.clientId }, m);
      const result: MutationResult = { mid: m.mid, ...outcome };
      firstApplies.push(result);
      results.push(result);
      last = m.mid;
    }
    if (last !== start) {
      // Stored for duplicates, with lastMutationId, in the transaction of the effects.
      for (let i = 0; i < firstApplies.length; i += 100) {
        await tx.trx.insertInto('client_mutations')
          .values(firstApplies.slice(i, i + 100).map((r) => ({ client_id: auth.clientId, mid: r.mid, result: JSON.stringify(r) })))
          .execute();
      }
      await tx.trx.updateTable('clients').set({ last_mutation_id: last }).where('client_id', '=', auth.clientId).execute();
    }
    return { lastMutationId: last, results };
  });
  return { response: { lastMutationId: value.lastMutationId, seq, results: value.results }, moved };
}

async function storedResult(trx: Transaction<Database>, clientId: string, mid: number): Promise<MutationResult> {
  const stored = await trx.selectFrom('client_mutations').select('result').where('client_id', '=', clientId).where('mid', '=', mid).executeTakeFirst();
  if (!stored) return { mid, status: 'duplicate' };
  const first = JSON.parse(stored.result) as MutationResult;
  return { ...first, mid, status: 'duplicate', firstStatus: first.status };
}
