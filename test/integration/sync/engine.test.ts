// The sync engine against the real server (child process on SQLite) through the fault proxy.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../renderer/data/repository';
import { sampleProduct } from '../../../renderer/data/test-support';
import { pendingOf } from '../../../renderer/sync/push';
import { allEntries, renumber, countAll } from '../../../renderer/data/outbox';
import { Client, createTenant, FaultProxy, freePort, rng, ServerProcess } from './harness';

let server: ServerProcess;
let proxy: FaultProxy;
let tenantNo = 0;

beforeAll(async () => {
  server = new ServerProcess(await freePort());
  await server.start();
  proxy = new FaultProxy(() => server.port, rng(7));
  await proxy.start();
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
  server?.cleanup();
});

/** Two staff of a new company, each on their own machine, signed in. */
async function company() {
  tenantNo++;
  const users = ['ana', 'bo'].map((n) => ({ email: `${n}.${tenantNo}.${Date.now()}@factory.test`, password: 'correct horse battery', name: n }));
  await createTenant(server.url, users);
  const clients = users.map((u) => new Client(u.name, u.email, u.password, proxy.url, rng(tenantNo)));
  for (const c of clients) await c.signIn();
  return clients;
}

const create = (c: Client, sku: string, extra = {}) => write((w) => w.create('products', sampleProduct({ sku, ...extra })), { database: c.database });
const patch = (c: Client, id: string, fields: Record<string, unknown>) => write((w) => w.patch('products', id, fields), { database: c.database });
const pushesSeen = () => proxy.seen.filter((s) => s.path === '/v1/sync/push').map((s) => JSON.parse(s.body) as { mutations: { mid: number; opId: string }[] });

