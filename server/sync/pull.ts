// POST /v1/sync/pull: changes after the cursor in ascending seq. Each row is stored once at
// its latest seq, so a page naturally compacts several versions of a row into the latest.
import type { DbHandle } from '../db';
import { DEFAULT_PULL_LIMIT, type Change, type PullRequest, type PullResponse } from '../../shared/sync/protocol';
import type { AuthContext } from '../auth/service';
import { badRequest, HttpError } from '../errors';
import { fromDb, toWire } from './rows';
import { currentSeq } from './tenant-tx';

/**
 * Cursor "<seq>" or, while catching up from a null cursor, "<seq>:<snapshot>": tombstones at or
 * below the snapshot seq are left out (the client never had those rows).
 */
function parseCursor(cursor: string): { after: number; snapshot: number } {
  const match = /^(\d{1,15})(?::(\d{1,15}))?$/.exec(cursor);
  if (!match) throw badRequest('cursor is not one this server issued', [{ path: ['cursor'], message: 'invalid cursor' }]);
  return { after: Number(match[1]), snapshot: Number(match[2] ?? 0) };
}

export async function pull(handle: DbHandle, auth: AuthContext & { lastMutationId: number }, request: PullRequest): Promise<PullResponse> {
  const head = await currentSeq(handle, auth.tenantId);
  const { after, snapshot } = request.cursor === null ? { after: 0, snapshot: head } : parseCursor(request.cursor);
  if (after > head) {
    // A cursor from the future: this server's data is not what the client synced with.
    throw new HttpError(410, 'cursor_expired', 'cursor is not valid for this server; pull again from null keeping the outbox');
  }
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  const rows = await handle.db.selectFrom('rows')
    .select(['entity', 'id', 'rev', 'seq', 'deleted', 'data', 'updated_at', 'updated_by', 'updated_client'])
    .where('tenant_id', '=', auth.tenantId).where('seq', '>', after)
    .where((eb) => eb.or([eb('deleted', '=', 0), eb('seq', '>', snapshot)]))
    .orderBy('seq').limit(limit + 1)
    .execute();
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit).map(fromDb);
  const changes: Change[] = page.map((row) => ({
    entity: row.entity, id: row.id, rev: row.rev, seq: row.seq, op: row.deleted ? 'delete' : 'upsert', row: toWire(row),
  }));
  // An empty page means nothing after the cursor up to head is left to send.
  const last = page.length > 0 ? page[page.length - 1].seq : Math.max(after, head);
  const cursor = last < snapshot ? `${last}:${snapshot}` : String(last);
  return { changes, cursor, hasMore, lastMutationId: auth.lastMutationId };
}
