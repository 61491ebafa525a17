// Persistence across restarts and kill -9: the real CLI (`server/main.ts`) as a child process,
// pushed to over HTTP while it is killed; every acknowledged mutation must be there afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../../../server/db';
import type { Mutation, MutationResult } from '../../../shared/sync/protocol';
import { ADMIN_TOKEN, call, create, Device, product, testedDatabases, type Kind } from './harness';
import { freePort, startPostgres, type PostgresCluster } from './postgres';

const ROOT = join(import.meta.dirname, '../../..');

interface Child { url: string; process: ChildProcess; exited: Promise<number | null> }

async function startCli(env: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const up = await fetch(`${url}/v1/health`).then((r) => r.ok, () => false);
    if (up) return { url, process: child, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not come up: ${output}`);
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

/** Pushes batches of creates from each device until the server goes away. */
function pushUntilDown(devices: Device[]) {
  const acknowledged = new Set<string>();
  /** Per device, the batch whose answer never came: like an outbox, it is resent as is. */
  const unanswered = new Map<Device, Mutation[]>();
  const done = Promise.all(devices.map(async (device) => {
    for (;;) {
      const batch = device.mutations(...Array.from({ length: 25 }, () => create('products', uuidv7(), product())));
      try {
        const answer = await device.push(batch);
        if (answer.status !== 200) throw new Error(`push ${answer.status}`);
        for (const r of answer.body.results) if (r.status === 'applied') acknowledged.add(batch[r.mid - batch[0].mid].id);
      } catch {
        unanswered.set(device, batch);
        return;
      }
    }
  }));
  return { acknowledged, unanswered, done };
}

describe.each<Kind>(testedDatabases())('durability on %s', (kind) => {
  let cluster: PostgresCluster | null = null;
  let env: Record<string, string>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sc-durable-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    if (kind === 'postgres') {
      cluster = await startPostgres();
      env.DATABASE_URL = await cluster.createDatabase('durability');
    }
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged mutation through kill -9 under load, and tokens across restart', async () => {
    let server = await startCli(env);
    const tenant = await call(server.url, '/v1/admin/tenants', {
      token: ADMIN_TOKEN,
      body: { name: `Durable ${kind}`, users: [{ email: `a@durable-${kind}.test`, password: 'password-123', name: 'A', role: 'admin' }, { email: `b@durable-${kind}.test`, password: 'password-123', name: 'B', role: 'sales' }] },
    });
    expect(tenant.status).toBe(200);
    const devices = [new Device(server.url, `a@durable-${kind}.test`), new Device(server.url, `b@durable-${kind}.test`)];
    for (const d of devices) await d.login();

    const load = pushUntilDown(devices);
    await until(() => load.acknowledged.size >= 100);
    server.process.kill('SIGKILL');
    await load.done;
    expect(load.acknowledged.size).toBeGreaterThan(0);

    server = await startCli(env);
    const pulled = new Set<string>();
    for (const device of devices) {
      device.url = server.url;
      const { changes } = await device.pullAll(null, 5000); // the access token survived the restart
      for (const c of changes) pulled.add(c.id);
    }
    const lost = [...load.acknowledged].filter((id) => !pulled.has(id));
    expect(lost).toEqual([]);

    // Each client resends its unanswered batch as is: applied now, or a duplicate of what the
    // killed server committed without answering. Either way it is there exactly once.
    for (const [device, batch] of load.unanswered) {
      const answer = await device.push(batch);
      expect(answer.body.lastMutationId).toBe(batch[batch.length - 1].mid);
      expect(answer.body.results.map((r: MutationResult) => r.status === 'duplicate' ? r.firstStatus : r.status)).toEqual(batch.map(() => 'applied'));
    }

    // Graceful stop under load: in-flight requests finish, the process exits 0.
    const second = pushUntilDown(devices);
    await until(() => second.acknowledged.size >= 25);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await second.done;
    // What the stopped server wrote, read straight from its database.
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL || null, dataDir: dataDir });
    try {
      const stored = new Set((await handle.db.selectFrom('rows').select('id').where('entity', '=', 'products').execute()).map((r) => r.id));
      expect([...second.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await handle.close();
    }
  }, 90_000);
});
