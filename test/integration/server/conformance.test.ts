// The contract (docs/platform-api.md) over real HTTP, the same suite on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { MAX_MUTATIONS_PER_PUSH, type Change, type MutationResult, type PullResponse } from '../../../shared/sync/protocol';
import { ADMIN_TOKEN, call, command, create, createTenant, Device, order, patch, product, quote, remove, shipment, startTestServer, testedDatabases, type Kind, type TestServer } from './harness';
import { startPostgres, type PostgresCluster } from './postgres';

describe.each<Kind>(testedDatabases())('platform API on %s', (kind) => {
  let cluster: PostgresCluster | null = null;
  let server: TestServer;
  let url: string;
  let alice: Device;
  let bob: Device;
  let emails: { a: string; b: string };

  beforeAll(async () => {
    if (kind === 'postgres') cluster = await startPostgres();
    server = await startTestServer(kind, cluster, { accessTokenSeconds: 600 });
    url = server.url;
    ({ emails } = await createTenant(url));
    alice = new Device(url, emails.a);
    bob = new Device(url, emails.b);
    await alice.login();
    await bob.login();
  });
  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
  });

  /** A fresh product created by alice; returns its id and the stored row. */
  async function aliceProduct(overrides = {}) {
    const id = uuidv7();
    const fields = product(overrides);
    const result = (await alice.send(create('products', id, fields))).results[0];
    expect(result.status).toBe('applied');
    return { id, fields, row: result.row! };
  }

  it('reports health with the database kind', async () => {
    const answer = await call(url, '/v1/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'ok', db: kind });
  });

  describe('auth', () => {
    it('answers wrong password and unknown email with the same 401', async () => {
      const wrong = await call(url, '/v1/auth/login', { body: { email: emails.a, password: 'nope-nope' } });
      const unknown = await call(url, '/v1/auth/login', { body: { email: 'ghost@nowhere.test', password: 'nope-nope' } });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.error.code).toBe('unauthenticated');
    });

    it('binds a clientId to the first user; another user gets 403 at login and at push', async () => {
      const clientId = uuidv7();
      const first = new Device(url, emails.a);
      expect((await first.login(clientId)).status).toBe(200);
      const thief = new Device(url, emails.b);
      expect((await thief.login(clientId)).status).toBe(403);
      await thief.login();
      thief.clientId = clientId;
      const push = await thief.push(thief.mutations(create('products', uuidv7(), product())));
      expect(push.status).toBe(403);
      expect(push.body.error.code).toBe('forbidden');
    });

    it('refuses a clientId that was never bound at sign-in', async () => {
      const device = new Device(url, emails.a);
      await device.login();
      device.clientId = uuidv7();
      expect((await device.pull(null)).status).toBe(403);
    });

    it('makes a clientId when none is sent', async () => {
      const device = new Device(url, emails.b);
      const answer = await device.login();
      expect(answer.body.clientId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('expires access tokens after the configured lifetime and rotates refresh tokens', async () => {
      const device = new Device(url, emails.a);
      await device.login();
      expect((await device.pull(null, 1)).status).toBe(200);
      server.clock.advance(601);
      const expired = await device.pull(null, 1);
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('unauthenticated');
      const oldRefresh = device.refreshToken;
      const refreshed = await call(url, '/v1/auth/refresh', { body: { refreshToken: oldRefresh } });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.expiresIn).toBe(600);
      expect(refreshed.body.refreshToken).not.toBe(oldRefresh);
      device.accessToken = refreshed.body.accessToken;
      expect((await device.pull(null, 1)).status).toBe(200);
      const reused = await call(url, '/v1/auth/refresh', { body: { refreshToken: oldRefresh } });
      expect(reused.status).toBe(401);
      // Tokens issued before the clock moved are expired for everyone: sign the suite's devices in again.
      await alice.login();
      await bob.login();
    });

    it('rate-limits sign-in per address: 10 failed attempts a minute pass, then 429 with Retry-After', async () => {
      const limited = await startTestServer(kind, cluster, { loginRateLimit: undefined });
      try {
        const { emails: e } = await createTenant(limited.url, 'Limited');
        for (let i = 0; i < 10; i += 1) {
          expect((await call(limited.url, '/v1/auth/login', { body: { email: e.a, password: `wrong-${i}` } })).status).toBe(401);
        }
        const blocked = await call(limited.url, '/v1/auth/login', { body: { email: e.a, password: 'password-123' } });
        expect(blocked.status).toBe(429);
        expect(blocked.body.error.code).toBe('rate_limited');
        expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
        limited.clock.advance(61);
        expect((await call(limited.url, '/v1/auth/login', { body: { email: e.a, password: 'password-123' } })).status).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('needs a bearer token for sync calls', async () => {
      const answer = await call(url, '/v1/sync/pull', { body: { clientId: alice.clientId, cursor: null } });
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthenticated');
    });
  });

  describe('push', () => {
    it('applies a create with rev 1, server meta, and shows it in a pull', async () => {
      const { id, row } = await aliceProduct({ name: 'Solar lantern' });
      expect(row).toMatchObject({ id, rev: 1, deleted: false, updatedBy: alice.userId, name: 'Solar lantern' });
      const { changes } = await bob.pullAll();
      expect(changes.find((c) => c.id === id)).toMatchObject({ entity: 'products', op: 'upsert', rev: 1, row: { name: 'Solar lantern' } });
    });

    it('answers a resent mid as duplicate with the stored result of the first apply', async () => {
      const device = new Device(url, emails.a);
      await device.login();
      const id = uuidv7();
      const batch = device.mutations(create('products', id, product()));
      const first = (await device.push(batch)).body;
      await alice.send(patch('products', id, 1, { name: { old: 'Power bank 10000 mAh', new: 'Changed meanwhile' } }));
      const again = (await device.push(batch)).body;
      expect(again.lastMutationId).toBe(first.lastMutationId);
      expect(again.results[0]).toMatchObject({ mid: 1, status: 'duplicate', firstStatus: 'applied', rev: 1 });
      expect(again.results[0].row).toEqual(first.results[0].row);
    });

    it('stops at a gap: later mutations get no result and lastMutationId tells where to resume', async () => {
      const device = new Device(url, emails.b);
      await device.login();
      const [m1, m2] = device.mutations(create('products', uuidv7(), product()), create('products', uuidv7(), product()));
      const [m4] = device.mutations(create('products', uuidv7(), product()), { ...create('products', uuidv7(), product()), mid: 4 }).slice(1);
      const answer = (await device.push([m1, m2, m4])).body;
      expect(answer.results.map((r: MutationResult) => r.mid)).toEqual([1, 2]);
      expect(answer.lastMutationId).toBe(2);
      const pulled = (await device.pull(null, 1)).body;
      expect(pulled.lastMutationId).toBe(2);
    });

    it('rejects bad mutations one by one without blocking the rest of the batch', async () => {
      const { id } = await aliceProduct();
      const good = uuidv7();
      const answer = await alice.send(
        create('products', uuidv7(), product({ hsCode: '12' })),
        patch('products', uuidv7(), 1, { name: { old: 'x', new: 'y' } }),
        create('rfqs', uuidv7(), { productQuery: 'anything' }),
        command('products', id, 'stock.teleport', {}),
        create('products', good, product()),
      );
      expect(answer.results.map((r) => [r.status, r.error?.code])).toEqual([
        ['rejected', 'validation_failed'], ['rejected', 'not_found'], ['rejected', 'read_only_entity'], ['rejected', 'unknown_command'], ['applied', undefined],
      ]);
      expect(answer.results[0].error!.fields).toEqual({ hsCode: 'validation.hsCode' });
    });

    it('validates the row that results from a patch (first tier must equal the MOQ)', async () => {
      const { id } = await aliceProduct();
      const [result] = (await alice.send(patch('products', id, 1, { moq: { old: 100, new: 200 } }))).results;
      expect(result.status).toBe('rejected');
      expect(result.error).toMatchObject({ code: 'validation_failed', fields: { 'priceTiers.0.minQty': 'validation.firstTierMoq' } });
      const { changes } = await alice.pullAll();
      expect(changes.find((c) => c.id === id)!.row.moq).toBe(100);
    });

    it('validates plain writes of quotations and shipments too, whichever client sends them', async () => {
      const shipmentId = uuidv7();
      const [partial, created] = (await alice.send(
        create('quotes', uuidv7(), { status: 'draft', currency: 'USD' }),
        create('shipments', shipmentId, shipment(uuidv7(), { etd: '2026-04-10', eta: '2026-05-20' })),
      )).results;
      expect(partial).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { buyerId: expect.any(String), incoterm: expect.any(String) } } });
      const [early] = (await alice.send(patch('shipments', shipmentId, created.rev!, { eta: { old: '2026-05-20', new: '2026-04-01' } }))).results;
      expect(early).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { eta: 'validation.etaBeforeEtd' } } });
      const { changes } = await alice.pullAll();
      expect(changes.find((c) => c.id === shipmentId)!.row.eta).toBe('2026-05-20');
    });

    it('validates plain writes of orders and checklist items: a notes patch cannot smuggle in a bad field', async () => {
      const orderId = uuidv7();
      const [partial, created] = (await alice.send(
        create('orders', uuidv7(), { state: 'shipped', currency: 'USD' }),
        create('orders', orderId, order(uuidv7())),
      )).results;
      expect(partial).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { buyerId: expect.any(String), namedPlace: expect.any(String) } } });
      expect(created.status).toBe('applied');
      const [bad] = (await alice.send(patch('orders', orderId, created.rev!, {
        notes: { old: '', new: 'Call before delivery' }, destinationCountry: { old: 'DE', new: 'Germany' },
      }))).results;
      expect(bad).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { destinationCountry: expect.any(String) } } });
      const [item] = (await alice.send(create('checklistItems', uuidv7(), { orderId, ruleId: 'doc-commercial-invoice', status: 'maybe' }))).results;
      expect(item).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { status: 'validation.choice' } } });
      const { changes } = await alice.pullAll();
      expect(changes.find((c) => c.id === orderId)!.row).toMatchObject({ notes: '', destinationCountry: 'DE' });
    });

    it('keeps SKUs unique among live rows; a deleted SKU can be reused', async () => {
      const { id, fields } = await aliceProduct();
      const [clash] = (await bob.send(create('products', uuidv7(), product({ sku: fields.sku.toLowerCase() })))).results;
      expect(clash.status).toBe('rejected');
      expect(clash.error?.code).toBe('unique_violation');
      await alice.send(remove('products', id, 1));
      const [reuse] = (await bob.send(create('products', uuidv7(), product({ sku: fields.sku })))).results;
      expect(reuse.status).toBe('applied');
      const [restore] = (await alice.send(command('products', id, 'row.restore', { entity: 'products', id }))).results;
      expect(restore.error?.code).toBe('unique_violation');
    });

    it('ignores server-assigned fields sent by the client', async () => {
      const { id } = await aliceProduct();
      const [result] = (await alice.send(patch('products', id, 1, { rev: { old: 1, new: 99 }, updatedBy: { old: null, new: 'mallory' }, notes: { old: '', new: 'hello' } }))).results;
      expect(result.row).toMatchObject({ rev: 2, updatedBy: alice.userId, notes: 'hello' });
    });

    it('rejects client writes to platform-owned shipment tracking fields', async () => {
      const [result] = (await alice.send(create('shipments', uuidv7(), shipment(uuidv7(), { trackingStatus: 'delivered' })))).results;
      expect(result.error?.code).toBe('read_only_entity');
    });

    it('treats a create of an existing id as a patch, so a replay on another device is harmless', async () => {
      const id = uuidv7();
      const fields = product();
      await alice.send(create('products', id, fields));
      const [replay] = (await bob.send(create('products', id, fields))).results;
      expect(replay.status).toBe('merged');
      expect(replay.rev).toBe(1);
    });
  });

  describe('per-field merge and conflicts', () => {
    it('merges edits of different fields from two devices', async () => {
      const { id } = await aliceProduct();
      const [a] = (await alice.send(patch('products', id, 1, { name: { old: 'Power bank 10000 mAh', new: 'Power bank 10k' } }))).results;
      expect(a.status).toBe('applied');
      const [b] = (await bob.send(patch('products', id, 1, { leadTimeDays: { old: 25, new: 30 } }))).results;
      expect(b.status).toBe('merged');
      expect(b.row).toMatchObject({ rev: 3, name: 'Power bank 10k', leadTimeDays: 30 });
    });

    it('records a field conflict, keeps the server value, and still applies the other fields', async () => {
      const { id } = await aliceProduct();
      await alice.send(patch('products', id, 1, { leadTimeDays: { old: 25, new: 20 } }));
      const [b] = (await bob.send(patch('products', id, 1, {
        leadTimeDays: { old: 25, new: 40 }, name: { old: 'Power bank 10000 mAh', new: 'Bob name' },
      }))).results;
      expect(b.status).toBe('conflict');
      expect(b.conflictId).toBeTruthy();
      expect(b.row).toMatchObject({ leadTimeDays: 20, name: 'Bob name' });
      const { changes } = await bob.pullAll();
      const conflict = changes.find((c) => c.entity === 'conflicts' && c.id === b.conflictId)!.row;
      expect(conflict).toMatchObject({
        entity: 'products', entityId: id, kind: 'field', resolved: false, clientUserId: bob.userId, serverUserId: alice.userId,
        fields: { leadTimeDays: { base: 25, server: 20, client: 40 } },
      });
      expect(conflict.fields).not.toHaveProperty('name');
    });

    it('lets the later push win on lww fields (notes) without a conflict', async () => {
      const { id } = await aliceProduct();
      await alice.send(patch('products', id, 1, { notes: { old: '', new: 'alice note' } }));
      const [b] = (await bob.send(patch('products', id, 1, { notes: { old: '', new: 'bob note' } }))).results;
      expect(b.status).toBe('merged');
      expect(b.row!.notes).toBe('bob note');
      const history = await server.handle.db.selectFrom('row_history').select(['field', 'value']).where('id', '=', id).execute();
      expect(history).toEqual([{ field: 'notes', value: '"alice note"' }]);
    });

    it('resolves a conflict with mine, theirs or a given value', async () => {
      for (const [choice, value, expected] of [['mine', undefined, 40], ['theirs', undefined, 20], ['value', 33, 33]] as const) {
        const { id } = await aliceProduct();
        await alice.send(patch('products', id, 1, { leadTimeDays: { old: 25, new: 20 } }));
        const { conflictId } = (await bob.send(patch('products', id, 1, { leadTimeDays: { old: 25, new: 40 } }))).results[0];
        const [resolved] = (await bob.send(command('conflicts', conflictId!, 'conflict.resolve', { conflictId, choice, ...(value !== undefined ? { value } : {}) }))).results;
        expect(resolved.status).toBe('applied');
        expect(resolved.row).toMatchObject({ resolved: true });
        const { changes } = await bob.pullAll();
        expect(changes.find((c) => c.id === id)!.row.leadTimeDays).toBe(expected);
      }
    });

    it('delete after a concurrent edit: the edit wins, the delete is kept as a conflict', async () => {
      const { id } = await aliceProduct();
      await alice.send(patch('products', id, 1, { name: { old: 'Power bank 10000 mAh', new: 'Edited' } }));
      const [del] = (await bob.send(remove('products', id, 1))).results;
      expect(del.status).toBe('conflict');
      expect(del.row).toMatchObject({ deleted: false, name: 'Edited' });
      const { changes } = await bob.pullAll();
      expect(changes.find((c) => c.id === del.conflictId)!.row).toMatchObject({ kind: 'delete-edit', entityId: id, losing: 'delete', resolved: false });
      const { cursor } = await bob.pullAll();
      const [mine] = (await bob.send(command('conflicts', del.conflictId!, 'conflict.resolve', { conflictId: del.conflictId, choice: 'mine' }))).results;
      expect(mine.status).toBe('applied');
      const after = await bob.pullAll(cursor);
      expect(after.changes.find((c) => c.id === id)).toMatchObject({ op: 'delete' });
    });

    it('edit after a delete: the row stays deleted, the edit is kept, and the row is restorable', async () => {
      const { id } = await aliceProduct();
      expect((await alice.send(remove('products', id, 1))).results[0].status).toBe('applied');
      const [edit] = (await bob.send(patch('products', id, 1, { name: { old: 'Power bank 10000 mAh', new: 'Late edit' } }))).results;
      expect(edit.status).toBe('conflict');
      expect(edit.row).toMatchObject({ deleted: true, name: 'Power bank 10000 mAh' });
      const { changes } = await bob.pullAll();
      expect(changes.find((c) => c.id === edit.conflictId)!.row).toMatchObject({
        kind: 'delete-edit', losing: 'edit', fields: { name: { client: 'Late edit' } },
      });
      const [restored] = (await bob.send(command('products', id, 'row.restore', { entity: 'products', id }))).results;
      expect(restored.row).toMatchObject({ deleted: false, rev: 3 });
    });

    it('refuses a patch of a command field (quote status) but accepts the rest of the batch', async () => {
      const quoteId = uuidv7();
      const [created] = (await alice.send(create('quotes', quoteId, quote(uuidv7())))).results;
      const answer = await alice.send(patch('quotes', quoteId, created.rev!, { status: { old: 'draft', new: 'accepted' } }), patch('quotes', quoteId, created.rev!, { notes: { old: '', new: 'ok' } }));
      expect(answer.results.map((r) => r.error?.code ?? r.status)).toEqual(['forbidden_transition', 'applied']);
    });
  });

  it('assigns distinct business numbers to quotes created offline on two devices at once', async () => {
    const makeQuotes = (device: Device) => device.send(...Array.from({ length: 10 }, () => create('quotes', uuidv7(), quote(uuidv7(), { number: 'Q-PROVISIONAL' }))));
    const [a, b] = await Promise.all([makeQuotes(alice), makeQuotes(bob)]);
    const numbers = [...a.results, ...b.results].map((r) => r.row!.number as string);
    expect(new Set(numbers).size).toBe(20);
    for (const n of numbers) expect(n).toMatch(/^Q-2026-\d{6}$/);
  });

  it('isolates tenants: another tenant\'s row is not_found and never pulled', async () => {
    const { id } = await aliceProduct();
    const other = await createTenant(url, 'Other');
    const stranger = new Device(url, other.emails.a);
    await stranger.login();
    const answer = await stranger.send(patch('products', id, 1, { name: { old: 'Power bank 10000 mAh', new: 'Mine now' } }), remove('products', id, 1));
    expect(answer.results.map((r) => r.error?.code)).toEqual(['not_found', 'not_found']);
    const { changes } = await stranger.pullAll();
    expect(changes).toEqual([]);
    const [resolve] = (await stranger.send(command('conflicts', uuidv7(), 'conflict.resolve', { conflictId: uuidv7(), choice: 'mine' }))).results;
    expect(resolve.error?.code).toBe('not_found');
  });

  describe('limits and errors', () => {
    it('answers 413 payload_too_large for a body over 1 MiB and for more than 500 mutations', async () => {
      const big = await alice.push(alice.mutations(create('products', uuidv7(), product({ notes: 'x'.repeat(1024 * 1024) }))));
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('payload_too_large');
      const many = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => ({ mid: 10_000 + i, opId: uuidv7(), kind: 'delete', entity: 'products', id: uuidv7(), baseRev: 1, changes: {} }));
      const tooMany = await call(url, '/v1/sync/push', { token: alice.accessToken, body: { clientId: alice.clientId, schemaVersion: 1, mutations: many } });
      expect(tooMany.status).toBe(413);
      expect(tooMany.body.error.code).toBe('payload_too_large');
      alice.nextMid -= 1; // the oversized mutation never reached the server
    });

    it('answers 400 bad_request with the failing paths', async () => {
      const answer = await call(url, '/v1/sync/push', { token: alice.accessToken, body: { clientId: alice.clientId, schemaVersion: 1, mutations: [{ mid: 'one' }] } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('bad_request');
      expect(answer.body.error.issues.map((i: { path: string[] }) => i.path.join('.'))).toContain('mutations.0.mid');
      const broken = await call(url, '/v1/auth/login', { raw: '{not json' });
      expect(broken.status).toBe(400);
      expect(broken.body.error.code).toBe('bad_request');
    });

    it('answers 409 schema_too_old with minSchemaVersion', async () => {
      const answer = await alice.push([], { schemaVersion: 0 });
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ error: { code: 'schema_too_old', minSchemaVersion: 1 } });
    });

    it('answers 410 cursor_expired for a cursor this server never issued', async () => {
      const answer = await alice.pull('999999999');
      expect(answer.status).toBe(410);
      expect((answer.body as any).error.code).toBe('cursor_expired');
    });

    it('allows only the app:// origin and the configured web origin (CORS)', async () => {
      const allowed = await fetch(`${url}/v1/health`, { headers: { origin: 'app://supplier-console' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('app://supplier-console');
      const web = await fetch(`${url}/v1/health`, { headers: { origin: 'http://localhost:5173' } });
      expect(web.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const evil = await fetch(`${url}/v1/sync/pull`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const otherPort = await fetch(`${url}/v1/health`, { headers: { origin: 'http://localhost:5174' } });
      expect(otherPort.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('pull', () => {
    it('pages 2,500 rows with no gap and no repeat, while other writes land between pages', async () => {
      const tenant = await createTenant(url, 'Paging');
      const writer = new Device(url, tenant.emails.a);
      const reader = new Device(url, tenant.emails.b);
      await writer.login();
      await reader.login();
      const ids: string[] = [];
      for (let batch = 0; batch < 5; batch += 1) {
        const inputs = Array.from({ length: 500 }, () => { const id = uuidv7(); ids.push(id); return create('products', id, product()); });
        const answer = await writer.send(...inputs);
        expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
      }
      const seen = new Map<string, number>();
      const seqs: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      const late: string[] = [];
      for (;;) {
        const page: PullResponse = (await reader.pull(cursor, 300)).body;
        for (const change of page.changes) {
          seqs.push(change.seq);
          seen.set(change.id, (seen.get(change.id) ?? 0) + 1);
        }
        cursor = page.cursor;
        pages += 1;
        if (pages === 3) {
          // A new row and an edit of an already-pulled row land mid-way.
          const id = uuidv7();
          late.push(id);
          await writer.send(create('products', id, product()), patch('products', ids[0], 1, { notes: { old: '', new: 'edited while paging' } }));
        }
        if (!page.hasMore) break;
      }
      expect(pages).toBeGreaterThanOrEqual(9);
      for (const id of [...ids, ...late]) expect(seen.has(id)).toBe(true);
      expect(seen.get(ids[1])).toBe(1);
      expect(seen.get(ids[0])).toBe(2); // its edit is a new version, after the first one
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect((await reader.pull(cursor)).body.changes).toEqual([]);
    }, 120_000);

    it('compacts versions of a row into its latest and reports a later delete', async () => {
      const { id } = await aliceProduct();
      const { cursor } = await bob.pullAll();
      await alice.send(patch('products', id, 1, { notes: { old: '', new: 'v2' } }), patch('products', id, 2, { notes: { old: 'v2', new: 'v3' } }));
      const page = (await bob.pull(cursor)).body;
      expect(page.changes.filter((c: Change) => c.id === id)).toEqual([expect.objectContaining({ rev: 3, row: expect.objectContaining({ notes: 'v3' }) })]);
      await alice.send(remove('products', id, 3));
      const deleted = (await bob.pull(page.cursor)).body;
      expect(deleted.changes).toEqual([expect.objectContaining({ id, op: 'delete', rev: 4 })]);
    });

    it('omits old tombstones from a pull from null', async () => {
      const { id } = await aliceProduct();
      await alice.send(remove('products', id, 1));
      const { changes } = await (async () => { const d = new Device(url, emails.b); await d.login(); return d.pullAll(); })();
      expect(changes.some((c) => c.id === id)).toBe(false);
    });
  });

  describe('pokes (SSE)', () => {
    async function firstPokes(streamUrl: string, token: string, count: number, trigger: () => Promise<unknown>): Promise<number[]> {
      const controller = new AbortController();
      const response = await fetch(`${streamUrl}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const seqs: number[] = [];
      let buffer = '';
      let triggered = false;
      while (seqs.length < count) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (const match of buffer.matchAll(/event: poke\ndata: (\{[^\n]*\})\n\n/g)) seqs.push(JSON.parse(match[1]).seq);
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
        if (!triggered && seqs.length >= 1) { triggered = true; await trigger(); }
      }
      controller.abort();
      return seqs;
    }

    it('pokes connected clients of the tenant when its seq moves', async () => {
      const seqs = await firstPokes(url, bob.accessToken, 2, () => aliceProduct());
      expect(seqs[1]).toBeGreaterThan(seqs[0]);
    });

    it('pokes across server instances sharing the database' + (kind === 'sqlite' ? ' (PostgreSQL only)' : ''), async () => {
      if (kind === 'sqlite') return; // one SQLite file has one server instance
      const sibling = await server.sibling();
      try {
        const seqs = await firstPokes(sibling.url, bob.accessToken, 2, () => aliceProduct());
        expect(seqs[1]).toBeGreaterThan(seqs[0]);
      } finally {
        await sibling.close();
      }
    });
  });

  describe('platform simulator', () => {
    it('answers 404 without PLATFORM_ADMIN_TOKEN configured and 401 with a wrong token', async () => {
      const bare = await startTestServer('sqlite', null, { adminToken: null });
      try {
        expect((await call(bare.url, '/v1/admin/tenants', { token: ADMIN_TOKEN, body: { name: 'x', users: [] } })).status).toBe(404);
      } finally {
        await bare.close();
      }
      expect((await call(url, '/v1/admin/tenants', { token: 'wrong', body: {} })).status).toBe(401);
    });

    it('delivers RFQs, payments and tracking as rows that clients pull', async () => {
      const tenant = await createTenant(url, 'Platform');
      const device = new Device(url, tenant.emails.a);
      await device.login();
      const { cursor } = await device.pullAll();
      const rfq = await call(url, `/v1/platform/tenants/${tenant.tenantId}/rfqs`, {
        token: ADMIN_TOKEN,
        body: { buyer: { company: 'Greenleaf', country: 'GB', contact: 'Amelia', email: 'amelia@greenleaf.example' }, productQuery: 'bottles', quantity: 3000, unit: 'pcs', targetPrice: '2.60', currency: 'USD', incoterm: 'FOB' },
      });
      expect(rfq.status).toBe(200);
      expect(rfq.body).toMatchObject({ rev: 1, status: 'new', quantity: 3000 });
      const orderId = uuidv7();
      const shipmentId = uuidv7();
      await device.send(create('orders', orderId, order(uuidv7())), create('shipments', shipmentId, shipment(uuidv7(), { orderIds: [orderId] })));
      const payment = await call(url, `/v1/platform/tenants/${tenant.tenantId}/orders/${orderId}/payments`, {
        token: ADMIN_TOKEN, body: { kind: 'deposit', amount: '3600.00', currency: 'USD', method: 'ESCROW', receivedAt: '2026-03-02T09:00:00Z' },
      });
      expect(payment.status).toBe(200);
      const tracking = await call(url, `/v1/platform/tenants/${tenant.tenantId}/shipments/${shipmentId}/tracking`, {
        token: ADMIN_TOKEN, body: { status: 'departed', location: 'Ningbo', at: '2026-03-05T02:00:00Z' },
      });
      expect(tracking.body).toMatchObject({ trackingStatus: 'departed', trackingLocation: 'Ningbo', rev: 2 });
      const { changes } = await device.pullAll(cursor);
      expect(changes.find((c) => c.entity === 'rfqs')!.row).toMatchObject({ productQuery: 'bottles' });
      expect(changes.find((c) => c.entity === 'payments')!.row).toMatchObject({ orderId, amount: '3600.00' });
      expect(changes.find((c) => c.id === orderId)!.row).toMatchObject({ paymentState: 'deposit_received', paidAmount: '3600' });
      const missing = await call(url, `/v1/platform/tenants/${tenant.tenantId}/orders/${uuidv7()}/payments`, {
        token: ADMIN_TOKEN, body: { kind: 'deposit', amount: '1.00', currency: 'USD', method: 'TT', receivedAt: '2026-03-02T09:00:00Z' },
      });
      expect(missing.status).toBe(404);
    });
  });
});
