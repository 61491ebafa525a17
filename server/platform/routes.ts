// Admin and platform-simulator endpoints: what a real trade platform would push to us
// (new RFQs, escrow payments, tracking events). Enabled only with PLATFORM_ADMIN_TOKEN.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import {
  createTenantRequest, createTenantResponse, platformPaymentRequest, platformRfqRequest, platformTrackingRequest, syncedRow,
} from '../../shared/sync/protocol';
import { applyPayments } from '../sync/commands/payments';
import type { DbHandle } from '../db';
import { badRequest, notFound, unauthenticated } from '../errors';
import { checkedResponse, parseRequest } from '../http';
import { hashPassword } from '../auth/passwords';
import { getRow, toWire, writeRow } from '../sync/rows';
import { inTenantTx } from '../sync/tenant-tx';

/** Platform writes are attributed to this user id (no client: they conflict with every client edit). */
export const PLATFORM_USER = 'platform';
const platformAuthor = { userId: PLATFORM_USER, clientId: null };

type Committed = { committed(tenantId: string, seq: number): void };
type TenantParams = { tenantId: string; orderId?: string; shipmentId?: string };

export function registerPlatformRoutes(app: FastifyInstance & Committed, handle: DbHandle, options: { adminToken: string | null; now: () => Date }) {
  const { adminToken, now } = options;
  if (!adminToken) return; // not registered: the routes answer 404

  const requireAdmin = async (request: FastifyRequest) => {
    const given = Buffer.from(request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '');
    const expected = Buffer.from(adminToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated('admin token required');
  };

  /** Runs a platform write in the tenant's transaction and pokes its clients. */
  const tenantWrite = async <T>(tenantId: string, work: Parameters<typeof inTenantTx<T>>[3]) => {
    const { value, seq, moved } = await inTenantTx(handle, tenantId, now(), work);
    if (moved) app.committed(tenantId, seq);
    return value;
  };

  app.post('/v1/admin/tenants', { preHandler: requireAdmin }, async (request) => {
    const body = parseRequest(createTenantRequest, request.body);
    const created = await createTenant(handle, body, now());
    return checkedResponse(createTenantResponse, created);
  });

  app.post<{ Params: TenantParams }>('/v1/platform/tenants/:tenantId/rfqs', { preHandler: requireAdmin }, async (request) => {
    const body = parseRequest(platformRfqRequest, request.body);
    const row = await tenantWrite(request.params.tenantId, async (tx) => {
      const data = { ...body, status: 'new', receivedAt: tx.now, source: 'platform' };
      return writeRow(tx, undefined, { entity: 'rfqs', id: uuidv7(), data, deleted: false }, platformAuthor);
    });
    return checkedResponse(syncedRow, toWire(row));
  });

  app.post<{ Params: TenantParams }>('/v1/platform/tenants/:tenantId/orders/:orderId/payments', { preHandler: requireAdmin }, async (request) => {
    const body = parseRequest(platformPaymentRequest, request.body);
    const orderId = request.params.orderId!;
    const row = await tenantWrite(request.params.tenantId, async (tx) => {
      const order = await getRow(tx, 'orders', orderId);
      if (!order || order.deleted) throw notFound(`order ${orderId} not found`);
      if (body.currency !== order.data.currency) throw badRequest(`order ${orderId} is in ${String(order.data.currency)}, not ${body.currency}`, [{ path: ['currency'], message: 'must be the order currency' }]);
      const payment = await writeRow(tx, undefined, { entity: 'payments', id: uuidv7(), data: { ...body, orderId }, deleted: false }, platformAuthor);
      await applyPayments(tx, order);
      return payment;
    });
    return checkedResponse(syncedRow, toWire(row));
  });

  app.post<{ Params: TenantParams }>('/v1/platform/tenants/:tenantId/shipments/:shipmentId/tracking', { preHandler: requireAdmin }, async (request) => {
    const body = parseRequest(platformTrackingRequest, request.body);
    const shipmentId = request.params.shipmentId!;
    const row = await tenantWrite(request.params.tenantId, async (tx) => {
      const shipment = await getRow(tx, 'shipments', shipmentId);
      if (!shipment || shipment.deleted) throw notFound(`shipment ${shipmentId} not found`);
      const events = Array.isArray(shipment.data.trackingEvents) ? shipment.data.trackingEvents : [];
      const data = {
        ...shipment.data, trackingStatus: body.status, trackingLocation: body.location, trackingUpdatedAt: body.at,
        trackingEvents: [...events, body],
      };
      return writeRow(tx, shipment, { entity: 'shipments', id: shipmentId, data, deleted: false }, platformAuthor);
    });
    return checkedResponse(syncedRow, toWire(row));
  });
}

export async function createTenant(
  handle: DbHandle,
  request: { name: string; users: { email: string; password: string; name: string; role: string }[] },
  now: Date,
) {
  const emails = request.users.map((u) => u.email.trim().toLowerCase());
  const taken = await handle.db.selectFrom('users').select('email').where('email', 'in', emails).execute();
  const duplicate = emails.find((e, i) => emails.indexOf(e) !== i) ?? taken[0]?.email;
  if (duplicate) throw badRequest(`email ${duplicate} is already registered`, [{ path: ['users', 'email'], message: 'already registered' }]);
  if (await handle.db.selectFrom('tenants').select('id').where('name', '=', request.name).executeTakeFirst()) {
    throw badRequest(`a tenant named ${request.name} exists`, [{ path: ['name'], message: 'already exists' }]);
  }
  const tenant = { id: uuidv7(), name: request.name };
  const users = await Promise.all(request.users.map(async (u, i) => ({
    id: uuidv7(), tenant_id: tenant.id, email: emails[i], name: u.name, role: u.role, password_hash: await hashPassword(u.password), created_at: now.toISOString(),
  })));
  await handle.db.transaction().execute(async (trx) => {
    await trx.insertInto('tenants').values({ ...tenant, seq: 0, created_at: now.toISOString() }).execute();
    await trx.insertInto('users').values(users).execute();
  });
  return { tenant, users: users.map((u) => ({ id: u.id, email: u.email })) };
}
