// Randomized multi-client sync: N machines running the real engine on fake-indexeddb against
// the real server (child process, SQLite) behind a fault-injecting proxy, with random offline
// periods, graceful restarts and `kill -9` of the server (once in the middle of a push).
// SYNC_FUZZ_OPS (default 10000) sets the number of local edits, SYNC_FUZZ_SEED the seed.
import 'fake-indexeddb/auto';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { write, ValidationError } from '../../../renderer/data/repository';
import { sampleProduct } from '../../../renderer/data/test-support';
import { SessionExpiredError } from '../../../renderer/sync/engine';
import type { MutationResult } from '../../../shared/sync/protocol';
import type { FieldChanges } from '../../../shared/sync/outbox';
import { Client, createTenant, FaultProxy, freePort, NO_FAULTS, rng, ServerProcess } from './harness';
import { allEntries, countAll } from '../../../renderer/data/outbox';

const OPS = Number(process.env.SYNC_FUZZ_OPS ?? 10_000);
const SEED = Number(process.env.SYNC_FUZZ_SEED ?? 20261128);
const CLIENTS = 4;
const FAULTS = { dropRequest: 0.03, dropResponse: 0.03, delay: 0.05, serverError: 0.03, unauthorized: 0.02 };

interface Queued { client: number; opId: string; mid: number; entity: 'products'; entityId: string; kind: string; changes: FieldChanges }
interface ServerRow { entity: string; id: string; rev: number; seq: number; deleted: boolean; data: Record<string, unknown> }

let server: ServerProcess | undefined;
let proxy: FaultProxy | undefined;
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
  server?.cleanup();
});

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort().map((k) => [k, normalize((v as Record<string, unknown>)[k])]));
  return v ?? null;
}

function serverState(file: string, tenantId: string) {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = (sqlite.prepare('select entity, id, rev, seq, deleted, data from rows where tenant_id = ?').all(tenantId) as { entity: string; id: string; rev: number; seq: number; deleted: number; data: string }[])
      .map((r): ServerRow => ({ ...r, deleted: r.deleted === 1, data: JSON.parse(r.data) as Record<string, unknown> }));
    const clients = sqlite.prepare('select client_id as clientId, last_mutation_id as last from clients where tenant_id = ?').all(tenantId) as { clientId: string; last: number }[];
    const mutations = new Map<string, MutationResult>();
    for (const c of clients) {
      for (const m of sqlite.prepare('select mid, result from client_mutations where client_id = ?').all(c.clientId) as { mid: number; result: string }[]) {
        mutations.set(`${c.clientId}#${m.mid}`, JSON.parse(m.result) as MutationResult);
      }
    }
    return { rows, clients, mutations };
  } finally {
    sqlite.close();
  }
}

