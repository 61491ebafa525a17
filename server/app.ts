// The platform API (docs/platform-api.md) as a Fastify instance over an opened database.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import {
  healthResponse, loginRequest, loginResponse, MAX_BODY_BYTES, MAX_MUTATIONS_PER_PUSH, PROTOCOL_SCHEMA_VERSION,
  pullRequest, pullResponse, pushRequest, pushResponse, refreshRequest, refreshResponse,
} from '../shared/sync/protocol';
import type { DbHandle } from './db';
import { HttpError } from './errors';
import { checkedResponse, parseRequest } from './http';
import { AuthService } from './auth/service';
import { LoginRateLimiter } from './auth/rate-limit';
import { push } from './sync/push';
import { pull } from './sync/pull';
import { currentSeq } from './sync/tenant-tx';
import { PokeHub } from './events/hub';
import { registerPlatformRoutes } from './platform/routes';

export const SERVER_VERSION = '1.0.0';
/** Clients below this protocol schema version must update (409 schema_too_old). */
export const MIN_SCHEMA_VERSION = 1;

export interface ServerOptions {
  db: DbHandle;
  now?: () => Date;
  accessTokenSeconds?: number;
  refreshTokenSeconds?: number;
  /** Enables the admin and platform-simulator endpoints; they answer 404 without it. */
  adminToken?: string | null;
  /**
   * Web origins allowed by CORS besides `app://` (the browser build's origin), comma-separated;
   * an entry ending in `:*` allows any port of that scheme and host (`http://127.0.0.1:*`).
   */
  webOrigin?: string | null;
  loginRateLimit?: { maxFailures: number; windowMs: number };
  /** Interval of SSE keep-alive comments. */
  heartbeatMs?: number;
  logger?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login rate limit). */
  trustProxy?: boolean;
}

export interface PlatformServer extends FastifyInstance {
  hub: PokeHub;
  /** After a commit that moved the tenant's seq: poke (SQLite; PostgreSQL pokes via NOTIFY). */
  committed(tenantId: string, seq: number): void;
}

export async function buildServer(options: ServerOptions): Promise<PlatformServer> {
  const now = options.now ?? (() => new Date());
  const handle = options.db;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_BODY_BYTES, forceCloseConnections: 'idle', trustProxy: options.trustProxy ?? false }) as unknown as PlatformServer;
  const limiter = new LoginRateLimiter(options.loginRateLimit?.maxFailures ?? 10, options.loginRateLimit?.windowMs ?? 60_000, () => now().getTime());
  const auth = new AuthService(handle.db, {
    accessSeconds: options.accessTokenSeconds ?? 15 * 60,
    refreshSeconds: options.refreshTokenSeconds ?? 30 * 24 * 3600,
  }, now, limiter);

  const hub = new PokeHub();
  if (handle.kind === 'postgres' && handle.url) await hub.listenPostgres(handle.url, (e) => app.log.error(e, 'poke listener failed'));
  app.decorate('hub', hub);
  app.decorate('committed', (tenantId: string, seq: number) => {
    if (handle.kind === 'sqlite') hub.publish(tenantId, seq);
  });

  const allowedOrigin = originPolicy(options.webOrigin ?? null);
  await app.register(cors, {
    origin: (origin, done) => done(null, origin === undefined || allowedOrigin(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });

  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.status).headers(error.headers).send({ error: { code: error.code, message: error.message, ...error.extra } });
    }
    const e = error as { code?: string; statusCode?: number; message?: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'payload_too_large', message: `request body over ${MAX_BODY_BYTES} bytes` } });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.status(400).send({ error: { code: 'bad_request', message: e.message ?? 'bad request', issues: [] } });
    }
    app.log.error(error);
    return reply.status(500).send({ error: { code: 'internal', message: 'internal server error' } });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url}` } }));

  app.get('/v1/health', async () => checkedResponse(healthResponse, { status: 'ok', db: handle.kind, version: SERVER_VERSION }));

  app.post('/v1/auth/login', async (request) => {
    const body = parseRequest(loginRequest, request.body);
    return checkedResponse(loginResponse, await auth.login(body, request.ip));
  });
  app.post('/v1/auth/refresh', async (request) => {
    const body = parseRequest(refreshRequest, request.body);
    return checkedResponse(refreshResponse, await auth.refresh(body.refreshToken));
  });

  app.post('/v1/sync/push', async (request) => {
    const user = await auth.authenticate(request.headers.authorization);
    const raw = request.body as { mutations?: unknown } | null;
    if (Array.isArray(raw?.mutations) && raw.mutations.length > MAX_MUTATIONS_PER_PUSH) {
      throw new HttpError(413, 'payload_too_large', `at most ${MAX_MUTATIONS_PER_PUSH} mutations per push`, { maxMutations: MAX_MUTATIONS_PER_PUSH });
    }
    const body = parseRequest(pushRequest, request.body);
    if (body.schemaVersion < MIN_SCHEMA_VERSION) {
      throw new HttpError(409, 'schema_too_old', `schemaVersion ${body.schemaVersion} is below ${MIN_SCHEMA_VERSION}; update the app`, { minSchemaVersion: MIN_SCHEMA_VERSION });
    }
    const context = await auth.checkClient(user, body.clientId);
    const { response, moved } = await push(handle, context, body, now());
    if (moved) app.committed(context.tenantId, response.seq);
    return checkedResponse(pushResponse, response);
  });

  app.post('/v1/sync/pull', async (request) => {
    const user = await auth.authenticate(request.headers.authorization);
    const body = parseRequest(pullRequest, request.body);
    const context = await auth.checkClient(user, body.clientId);
    return checkedResponse(pullResponse, await pull(handle, context, body));
  });

  const streams = new Set<FastifyReply>();
  app.get('/v1/sync/events', async (request: FastifyRequest<{ Querystring: { access_token?: string } }>, reply) => {
    // EventSource cannot send headers, so `?access_token=` is accepted as well.
    const user = await auth.authenticate(request.headers.authorization, request.query.access_token);
    reply.hijack();
    const origin = request.headers.origin;
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...(origin && allowedOrigin(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}),
    });
    const poke = (seq: number) => reply.raw.write(`event: poke\ndata: ${JSON.stringify({ seq })}\n\n`);
    poke(await currentSeq(handle, user.tenantId)); // the client pulls once on connect
    const unsubscribe = hub.subscribe(user.tenantId, poke);
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), options.heartbeatMs ?? 25_000);
    streams.add(reply);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(reply);
    });
  });

  registerPlatformRoutes(app, handle, { adminToken: options.adminToken ?? null, now });

  // Graceful close: in-flight requests finish; keep-alive connections are closed as soon as
  // they fall idle (otherwise a busy client would hold the server open until its keep-alive
  // timeout); SSE streams end at once.
  let reaper: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.raw.end();
    reaper = setInterval(() => app.server.closeIdleConnections(), 50);
  });
  app.addHook('onClose', async () => {
    clearInterval(reaper);
    await hub.close();
  });
  return app;
}

/** `app://…` always; otherwise one of the configured web origins (see ServerOptions.webOrigin). */
export function originPolicy(webOrigins: string | null): (origin: string) => boolean {
  const entries = (webOrigins ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  return (origin) => origin.startsWith('app://') || entries.some((entry) =>
    entry.endsWith(':*') ? origin.startsWith(entry.slice(0, -1)) && /^\d{1,5}$/.test(origin.slice(entry.length - 1)) : origin === entry);
}