describe('sync engine against the real server', () => {
  it('brings one user\'s new product to the other, and clears the outbox only once acknowledged', async () => {
    const [ana, bo] = await company();
    const row = await create(ana, 'SYNC-1');
    proxy.forced.push({ path: '/v1/sync/push', fault: 'dropResponse' });
    await expect(ana.engine.syncNow()).rejects.toThrow(/unreachable/);
    expect(await countAll(ana.database)).toBe(1); // applied on the server, but unheard: kept
    await ana.engine.syncNow();
    expect(await countAll(ana.database)).toBe(0);
    expect(await ana.database.products.get(row.id)).toMatchObject({ rev: 1 });
    await bo.engine.syncNow();
    expect(await bo.database.products.get(row.id)).toMatchObject({ sku: 'SYNC-1', rev: 1, hsChapter: '85' });
  });

  it('on 401 refreshes the session and resends the same batch', async () => {
    const [ana] = await company();
    await create(ana, 'AUTH-1');
    await create(ana, 'AUTH-2');
    const before = pushesSeen().length;
    proxy.forced.push({ path: '/v1/sync/push', fault: 'unauthorized' });
    await ana.engine.syncNow();
    const pushes = pushesSeen().slice(before);
    expect(pushes).toHaveLength(2);
    expect(pushes[1].mutations).toEqual(pushes[0].mutations);
    expect(proxy.seen.some((s) => s.path === '/v1/auth/refresh')).toBe(true);
    expect(await countAll(ana.database)).toBe(0);
    expect(ana.engine.status.sessionExpired).toBe(false);
  });

  it('halves the batch on 413 and still sends everything', async () => {
    const [ana] = await company();
    for (let i = 0; i < 6; i++) await create(ana, `BIG-${i}`);
    const before = pushesSeen().length;
    proxy.forced.push({ path: '/v1/sync/push', fault: { status: 413, body: { error: { code: 'payload_too_large', message: 'injected' } } } });
    await ana.engine.syncNow();
    const sizes = pushesSeen().slice(before).map((p) => p.mutations.length);
    expect(sizes).toEqual([6, 3, 3]);
    expect(await countAll(ana.database)).toBe(0);
  });

  it('sends a long queue as consecutive batches, writing each answer while the next is on its way; a lost answer is resent', async () => {
    const [ana, bo] = await company();
    const ids = await write((w) => w.createMany('products', Array.from({ length: 1100 }, (_, i) => sampleProduct({ sku: `Q-${i}` }))), { database: ana.database });
    const before = pushesSeen().length;
    proxy.forced.push({ path: '/v1/sync/push', fault: 'delay' }, { path: '/v1/sync/push', fault: 'dropResponse' });
    await expect(ana.engine.syncNow()).rejects.toThrow(/unreachable/);
    expect(await countAll(ana.database)).toBe(600); // the first answer written, the second unheard
    await ana.engine.syncNow();
    const pushes = pushesSeen().slice(before).map((p) => p.mutations.map((m) => m.mid));
    expect(pushes.map((mids) => [mids[0], mids.length])).toEqual([[1, 500], [501, 500], [501, 500], [1001, 100]]);
    expect(await countAll(ana.database)).toBe(0);
    expect((await ana.database.products.bulkGet(ids)).every((p) => p?.rev === 1)).toBe(true);
    await bo.engine.syncNow();
    expect(await bo.database.products.count()).toBe(1100);
  });

  it('pauses pushing on 409 schema_too_old and keeps the outbox, while still pulling', async () => {
    const [ana, bo] = await company();
    const theirs = await create(bo, 'FROM-BO');
    await bo.engine.syncNow();
    await create(ana, 'OLD-APP');
    proxy.forced.push({ path: '/v1/sync/push', fault: { status: 409, body: { error: { code: 'schema_too_old', message: 'update', minSchemaVersion: 2 } } } });
    await ana.engine.syncNow();
    expect(ana.engine.status).toMatchObject({ pushPaused: true, error: { code: 'schema_too_old' } });
    expect(await countAll(ana.database)).toBe(1);
    expect(await ana.database.products.get(theirs.id)).toMatchObject({ sku: 'FROM-BO' });
    const before = pushesSeen().length;
    await ana.engine.syncNow();
    expect(pushesSeen().length).toBe(before);
  });

  it('re-pulls from the start on 410 cursor_expired, keeping pending edits on top', async () => {
    const [ana, bo] = await company();
    const row = await create(bo, 'EXPIRE-1');
    await bo.engine.syncNow();
    await ana.engine.syncNow();
    await patch(ana, row.id, { notes: 'local, unsent' });
    await patch(bo, row.id, { name: 'Renamed by Bo' });
    await bo.engine.syncNow();
    proxy.forced.push({ path: '/v1/sync/pull', fault: { status: 410, body: { error: { code: 'cursor_expired', message: 'injected' } } } });
    proxy.forced.push({ path: '/v1/sync/push', fault: 'serverError' });
    await expect(ana.engine.syncNow()).rejects.toThrow(/503/);
    await ana.engine.syncNow().catch(() => {}); // pull from null happens before the push
    expect(await ana.database.products.get(row.id)).toMatchObject({ name: 'Renamed by Bo', notes: 'local, unsent' });
    await ana.engine.syncNow();
    await bo.engine.syncNow();
    expect(await bo.database.products.get(row.id)).toMatchObject({ name: 'Renamed by Bo', notes: 'local, unsent' });
  });

  it('lists a server rejection with its reason while the rest of the queue goes through', async () => {
    const [ana, bo] = await company();
    await create(bo, 'SAME-SKU');
    await bo.engine.syncNow();
    const mine = await create(ana, 'SAME-SKU'); // offline, ana could not know
    const other = await create(ana, 'UNIQUE-1');
    await ana.engine.syncNow();
    const rejected = await ana.database.rejected.toArray();
    expect(rejected).toEqual([expect.objectContaining({ entityId: mine.id, code: 'unique_violation' })]);
    expect(await ana.database.products.get(mine.id)).toBeUndefined();
    expect(await ana.database.products.get(other.id)).toMatchObject({ rev: 1 });
    expect(ana.engine.status.rejectedSinceStart).toBe(1);
  });

  it('merges edits of different fields and records a conflict for the same business field', async () => {
    const [ana, bo] = await company();
    const p1 = await create(ana, 'MERGE-1');
    const p2 = await create(ana, 'CONFLICT-1');
    await ana.engine.syncNow();
    await bo.engine.syncNow();
    await patch(ana, p1.id, { name: 'Ana renamed it' });
    await patch(bo, p1.id, { priceTiers: [{ minQty: 100, unitPrice: '6.20' }, { minQty: 500, unitPrice: '6.00' }] });
    await patch(ana, p2.id, { name: 'Ana says' });
    await patch(bo, p2.id, { name: 'Bo says' });
    await ana.engine.syncNow();
    await bo.engine.syncNow();
    await ana.engine.syncNow();
    for (const c of [ana, bo]) {
      expect(await c.database.products.get(p1.id)).toMatchObject({ name: 'Ana renamed it', priceTiers: [{ minQty: 100, unitPrice: '6.20' }, { minQty: 500, unitPrice: '6.00' }] });
      expect(await c.database.products.get(p2.id)).toMatchObject({ name: 'Ana says' });
      const conflicts = (await c.database.conflicts.toArray()).filter((x) => x.entityId === p2.id);
      expect(conflicts).toEqual([expect.objectContaining({ resolved: false, fields: { name: { base: 'Power bank 10000 mAh', server: 'Ana says', client: 'Bo says' } } })]);
      expect(await pendingOf(c.database, c.engine.status.user!.id)).toEqual([]);
    }
    const conflict = (await bo.database.conflicts.toArray())[0];
    await write((w) => w.command('conflicts', conflict.id, 'conflict.resolve', { conflictId: conflict.id, choice: 'mine' }), { database: bo.database });
    await bo.engine.syncNow();
    await ana.engine.syncNow();
    for (const c of [ana, bo]) {
      expect(await c.database.products.get(p2.id)).toMatchObject({ name: 'Bo says' });
      expect(await c.database.conflicts.get(conflict.id)).toMatchObject({ resolved: true });
    }
  });

  it('renumbers after the server\'s last mutation when the client\'s first mids are unknown to it (restored outbox)', async () => {
    const [ana] = await company();
    await create(ana, 'GAP-1');
    await create(ana, 'GAP-2');
    const queued = await allEntries(ana.database);
    await renumber(ana.database, queued, queued[0].owner!, 41); // mids 41, 42
    await ana.engine.syncNow();
    expect(await countAll(ana.database)).toBe(0);
    expect((await ana.database.products.toArray()).map((p) => p.rev)).toEqual([1, 1]);
  });
});
