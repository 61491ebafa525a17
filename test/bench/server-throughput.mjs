// Server throughput under autocannon, on SQLite and on PostgreSQL (a throwaway cluster, or
// TEST_DATABASE_URL). The server runs as its own process (`server/main.ts`), like a deployment.
//   push: each connection is one signed-in device pushing batches of BATCH new products
//         (contiguous mids, so every mutation really applies: no duplicates);
//   pull: full pages of PAGE rows from cursor null;
//   baseline: GET /v1/health in the same run — the ratios say how far real work is from the
//         cheapest request on this machine right now.
// `serverThroughput()` returns the figures (used by `npm run bench:sync`); run directly it prints
// them and writes test/bench/results/server-throughput.json.
// Env: BENCH_DB=sqlite,postgres  BENCH_SECONDS=5  BENCH_CONNECTIONS=4  BENCH_BATCH=50  BENCH_PAGE=500
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { tsImport } from 'tsx/esm/api';
import { v7 as uuidv7 } from 'uuid';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ADMIN = 'bench-admin-token';

async function startServer(env) {
  const { freePort } = await tsImport('../integration/server/postgres.ts', import.meta.url);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), PLATFORM_ADMIN_TOKEN: ADMIN }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (await fetch(`${url}/v1/health`).then((r) => r.ok, () => false)) return { url, stop: () => new Promise((r) => { child.on('exit', r); child.kill('SIGTERM'); }) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function post(url, path, body, token) {
  const response = await fetch(url + path, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

let skuCounter = 0;
function productChanges() {
  skuCounter += 1;
  const fields = {
    sku: `BENCH-${process.pid}-${skuCounter}`, name: 'Stainless steel water bottle 500ml', localizedNames: { 'zh-CN': '不锈钢保温水瓶 500ml', ko: '스테인리스 보온병 500ml' },
    unit: 'pcs', moq: 500, currency: 'USD', priceTiers: [{ minQty: 500, unitPrice: '2.85' }, { minQty: 2000, unitPrice: '2.68' }],
    hsCode: '9617001000', originCountry: 'CN', leadTimeDays: 30, unitsPerCarton: 50, lengthCm: '52', widthCm: '42', heightCm: '30',
    grossWeightKg: '17.3', netWeightKg: '16', containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: true,
    notes: '', tags: [], status: 'active',
  };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { old: null, new: v }]));
}

function run(options) {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Runs `connections` autocannon instances of one connection each (one device each) and sums them. */
async function load(url, devices, seconds, makeBody, path) {
  const results = await Promise.all(devices.map((device) => run({
    url, connections: 1, duration: seconds,
    requests: [{
      method: 'POST', path,
      setupRequest: (request) => ({
        ...request, body: JSON.stringify(makeBody(device)),
        headers: { ...request.headers, 'content-type': 'application/json', authorization: `Bearer ${device.accessToken}` },
      }),
    }],
  })));
  const non2xx = results.reduce((n, r) => n + r.non2xx + r.errors, 0);
  if (non2xx > 0) throw new Error(`${path}: ${non2xx} failed requests`);
  return { reqPerSec: results.reduce((n, r) => n + r.requests.average, 0), latencyP99Ms: Math.max(...results.map((r) => r.latency.p99)) };
}

export async function serverThroughput({
  dbs = (process.env.BENCH_DB ?? 'sqlite,postgres').split(','), seconds = Number(process.env.BENCH_SECONDS ?? 5),
  connections = Number(process.env.BENCH_CONNECTIONS ?? 4), batch = Number(process.env.BENCH_BATCH ?? 50), page = Number(process.env.BENCH_PAGE ?? 500),
} = {}) {
  const figures = [];
  for (const db of dbs) {
    const dataDir = mkdtempSync(join(tmpdir(), 'sc-bench-'));
    let cluster = null;
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    if (db === 'postgres') {
      const { startPostgres } = await tsImport('../integration/server/postgres.ts', import.meta.url);
      cluster = await startPostgres();
      env.DATABASE_URL = await cluster.createDatabase('bench');
    }
    const server = await startServer(env);
    try {
      const users = Array.from({ length: connections }, (_, i) => ({ email: `u${i}@bench-${db}.test`, password: 'bench-password', name: `U${i}`, role: 'sales' }));
      await post(server.url, '/v1/admin/tenants', { name: `Bench ${db}`, users }, ADMIN);
      const devices = [];
      for (const u of users) {
        const login = await post(server.url, '/v1/auth/login', { email: u.email, password: u.password });
        devices.push({ accessToken: login.accessToken, clientId: login.clientId, nextMid: 1 });
      }
      const baseline = await healthLoad(server.url, connections, seconds);
      const push = await load(server.url, devices, seconds, (device) => ({
        clientId: device.clientId, schemaVersion: 1,
        mutations: Array.from({ length: batch }, () => ({ mid: device.nextMid++, opId: uuidv7(), kind: 'create', entity: 'products', id: uuidv7(), baseRev: null, changes: productChanges() })),
      }), '/v1/sync/push');
      const pull = await load(server.url, devices, seconds, (device) => ({ clientId: device.clientId, cursor: null, limit: page }), '/v1/sync/pull');
      figures.push({
        db, connections, batch, page,
        healthReqPerSec: round(baseline.reqPerSec),
        pushReqPerSec: round(push.reqPerSec), pushMutationsPerSec: round(push.reqPerSec * batch), pushP99Ms: push.latencyP99Ms,
        pullReqPerSec: round(pull.reqPerSec), pullRowsPerSec: round(pull.reqPerSec * page), pullP99Ms: pull.latencyP99Ms,
        pushVsHealth: round(push.reqPerSec / baseline.reqPerSec, 3), pullVsHealth: round(pull.reqPerSec / baseline.reqPerSec, 3),
      });
    } finally {
      await server.stop();
      await cluster?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return figures;
}

/** GET /v1/health (autocannon's POST with an empty body would be a 404). */
async function healthLoad(url, connections, seconds) {
  const result = await run({ url: `${url}/v1/health`, connections, duration: seconds });
  return { reqPerSec: result.requests.average };
}

const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await serverThroughput();
  console.table(figures.map((f) => ({
    db: f.db, 'health req/s': f.healthReqPerSec, 'push req/s': f.pushReqPerSec, 'push mutations/s': f.pushMutationsPerSec,
    'pull req/s': f.pullReqPerSec, 'pull rows/s': f.pullRowsPerSec, 'push/health': f.pushVsHealth, 'pull/health': f.pullVsHealth,
  })));
  console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared)`);
  mkdirSync(join(ROOT, 'test/bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'test/bench/results/server-throughput.json'), JSON.stringify({ at: new Date().toISOString(), loadavg: loadavg(), figures }, null, 2));
}
