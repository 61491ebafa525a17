// The real platform server as a child process (so it can be restarted and killed with -9),
// a fault-injecting HTTP proxy in front of it, and sync clients running the real engine on
// fake-indexeddb in this process.
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer as netServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { SupplierDb } from '../../../renderer/data/db';
import { SyncEngine } from '../../../renderer/sync/engine';
import type { SecretStore } from '../../../renderer/sync/session';

export const ADMIN_TOKEN = 'integration-admin-token';
const ROOT = join(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Deterministic PRNG (mulberry32), so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let bundled: Promise<string> | null = null;

/** The server CLI bundled once with esbuild: restarts then take well under a second instead of a tsx compile each. */
export function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    // Inside the repository, so the bundle's bare imports resolve to our node_modules.
    const outfile = join(ROOT, 'node_modules/.cache/sync-it-server', `main-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'server/main.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', logLevel: 'error',
    });
    return outfile;
  })();
  return bundled;
}

export class ServerProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'sync-it-'));
  private child: ChildProcess | null = null;
  output = '';
  constructor(readonly port: number) {}

  get url(): string { return `http://127.0.0.1:${this.port}`; }
  get sqliteFile(): string { return join(this.dataDir, 'platform.sqlite'); }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [await serverBundle()], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, PLATFORM_ADMIN_TOKEN: ADMIN_TOKEN, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => { this.output += d; });
    child.stderr!.on('data', (d) => { this.output += d; });
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited: ${this.output}`);
      try {
        const r = await fetch(`${this.url}/v1/health`);
        if (r.ok) return;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start: ${this.output}`);
  }

  /** SIGTERM (graceful) or SIGKILL (kill -9: no chance to finish anything). */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  async restart(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    await this.stop(signal);
    await this.start();
  }

  cleanup(): void { rmSync(this.dataDir, { recursive: true, force: true }); }
}

export async function createTenant(serverUrl: string, users: { email: string; password: string; name: string }[]) {
  const response = await fetch(`${serverUrl}/v1/admin/tenants`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ name: `Factory ${uuidv7()}`, users: users.map((u) => ({ ...u, role: 'sales' })) }),
  });
  if (!response.ok) throw new Error(`createTenant: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ tenant: { id: string }; users: { id: string; email: string }[] }>;
}

export type Fault = 'dropRequest' | 'dropResponse' | 'delay' | 'serverError' | 'unauthorized';
export interface FaultRates { dropRequest: number; dropResponse: number; delay: number; serverError: number; unauthorized: number }
export const NO_FAULTS: FaultRates = { dropRequest: 0, dropResponse: 0, delay: 0, serverError: 0, unauthorized: 0 };

/**
 * HTTP proxy that forwards to the server and, per request, may: drop the request (the server
 * never sees it), drop the response (the server did the work, the client never hears), delay,
 * answer 503, or answer 401 (as an expired access token would). `force` queues faults or
 * answers for the next requests to a path, for targeted tests.
 */
export class FaultProxy {
  rates: FaultRates = { ...NO_FAULTS };
  readonly counts: Record<Fault, number> = { dropRequest: 0, dropResponse: 0, delay: 0, serverError: 0, unauthorized: 0 };
  readonly forced: { path: string; fault: Fault | { status: number; body: unknown } }[] = [];
  readonly seen: { path: string; body: string }[] = [];
  private server: http.Server | null = null;
  port = 0;

  constructor(private readonly target: () => number, private readonly random: () => number) {}

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  private pick(path: string): Fault | { status: number; body: unknown } | null {
    const forced = this.forced.findIndex((f) => path.startsWith(f.path));
    if (forced >= 0) return this.forced.splice(forced, 1)[0].fault;
    let roll = this.random();
    for (const fault of Object.keys(this.rates) as Fault[]) {
      if (fault === 'unauthorized' && !path.startsWith('/v1/sync/')) continue;
      if (roll < this.rates[fault]) return fault;
      roll -= this.rates[fault];
    }
    return null;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const path = req.url ?? '/';
    this.seen.push({ path, body: body.toString() });
    const fault = this.pick(path);
    if (fault && typeof fault === 'object') {
      res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify(fault.body));
      return;
    }
    if (fault) this.counts[fault]++;
    if (fault === 'dropRequest') { req.socket.destroy(); return; }
    if (fault === 'serverError') { res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'unavailable', message: 'injected' } })); return; }
    if (fault === 'unauthorized') { res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'unauthenticated', message: 'injected' } })); return; }
    if (fault === 'delay') await new Promise((r) => setTimeout(r, 20 + Math.floor(this.random() * 200)));
    const upstream = http.request({ host: '127.0.0.1', port: this.target(), path, method: req.method, headers: req.headers }, (up) => {
      const parts: Buffer[] = [];
      up.on('data', (c: Buffer) => parts.push(c));
      up.on('end', () => {
        if (fault === 'dropResponse') { req.socket.destroy(); return; }
        const headers = { ...up.headers };
        delete headers['transfer-encoding'];
        res.writeHead(up.statusCode ?? 502, headers).end(Buffer.concat(parts));
      });
      up.on('error', () => req.socket.destroy());
    });
    upstream.on('error', () => req.socket.destroy()); // server down: as unreachable as it gets
    upstream.end(body);
  }
}

export function memorySecrets(): SecretStore {
  const store = new Map<string, string>();
  return {
    async getSecret(key) { return store.get(key) ?? null; },
    async setSecret(key, value) { store.set(key, value); },
    async deleteSecret(key) { store.delete(key); },
  };
}

/** One machine: its own IndexedDB, network switch and engine. */
export class Client {
  readonly database = new SupplierDb(`client-${uuidv7()}`);
  offline = false;
  readonly engine: SyncEngine;

  constructor(readonly name: string, readonly email: string, readonly password: string, readonly serverUrl: string, random: () => number, pullLimit = 200) {
    this.engine = new SyncEngine({
      database: this.database,
      fetch: (input, init) => (this.offline ? Promise.reject(new TypeError('fetch failed: network is down')) : fetch(input, init)),
      secrets: memorySecrets(),
      random,
      pokes: false,
      pullLimit,
    });
  }

  signIn() { return this.engine.signIn({ serverUrl: this.serverUrl, email: this.email, password: this.password, deviceName: this.name }); }
}
