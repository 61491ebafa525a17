// Runs inside Chromium for `npm run bench:sync` (bundled by test/bench/sync.mjs): the real
// engine, Dexie and the one write path on real IndexedDB, driven through `window.syncBench`.
import { v7 as uuidv7 } from 'uuid';
import { SupplierDb } from '../../renderer/data/db';
import { write } from '../../renderer/data/repository';
import { countAll } from '../../renderer/data/outbox';
import { createAppEngine } from '../../renderer/sync/browser';
import type { SyncEngine } from '../../renderer/sync/engine';
import type { SecretStore } from '../../renderer/sync/session';

const secrets = new Map<string, string>();
const memorySecrets: SecretStore = {
  async getSecret(key) { return secrets.get(key) ?? null; },
  async setSecret(key, value) { secrets.set(key, value); },
  async deleteSecret(key) { secrets.delete(key); },
};

/** Time spent waiting for each kind of request (until its body is read), for the push phase breakdown. */
const requestMs = new Map<string, number>();
/** Profiling runs only: wraps fetch to time requests (reading each body once more). */
function traceRequests(): void {
  const plainFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    const t0 = performance.now();
    const response = await plainFetch(input, init);
    if (path === '/v1/sync/events') return response;
    const text = await response.text();
    requestMs.set(path, (requestMs.get(path) ?? 0) + performance.now() - t0);
    requestMs.set(`${path} n`, (requestMs.get(`${path} n`) ?? 0) + 1);
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

let database: SupplierDb;
let engine: SyncEngine;

const bench = {
  traceRequests,
  /** A machine as the app wires it (Web Locks leader, wake on edit/online/focus, pokes). */
  async open(serverUrl: string, email: string, password: string) {
    database = new SupplierDb(`bench-${uuidv7()}`);
    await database.open();
    engine = createAppEngine({ database, platform: memorySecrets, mirrorOutbox: false });
    await engine.signIn({ serverUrl, email, password, deviceName: 'bench' });
  },
  /** Initial sync into the empty database: ms and rows. */
  async initialSync() {
    const t0 = performance.now();
    await engine.syncNow();
    return { ms: performance.now() - t0, rows: await database.products.count() };
  },
  /** Baseline: the same rows, raw bulkPut into a fresh database of the same schema. */
  async rawBulkPut() {
    const rows = await database.products.toArray();
    const fresh = new SupplierDb(`bench-raw-${uuidv7()}`);
    await fresh.open();
    const t0 = performance.now();
    await fresh.products.bulkPut(rows);
    const ms = performance.now() - t0;
    fresh.close();
    return { ms, rows: rows.length };
  },
  /** Queue `count` edits (one outbox entry each) through the one write path. */
  async queueEdits(count: number) {
    const ids = (await database.products.limit(count).primaryKeys()) as string[];
    await write(async (w) => { for (const id of ids) await w.patch('products', id, { notes: `bench ${id.slice(-6)}` }); }, { database });
  },
  /** Time the sync that pushes the queued edits (and pulls them back). */
  async pushQueued() {
    const queued = await countAll(database);
    requestMs.clear();
    const t0 = performance.now();
    await engine.syncNow();
    const ms = performance.now() - t0;
    return { ms, queued, left: await countAll(database), phases: Object.fromEntries([...requestMs].map(([k, v]) => [k, Math.round(v)])) };
  },
  async start() { await engine.start(); },
  async firstProductId() { return (await database.products.orderBy('id').first())!.id; },
  /** Edit a product's notes; returns the wall-clock time of the edit. */
  async edit(id: string, notes: string) {
    await write((w) => w.patch('products', id, { notes }), { database });
    return Date.now();
  },
  /** Resolves with the wall-clock time when `notes` of `id` shows in this machine's database. */
  waitFor(id: string, notes: string): Promise<number> {
    return new Promise((resolve) => {
      const check = async () => {
        if ((await database.products.get(id))?.notes === notes) { resolve(Date.now()); return; }
        setTimeout(() => void check(), 5);
      };
      void check();
    });
  },
};

(window as unknown as { syncBench: typeof bench }).syncBench = bench;