it(`keeps every edit and converges: ${OPS} random edits on ${CLIENTS} machines through faults, offline periods and server crashes`, { timeout: 15 * 60_000 }, async () => {
  const random = rng(SEED); // shared choices (which product, which SKU); per-worker streams decide timing
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  server = new ServerProcess(await freePort());
  await server.start();
  proxy = new FaultProxy(() => server!.port, rng(SEED + 1));
  await proxy.start();
  const people = Array.from({ length: CLIENTS }, (_, i) => ({ email: `staff${i}.${SEED}.${Date.now()}@factory.test`, password: `pw-${i}-long-enough`, name: `Staff ${i}` }));
  const { tenant } = await createTenant(server.url, people);
  const clients = people.map((p, i) => new Client(p.name, p.email, p.password, proxy!.url, rng(SEED + 10 + i)));
  for (const c of clients) await c.signIn();
  proxy.rates = { ...FAULTS };

  const queued: Queued[] = [];
  const queuedIds = new Set<string>();
  const skus: string[] = [];
  const ids: string[][] = clients.map(() => []);
  const stats = { editMs: 0, syncMs: 0, cursorChecks: 0, edits: 0, localInvalid: 0, syncs: 0, syncFailures: 0, reSignIns: 0, restarts: 0, kills: 0 };

  async function sync(i: number): Promise<void> {
    stats.syncs++;
    const t0 = performance.now();
    try {
      await clients[i].engine.syncNow();
    } catch (e) {
      stats.syncFailures++;
      if (e instanceof SessionExpiredError && !clients[i].offline) {
        // A refresh answer lost on the way: the rotated token is gone, so the user signs in again.
        try { await clients[i].signIn(); stats.reSignIns++; } catch { /* next time */ }
      }
    } finally {
      stats.syncMs += performance.now() - t0;
    }
  }

  async function edit(i: number): Promise<void> {
    const c = clients[i];
    const options = { database: c.database };
    if (ids[i].length === 0 || random() < 0.05 || stats.edits % 200 === 0) ids[i] = (await c.database.products.toCollection().primaryKeys()) as string[];
    const roll = random();
    try {
      if (roll < 0.2 || ids[i].length === 0) {
        // Now and then a SKU another machine just used: the server refuses the second one.
        const sku = random() < 0.04 && skus.length > 0 ? pick(skus.slice(-20)) : `S${i}-${stats.edits}`;
        const row = await write((w) => w.create('products', sampleProduct({ sku, name: `Item ${stats.edits}` })), options);
        skus.push(sku);
        ids[i].push(row.id);
      } else {
        const id = pick(ids[i]);
        const row = await c.database.products.get(id);
        if (!row) { ids[i] = ids[i].filter((x) => x !== id); return; }
        if (roll < 0.55) await write((w) => w.patch('products', id, { notes: `note ${i}/${stats.edits}` }), options);
        else if (roll < 0.7) await write((w) => w.patch('products', id, { name: `Name ${i}/${stats.edits}` }), options);
        else if (roll < 0.85) await write((w) => w.patch('products', id, { priceTiers: [{ minQty: row.moq, unitPrice: `${5 + Math.floor(random() * 300) / 100}` }] }), options);
        else if (roll < 0.95) {
          const moq = pick([50, 100, 200, 300]);
          await write((w) => w.patch('products', id, { moq, priceTiers: [{ minQty: moq, unitPrice: '7.00' }, { minQty: moq * 10, unitPrice: '6.50' }] }), options);
        } else await write((w) => w.remove('products', id), options);
      }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      stats.localInvalid++;
      return;
    }
    const last = (await allEntries(c.database)).at(-1);
    if (last && !queuedIds.has(last.opId)) {
      queuedIds.add(last.opId);
      queued.push({ client: i, opId: last.opId, mid: last.mid, entity: 'products', entityId: last.entityId, kind: last.kind, changes: last.changes });
    }
  }

  /** No cursor ahead of applied data: every server change at or before the client's cursor is in its database. */
  async function checkCursor(c: Client): Promise<void> {
    const state = serverState(server!.sqliteFile, tenant.id);
    const stored = (await c.database.syncState.get('pullCursor'))?.value as { cursor: string | null } | undefined;
    const after = stored?.cursor ? Number(stored.cursor.split(':')[0]) : 0;
    for (const row of state.rows.filter((r) => r.seq <= after)) {
      const local = await c.database.entityTable(row.entity as 'products').get(row.id);
      if (!local && row.deleted) continue;
      expect(local, `${c.name} misses ${row.entity} ${row.id} (seq ${row.seq} ≤ cursor ${after})`).toBeDefined();
      expect(local!.rev, `${c.name} has an older ${row.id}`).toBeGreaterThanOrEqual(row.rev);
    }
    stats.cursorChecks++;
  }

  // Each machine is one sequential worker; they run concurrently, so the server and the
  // network faults meet real overlap (a restart lands while others are mid-request).
  let done = 0;
  const restartAt = Math.floor(OPS * 0.3);
  const killAt = Math.floor(OPS * 0.55);
  const killInFlightAt = Math.floor(OPS * 0.8);
  async function worker(i: number): Promise<void> {
    const c = clients[i];
    const own = rng(SEED + 100 + i);
    for (let k = 0; k < OPS / CLIENTS; k++) {
      const t0 = performance.now();
      await edit(i);
      stats.editMs += performance.now() - t0;
      stats.edits++;
      const n = ++done;
      if (own() < 0.06) await sync(i);
      if (own() < 0.004) c.offline = !c.offline; // offline periods of a few hundred edits
      if (n === restartAt) { await server!.restart('SIGTERM'); stats.restarts++; }
      if (n === killAt) { await server!.restart('SIGKILL'); stats.kills++; }
      if (n === killInFlightAt) {
        // kill -9 while this machine's push is in flight: committed or not, it must be neither lost nor repeated.
        c.offline = false;
        const inFlight = sync(i);
        await new Promise((r) => setTimeout(r, 3));
        await server!.stop('SIGKILL');
        await inFlight;
        await server!.start();
        stats.kills++;
      }
      if (k % 500 === 499) await checkCursor(c);
    }
  }

  const started = Date.now();
  await Promise.all(clients.map((_, i) => worker(i)));

  // Heal: network back, no more faults; sync until every outbox is empty and nothing moves.
  proxy.rates = { ...NO_FAULTS };
  for (const c of clients) c.offline = false;
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < CLIENTS; i++) await sync(i);
    const pending = await Promise.all(clients.map((c) => countAll(c.database)));
    if (pending.every((n) => n === 0) && round >= 1) break;
  }
  for (let i = 0; i < CLIENTS; i++) await clients[i].engine.syncNow();
  const seconds = (Date.now() - started) / 1000;

  const state = serverState(server.sqliteFile, tenant.id);
  const rows = new Map(state.rows.map((r) => [`${r.entity}\u0000${r.id}`, r]));
  const conflicts = new Map(state.rows.filter((r) => r.entity === 'conflicts').map((r) => [r.id, r]));

  // Nothing left behind.
  for (const c of clients) expect(await countAll(c.database), `${c.name} outbox`).toBe(0);

  // No mutation applies twice: each sent (client, mid) carried one opId, each opId one mid, and
  // the server stored exactly one result per edit of each client.
  const sessions = clients.map((c) => c.engine.status.user!);
  const clientIds = await Promise.all(clients.map(async (c) => ((await c.database.syncState.get(`clientId:${c.email}`))?.value as string)));
  const midOf = new Map<string, string>();
  const opOf = new Map<string, string>();
  for (const push of proxy.seen.filter((s) => s.path === '/v1/sync/push')) {
    const body = JSON.parse(push.body) as { clientId: string; mutations: { mid: number; opId: string }[] };
    for (const m of body.mutations) {
      const key = `${body.clientId}#${m.mid}`;
      expect(opOf.get(key) ?? m.opId, `mid ${key} carried two edits`).toBe(m.opId);
      expect(midOf.get(m.opId) ?? key, `edit ${m.opId} sent under two mids`).toBe(key);
      opOf.set(key, m.opId);
      midOf.set(m.opId, key);
    }
  }
  for (let i = 0; i < CLIENTS; i++) {
    const mine = queued.filter((q) => q.client === i).length;
    const record = state.clients.find((c) => c.clientId === clientIds[i])!;
    expect(record.last, `${sessions[i].email}: server's lastMutationId vs edits made`).toBe(mine);
    expect([...state.mutations.keys()].filter((k) => k.startsWith(`${clientIds[i]}#`))).toHaveLength(mine);
  }

  // Every edit is in the server state, a conflict row or the rejected list.
  const results = queued.map((q) => ({ q, result: state.mutations.get(midOf.get(q.opId)!)! }));
  const statusOf = (r: MutationResult) => (r.status === 'duplicate' ? r.firstStatus! : r.status);
  const lastWrite = new Map<string, number>(); // row+field → highest rev that wrote it
  for (const { q, result } of results) {
    expect(result, `no server result for ${q.opId}`).toBeDefined();
    const status = statusOf(result);
    const conflictFields = status === 'conflict' ? Object.keys((conflicts.get(result.conflictId!)?.data.fields ?? {}) as object) : [];
    if (status === 'applied' || status === 'merged' || status === 'conflict') {
      for (const field of Object.keys(q.changes)) if (!conflictFields.includes(field)) {
          const key = `${q.entityId}\u0000${field}`;
          lastWrite.set(key, Math.max(lastWrite.get(key) ?? 0, result.rev ?? 0));
        }
    }
  }
  const counts: Record<string, number> = {};
  for (const { q, result } of results) {
    const status = statusOf(result);
    counts[status] = (counts[status] ?? 0) + 1;
    if (status === 'rejected') {
      expect(await clients[q.client].database.rejected.where('opId').equals(q.opId).count(), `rejected ${q.opId} not listed`).toBe(1);
      continue;
    }
    if (status === 'conflict') {
      expect(conflicts.get(result.conflictId!), `conflict row of ${q.opId}`).toBeDefined();
      continue;
    }
    const row = rows.get(`products\u0000${q.entityId}`);
    expect(row, `row of ${q.opId}`).toBeDefined();
    if (q.kind === 'delete') { expect(row!.deleted, `delete ${q.opId}`).toBe(true); continue; }
    for (const [field, change] of Object.entries(q.changes)) {
      const superseded = (lastWrite.get(`${q.entityId}\u0000${field}`) ?? 0) > (result.rev ?? 0);
      if (!superseded) expect(sameValue(row!.data[field], change.new), `${q.kind} ${q.opId} ${field}: server ${JSON.stringify(row!.data[field])} vs ${JSON.stringify(change.new)}`).toBe(true);
    }
  }

  // Every machine converged to the server.
  for (const c of clients) {
    for (const row of state.rows) {
      const local = await c.database.entityTable(row.entity as 'products').get(row.id);
      if (!local && row.deleted) continue; // a tombstone older than this machine's first pull
      expect(local, `${c.name} lacks ${row.entity} ${row.id}`).toBeDefined();
      const { hsChapter: _h, updatedAt: _u, updatedBy: _b, ...fields } = local as Record<string, unknown>;
      const { updatedAt: _su, updatedBy: _sb, ...wire } = { ...row.data, id: row.id, rev: row.rev, deleted: row.deleted } as Record<string, unknown>;
      expect(normalize(fields), `${c.name} ${row.entity} ${row.id}`).toEqual(normalize(wire));
    }
    const live = (await c.database.products.toArray()).filter((p) => !p.deleted);
    for (const p of live) expect(rows.has(`products\u0000${p.id}`), `${c.name} shows ${p.sku}, unknown to the server`).toBe(true);
  }
  for (const c of clients) await checkCursor(c);

  console.log(JSON.stringify({ seed: SEED, seconds, ...stats, queued: queued.length, results: counts, faults: proxy.counts, serverRows: state.rows.length }));
  expect(counts.applied).toBeGreaterThan(0);
  expect(stats.kills).toBe(2);
});
