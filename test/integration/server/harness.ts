// Starts the real server over real HTTP on loopback (SQLite in a temp dir, or a database in
// a throwaway PostgreSQL cluster) and talks to it the way any client would: fetch + JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase, type DbHandle } from '../../../server/db';
import { buildServer, type PlatformServer, type ServerOptions } from '../../../server/app';
import type { EntityName } from '../../../shared/domain/common';
import type { ProductFields } from '../../../shared/domain/product';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { PostgresCluster } from './postgres';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export type Kind = 'sqlite' | 'postgres';

/** A settable clock: token expiry is tested by moving it, not by waiting. */
export class Clock {
  constructor(public ms = Date.parse('2026-03-02T08:00:00Z')) {}
  now = () => new Date(this.ms);
  advance(seconds: number) { this.ms += seconds * 1000; }
}

export interface TestServer {
  url: string;
  app: PlatformServer;
  handle: DbHandle;
  clock: Clock;
  /** Another server instance on the same database (several instances behind a proxy). */
  sibling(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function openTestDatabase(kind: Kind, cluster: PostgresCluster | null, name: string): Promise<{ handle: DbHandle; reopen(): Promise<DbHandle>; cleanup(): void }> {
  if (kind === 'postgres') {
    const url = await cluster!.createDatabase(name);
    return { handle: await openDatabase({ databaseUrl: url }), reopen: () => openDatabase({ databaseUrl: url }), cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sc-sqlite-'));
  return {
    handle: await openDatabase({ dataDir: dir }), reopen: () => openDatabase({ dataDir: dir }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startTestServer(kind: Kind, cluster: PostgresCluster | null, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const clock = new Clock();
  const db = await openTestDatabase(kind, cluster, 'conformance');
  const serverOptions: ServerOptions = {
    db: db.handle, now: clock.now, adminToken: ADMIN_TOKEN, webOrigin: 'http://localhost:5173',
    loginRateLimit: { maxFailures: 1000, windowMs: 60_000 }, ...options,
  };
  const app = await buildServer(serverOptions);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url, app, handle: db.handle, clock,
    async sibling() {
      const handle = await db.reopen();
      const other = await buildServer({ ...serverOptions, db: handle });
      const otherUrl = await other.listen({ host: '127.0.0.1', port: 0 });
      return { url: otherUrl, close: async () => { await other.close(); await handle.close(); } };
    },
    async close() {
      await app.close();
      await db.handle.close();
      db.cleanup();
    },
  };
}

export interface Answer<T = any> { status: number; body: T; headers: Headers }

export async function call<T = any>(url: string, path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const hasBody = init.body !== undefined || init.raw !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';
  const response = await fetch(url + path, {
    method: init.method ?? (hasBody ? 'POST' : 'GET'), headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

let tenantCounter = 0;
/** A tenant with users `a` and `b` through the admin endpoint; password "password-123". */
export async function createTenant(url: string, label = 'Acme'): Promise<{ tenantId: string; emails: { a: string; b: string } }> {
  tenantCounter += 1;
  const tag = `${label.toLowerCase()}${tenantCounter}${Math.random().toString(36).slice(2, 7)}`;
  const emails = { a: `a@${tag}.test`, b: `b@${tag}.test` };
  const answer = await call(url, '/v1/admin/tenants', {
    token: ADMIN_TOKEN,
    body: { name: `${label} ${tag}`, users: [
      { email: emails.a, password: 'password-123', name: 'Alice', role: 'admin' },
      { email: emails.b, password: 'password-123', name: 'Bob', role: 'sales' },
    ] },
  });
  if (answer.status !== 200) throw new Error(`create tenant: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { tenantId: answer.body.tenant.id, emails };
}

export function product(overrides: Partial<ProductFields> = {}): ProductFields {
  return {
    sku: `PB-${Math.random().toString(36).slice(2, 10).toUpperCase()}`, name: 'Power bank 10000 mAh',
    localizedNames: { 'zh-CN': '移动电源 10000毫安', ko: '보조배터리 10000mAh' },
    unit: 'pcs', moq: 100, currency: 'USD',
    priceTiers: [{ minQty: 100, unitPrice: '6.50' }, { minQty: 500, unitPrice: '6.10' }],
    hsCode: '8507600090', originCountry: 'CN', leadTimeDays: 25, unitsPerCarton: 40,
    lengthCm: '52', widthCm: '36', heightCm: '28', grossWeightKg: '13.5', netWeightKg: '12.2',
    containsLithium: true, lithiumType: 'ion', woodPackaging: false, food: false, kitchenware: false,
    notes: '', tags: ['electronics'], status: 'active',
    ...overrides,
  };
}

/** A whole draft quotation row, as the app writes one. */
export function quote(buyerId: string, overrides: Record<string, unknown> = {}) {
  return {
    number: '', buyerId, rfqId: null, version: 1, previousVersionId: null, status: 'draft', currency: 'USD', incoterm: 'FOB', namedPlace: 'Ningbo',
    validUntil: '2026-03-31', paymentTerms: '30 % T/T deposit, balance before shipment', sampleTerms: '', leadTimeDays: 30,
    portOfLoading: 'Ningbo', mode: 'sea-fcl', notes: '', sentAt: null, ...overrides,
  };
}

/** A whole order row as an accepted quotation leaves it, awaiting its deposit. */
export function order(buyerId: string, overrides: Record<string, unknown> = {}) {
  return {
    number: '', buyerId, quoteId: null, state: 'awaiting-deposit', currency: 'USD', incoterm: 'FOB', namedPlace: 'Ningbo', mode: 'sea-fcl',
    destinationCountry: 'DE', paymentTerms: '30 % T/T deposit, balance before shipment', portOfLoading: 'Ningbo', leadTimeDays: 30,
    depositAmount: '3600', plannedDeparture: null, notes: '', ...overrides,
  };
}

const NINGBO = { line1: 'No. 88 Jiangnan Road', line2: '', city: 'Ningbo', region: 'Zhejiang', postalCode: '315800', country: 'CN' };

/** A whole planned shipment row, as the app writes one. */
export function shipment(buyerId: string, overrides: Record<string, unknown> = {}) {
  return {
    buyerId, orderIds: [], mode: 'sea-lcl', status: 'planned',
    shipper: { name: 'Ningbo Everbright Electronics Co., Ltd.', address: NINGBO, phone: '' },
    consignee: { name: 'Hamburg Outdoor GmbH', address: { ...NINGBO, line1: 'Am Sandtorkai 1', region: '', postalCode: '20457', city: 'Hamburg', country: 'DE' }, phone: '' },
    poNumber: '', destinationPort: 'Hamburg', originCountry: 'CN', carrier: '', service: '', reference: '', bookingNumber: '',
    blNumber: '', awbNumber: '', etd: '', eta: '', containerNumber: '', sealNumber: '', ...overrides,
  };
}

type MutationInput = Omit<Mutation, 'mid' | 'opId' | 'changes'> & { changes?: Mutation['changes'] };

/** A signed-in device: numbers its mutations, pushes and pulls like the app's sync engine would. */
export class Device {
  accessToken = '';
  refreshToken = '';
  clientId: string | undefined;
  userId = '';
  nextMid = 1;

  constructor(public url: string, readonly email: string, readonly password = 'password-123') {}

  async login(clientId?: string): Promise<Answer> {
    const answer = await call(this.url, '/v1/auth/login', { body: { email: this.email, password: this.password, clientId: clientId ?? this.clientId, deviceName: 'test' } });
    if (answer.status === 200) {
      this.accessToken = answer.body.accessToken;
      this.refreshToken = answer.body.refreshToken;
      this.clientId = answer.body.clientId;
      this.userId = answer.body.user.id;
    }
    return answer;
  }

  /** Numbers the mutations with the next mids (unless given). */
  mutations(...inputs: (MutationInput & { mid?: number })[]): Mutation[] {
    return inputs.map((m) => ({ opId: uuidv7(), changes: {}, ...m, mid: m.mid ?? this.nextMid++ }));
  }

  /** The raw answer: a PushResponse on 200, an error body otherwise. */
  async push(mutations: Mutation[], extra: Record<string, unknown> = {}): Promise<Answer> {
    return call(this.url, '/v1/sync/push', { token: this.accessToken, body: { clientId: this.clientId, schemaVersion: 1, mutations, ...extra } });
  }

  /** Pushes and expects 200. */
  async send(...inputs: (MutationInput & { mid?: number })[]): Promise<PushResponse> {
    const answer = await this.push(this.mutations(...inputs));
    if (answer.status !== 200) throw new Error(`push: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as PushResponse;
  }

  /** The raw answer: a PullResponse on 200, an error body otherwise. */
  async pull(cursor: string | null, limit?: number): Promise<Answer> {
    return call(this.url, '/v1/sync/pull', { token: this.accessToken, body: { clientId: this.clientId, cursor, ...(limit ? { limit } : {}) } });
  }

  /** Pulls every page from `cursor`; returns the changes and the final cursor. */
  async pullAll(cursor: string | null = null, limit = 1000): Promise<{ changes: PullResponse['changes']; cursor: string; pages: number }> {
    const changes: PullResponse['changes'] = [];
    let pages = 0;
    for (;;) {
      const answer: Answer<PullResponse> = await this.pull(cursor, limit);
      if (answer.status !== 200) throw new Error(`pull: ${answer.status} ${JSON.stringify(answer.body)}`);
      changes.push(...answer.body.changes);
      cursor = answer.body.cursor;
      pages += 1;
      if (!answer.body.hasMore) return { changes, cursor, pages };
    }
  }
}

/** `changes` of a create: every field with old null. */
export function created(fields: Record<string, unknown>): Mutation['changes'] {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { old: null, new: v }]));
}

export const create = (entity: EntityName, id: string, fields: Record<string, unknown>): MutationInput =>
  ({ kind: 'create', entity, id, baseRev: null, changes: created(fields) });
export const patch = (entity: EntityName, id: string, baseRev: number | null, changes: Mutation['changes']): MutationInput =>
  ({ kind: 'patch', entity, id, baseRev, changes });
export const remove = (entity: EntityName, id: string, baseRev: number | null): MutationInput =>
  ({ kind: 'delete', entity, id, baseRev });
export const command = (entity: EntityName, id: string, name: string, args: Record<string, unknown>): MutationInput =>
  ({ kind: 'cmd', entity, id, baseRev: null, cmd: { name, args } });

/** Both databases unless SERVER_TEST_DBS narrows it (e.g. `sqlite` while iterating). */
export function testedDatabases(): Kind[] {
  const chosen = process.env.SERVER_TEST_DBS?.split(',').filter((k): k is Kind => k === 'sqlite' || k === 'postgres');
  return chosen?.length ? chosen : ['sqlite', 'postgres'];
}
