// Push: the signed-in user's outbox in `mid` order, in batches of at most 500 mutations and
// under 1 MiB. Entries leave the outbox only when the server has answered for them.
import { ENTITY_NAMES, type EntityName } from '../../shared/domain/common';
import { MAX_BODY_BYTES, MAX_MUTATIONS_PER_PUSH, PROTOCOL_SCHEMA_VERSION, type Mutation, type PushResponse } from '../../shared/sync/protocol';
import type { OutboxEntry } from '../../shared/sync/outbox';
import { dequeue, entriesWithOps, queueAfter, queueOf, renumber, type QueuedEntry } from '../data/outbox';
import type { LocalRow, SupplierDb } from '../data/db';
import { acceptServerRows, revertToBase } from './rebase';
import { midKey } from './session';
import { SSCC_RESERVE } from '../../shared/documents/sscc-reserve';
import { keepReservedRange } from '../features/shipments/sscc-ranges';

/** Room left in a 1 MiB body for the envelope around the mutations. */
const ENVELOPE_BYTES = 1024;
const encoder = new TextEncoder();

export function toMutation(entry: OutboxEntry): Mutation {
  const m: Mutation = { mid: entry.mid, opId: entry.opId, kind: entry.kind, entity: entry.entity, id: entry.entityId, baseRev: entry.baseRev, changes: entry.changes };
  if (entry.cmd) m.cmd = entry.cmd;
  return m;
}

/** The owner's entries in mid order; `limit` reads only the first ones (a push batch). */
export async function pendingOf(database: SupplierDb, owner: string, limit = Infinity): Promise<QueuedEntry[]> {
  return (await queueOf(database, owner, limit)).sort(byMid);
}

/** The owner's first `limit` entries after `last` (the end of a batch still on its way), in mid order. */
export async function pendingAfter(database: SupplierDb, owner: string, last: { seq: number; mid: number }, limit: number): Promise<QueuedEntry[]> {
  return (await queueAfter(database, owner, last, limit)).sort(byMid);
}

const byMid = (a: OutboxEntry, b: OutboxEntry) => a.mid - b.mid;

/** The longest prefix of `entries` within `limit` mutations and the body size cap. */
export function nextBatch(entries: readonly OutboxEntry[], limit: number): Mutation[] {
  const batch: Mutation[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const entry of entries.slice(0, Math.min(limit, MAX_MUTATIONS_PER_PUSH))) {
    const m = toMutation(entry);
    const size = encoder.encode(JSON.stringify(m)).length + 1;
    if (batch.length > 0 && bytes + size > MAX_BODY_BYTES) break;
    batch.push(m);
    bytes += size;
  }
  return batch;
}

export function pushBody(clientId: string, mutations: Mutation[]) {
  return { clientId, schemaVersion: PROTOCOL_SCHEMA_VERSION, mutations };
}

export interface PushOutcome { acknowledged: string[]; rejected: number; gap: boolean }

/**
 * Apply one push answer in one transaction: accepted rows stored (under still-pending edits),
 * rejected changes moved to the visible `rejected` list with their row rebuilt from its base,
 * every answered entry removed. A gap renumbers the owner's unsent entries after the
 * server's `lastMutationId` (the server never saw any of them under this client).
 */
export async function applyPushResponse(database: SupplierDb, owner: string, sent: readonly Mutation[], response: PushResponse, now: () => Date): Promise<PushOutcome> {
  const tables = [...ENTITY_NAMES.map((e) => database.table(e)), database.outbox, database.bases, database.syncState, database.rejected];
  return database.transaction('rw', tables, async () => {
    // The sent entries are normally the owner's first ones (one read); any others by opId.
    const sentOpIds = new Set(sent.map((m) => m.opId));
    const sentEntries = (await pendingOf(database, owner, sent.length)).filter((e) => sentOpIds.delete(e.opId));
    if (sentOpIds.size > 0) sentEntries.push(...(await entriesWithOps(database, [...sentOpIds])));
    const byMid = new Map(sentEntries.filter((e) => e.owner === owner).map((e) => [e.mid, e]));
    const sentOps = new Map(sent.map((m) => [m.mid, m.opId]));
    const outcome: PushOutcome = { acknowledged: [], rejected: 0, gap: false };
    // Answered entries leave the outbox first, so that rebuilding a row replays only what is still pending.
    const answered: { entry: QueuedEntry; result: PushResponse['results'][number] }[] = [];
    for (const result of response.results) {
      const entry = byMid.get(result.mid);
      if (entry && sentOps.get(result.mid) === entry.opId) answered.push({ entry, result });
    }
    await dequeue(database, answered.map((a) => a.entry));
    const accepted = new Map<string, { entity: EntityName; row: LocalRow }>();
    const rebuild = new Map<string, [EntityName, string]>();
    for (const { entry, result } of answered) {
      outcome.acknowledged.push(entry.opId);
      const key = `${entry.entity}\u0000${entry.entityId}`;
      const status = result.status === 'duplicate' ? result.firstStatus ?? 'applied' : result.status;
      const row = result.row as LocalRow | undefined;
      if (status !== 'rejected' && entry.cmd?.name === SSCC_RESERVE) {
        // Its answer is a serial range, not a row: kept in the sync state, nothing to rebuild.
        await keepReservedRange(database, result.row);
        continue;
      }
      if (status === 'rejected') {
        outcome.rejected++;
        await database.rejected.put({
          opId: entry.opId, entity: entry.entity, entityId: entry.entityId, kind: entry.kind, changes: entry.changes,
          code: result.error?.code ?? 'rejected', message: result.error?.message ?? '',
          fields: result.error?.fields as Record<string, string> | undefined, rejectedAt: now().toISOString(),
        });
        rebuild.set(key, [entry.entity, entry.entityId]);
      } else if (row && row.id === entry.entityId && typeof row.rev === 'number') {
        const known = accepted.get(key);
        if (!known || known.row.rev <= row.rev) accepted.set(key, { entity: entry.entity, row });
      } else {
        rebuild.set(key, [entry.entity, entry.entityId]);
      }
    }
    // A row with an accepted version is rebuilt on it (rejected edits are no longer replayed);
    // one with only refused edits goes back to its base.
    await acceptServerRows(database, [...accepted.values()]);
    for (const [key, [entity, id]] of rebuild) if (!accepted.has(key)) await revertToBase(database, entity, id);
    await bumpMidCounter(database, owner, response.lastMutationId);
    const answeredMids = new Set(response.results.map((r) => r.mid));
    const unanswered = sent.filter((m) => !answeredMids.has(m.mid));
    // The server waits for lastMutationId + 1; if the first pending entry is beyond it, nothing
    // here can fill the gap, so the unsent entries move down (the server never saw them).
    const first = unanswered.length > 0 ? (await pendingOf(database, owner, 1))[0] : undefined;
    if (first && first.mid > response.lastMutationId + 1) {
      outcome.gap = true;
      const unsent = (await pendingOf(database, owner)).filter((entry) => entry.mid > response.lastMutationId);
      const next = await renumber(database, unsent, owner, response.lastMutationId + 1);
      await database.syncState.put({ key: midKey(owner), value: next });
    } else if (unanswered.length > 0) {
      outcome.gap = true;
    }
    return outcome;
  });
}

/** New edits must get mids above what the server has seen from this client (after data loss). */
export async function bumpMidCounter(database: SupplierDb, owner: string, lastMutationId: number): Promise<void> {
  const current = ((await database.syncState.get(midKey(owner)))?.value as number | undefined) ?? 1;
  if (current <= lastMutationId) await database.syncState.put({ key: midKey(owner), value: lastMutationId + 1 });
}
