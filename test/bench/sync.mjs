// Sync benchmark, in Debian's Chromium against the real server (SQLite), in one run:
//   1. initial sync of ROWS products from the server into an empty client (real engine, real
//      IndexedDB) vs a raw Dexie bulkPut of the same rows into a fresh database → ratio
//   2. push of 10,000 queued edits (the sync that sends them, including pulling them back)
//   3. edit-to-visible latency between two clients with pokes (p50, p95), on a small catalog
//   4. server push/pull throughput under autocannon on SQLite and PostgreSQL (server-throughput.mjs)
// Prints the figures and writes test/bench/results/sync.json.
// Env: BENCH_ROWS (100000), BENCH_PUSH (10000), BENCH_LATENCY_SAMPLES (40), BENCH_SKIP_THROUGHPUT=1,
// BENCH_PROFILE=<file>: a CPU profile (.cpuprofile) of the timed push sync and its request times.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { v7 as uuidv7 } from 'uuid';
import { serverThroughput } from './server-throughput.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PUSH = Number(process.env.BENCH_PUSH ?? 10_000);
const SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 40);
const ADMIN = 'sync-bench-admin';
const PASSWORD = 'bench-password-2026';
const TARGETS = { initialSyncRatio: 2, push10kMs: 10_000, editToVisibleP95Ms: 1_000 };

const freePort = () => new Promise((resolve) => { const s = http.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function post(url, path, body, token) {
  const response = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function startServer(webOrigin) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', PLATFORM_ADMIN_TOKEN: ADMIN, WEB_ORIGIN: webOrigin }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/v1/health`).then((r) => r.ok, () => false)) {
      return { url, stop: () => new Promise((r) => { child.on('exit', r); child.kill('SIGTERM'); }).then(() => rmSync(dataDir, { recursive: true, force: true })) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

/** The bench page: sync-page.ts bundled for the browser, served from its own origin. */
async function servePage() {
  const dir = mkdtempSync(join(tmpdir(), 'sync-bench-page-'));
  await build({ entryPoints: [join(ROOT, 'test/bench/sync-page.ts')], outfile: join(dir, 'bench.js'), bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', logLevel: 'error' });
  const html = '<!doctype html><meta charset="utf-8"><title>sync bench</title><script type="module" src="bench.js"></script>';
  const server = http.createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, 'bench.js')));
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${port}`, close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

function product(i) {
  const moq = [50, 100, 200, 500][i % 4];
  return {
    sku: `BN-${String(i).padStart(6, '0')}`, name: `Stainless bottle ${i % 7 === 0 ? '750' : '500'} ml, colour ${i % 12}`, localizedNames: { 'zh-CN': `不锈钢保温瓶 ${i}`, ko: `스테인리스 보온병 ${i}` },
    unit: 'pcs', moq, currency: 'USD', priceTiers: [{ minQty: moq, unitPrice: (2 + (i % 300) / 100).toFixed(2) }, { minQty: moq * 10, unitPrice: (1.8 + (i % 300) / 100).toFixed(2) }],
    hsCode: '9617001000', originCountry: 'CN', leadTimeDays: 20 + (i % 30), unitsPerCarton: 48, lengthCm: '52', widthCm: '42', heightCm: '30', grossWeightKg: '17.3', netWeightKg: '16',
    containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: true, notes: '', tags: ['drinkware'], status: 'active',
  };
}

/** A company whose catalog of `rows` products was pushed by a colleague's machine. */
async function company(server, name, rows, staff) {
  const users = [...staff, 'catalog'].map((n) => ({ email: `${n}.${uuidv7().slice(-8)}@bench.test`, password: PASSWORD, name: n, role: 'sales' }));
  await post(server.url, '/v1/admin/tenants', { name: `${name} ${uuidv7()}`, users }, ADMIN);
  const seeder = await post(server.url, '/v1/auth/login', { email: users.at(-1).email, password: PASSWORD });
  for (let start = 0, mid = 1; start < rows; start += 500) {
    const mutations = [];
    for (let i = start; i < Math.min(rows, start + 500); i++) {
      mutations.push({ mid: mid++, opId: uuidv7(), kind: 'create', entity: 'products', id: uuidv7(), baseRev: null, changes: Object.fromEntries(Object.entries(product(i)).map(([k, v]) => [k, { old: null, new: v }])) });
    }
    const answer = await post(server.url, '/v1/sync/push', { clientId: seeder.clientId, schemaVersion: 1, mutations }, seeder.accessToken);
    if (answer.results.some((r) => r.status !== 'applied')) throw new Error(`seeding: ${JSON.stringify(answer.results.find((r) => r.status !== 'applied'))}`);
  }
  return users.slice(0, -1);
}

const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const round = (v) => Math.round(v);

const page = await servePage();
const server = await startServer(page.origin);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const results = { at: new Date().toISOString(), rows: ROWS };
try {
  const openClient = async (user) => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(page.origin);
    await tab.waitForFunction(() => 'syncBench' in window);
    await tab.evaluate(([url, email, password]) => window.syncBench.open(url, email, password), [server.url, user.email, PASSWORD]);
    return tab;
  };

  let t0 = Date.now();
  const [big] = await company(server, 'Bench catalog', ROWS, ['big']);
  results.seedMs = Date.now() - t0;
  console.log(`seeded ${ROWS} products through the push API in ${results.seedMs} ms`);

  // 1. Initial sync vs raw bulkPut of the same rows.
  const client = await openClient(big);
  const sync = await client.evaluate(() => window.syncBench.initialSync());
  if (sync.rows !== ROWS) throw new Error(`initial sync brought ${sync.rows} of ${ROWS} rows`);
  const raw = await client.evaluate(() => window.syncBench.rawBulkPut());
  Object.assign(results, { initialSyncMs: round(sync.ms), rawBulkPutMs: round(raw.ms), initialSyncRatio: Math.round((sync.ms / raw.ms) * 100) / 100 });
  console.log(`initial sync ${results.initialSyncMs} ms vs raw bulkPut ${results.rawBulkPutMs} ms → ratio ${results.initialSyncRatio}`);

  // 2. Push of 10k queued edits. BENCH_PROFILE=<file> records a CPU profile of the timed sync.
  await client.evaluate((n) => window.syncBench.queueEdits(n), Math.min(PUSH, ROWS));
  if (process.env.BENCH_PROFILE) await client.evaluate(() => window.syncBench.traceRequests());
  const profiler = process.env.BENCH_PROFILE ? await client.context().newCDPSession(client) : null;
  if (profiler) { await profiler.send('Profiler.enable'); await profiler.send('Profiler.setSamplingInterval', { interval: 200 }); await profiler.send('Profiler.start'); }
  const push = await client.evaluate(() => window.syncBench.pushQueued());
  if (profiler) writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await profiler.send('Profiler.stop')).profile));
  if (process.env.BENCH_PROFILE) console.log(`push requests (total ms, count): ${JSON.stringify(push.phases)}`);
  if (push.left !== 0) throw new Error(`${push.left} edits left in the outbox`);
  Object.assign(results, { pushQueued: push.queued, push10kMs: round(push.ms) });
  console.log(`push of ${push.queued} queued edits (and pulling them back) ${results.push10kMs} ms`);
  await client.context().close();

  // 3. Edit-to-visible latency between two machines with pokes.
  const [c, d] = await company(server, 'Bench latency', 50, ['c', 'd']);
  const editor = await openClient(c);
  const viewer = await openClient(d);
  for (const tab of [editor, viewer]) { await tab.evaluate(() => window.syncBench.initialSync()); await tab.evaluate(() => window.syncBench.start()); }
  const id = await editor.evaluate(() => window.syncBench.firstProductId());
  await new Promise((r) => setTimeout(r, 1000)); // poke streams connected
  const latencies = [];
  for (let i = 0; i < SAMPLES; i++) {
    const notes = `latency ${i}`;
    const seen = viewer.evaluate(([x, n]) => window.syncBench.waitFor(x, n), [id, notes]);
    const editedAt = await editor.evaluate(([x, n]) => window.syncBench.edit(x, n), [id, notes]);
    latencies.push((await seen) - editedAt);
    await new Promise((r) => setTimeout(r, 100));
  }
  Object.assign(results, { latencySamples: SAMPLES, editToVisibleP50Ms: percentile(latencies, 50), editToVisibleP95Ms: percentile(latencies, 95) });
  console.log(`edit-to-visible p50 ${results.editToVisibleP50Ms} ms, p95 ${results.editToVisibleP95Ms} ms (${SAMPLES} edits)`);
} finally {
  await browser.close();
  await server.stop();
  page.close();
}

// 4. Server throughput on SQLite and PostgreSQL.
if (!process.env.BENCH_SKIP_THROUGHPUT) {
  results.serverThroughput = await serverThroughput();
  for (const f of results.serverThroughput) console.log(`${f.db}: push ${f.pushMutationsPerSec} mutations/s (${f.pushReqPerSec} req/s), pull ${f.pullRowsPerSec} rows/s (${f.pullReqPerSec} req/s), health ${f.healthReqPerSec} req/s`);
}

results.targets = TARGETS;
results.meetsTargets = { initialSyncRatio: results.initialSyncRatio <= TARGETS.initialSyncRatio, push10kMs: results.push10kMs <= TARGETS.push10kMs, editToVisibleP95Ms: results.editToVisibleP95Ms <= TARGETS.editToVisibleP95Ms };
results.loadavg = loadavg();
console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared)`);
mkdirSync(join(ROOT, 'test/bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'test/bench/results/sync.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results.meetsTargets));
