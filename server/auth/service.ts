// Sign-in, token issue/rotation and bearer authentication. Tokens are 32 random bytes;
// the database keeps only their sha256, so a leaked database grants nothing.
import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { LoginRequest, LoginResponse, PublicUser } from '../../shared/sync/protocol';
import { forbidden, HttpError, unauthenticated } from '../errors';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import type { LoginRateLimiter } from './rate-limit';

export interface TokenLifetimes { accessSeconds: number; refreshSeconds: number }

export interface AuthContext { userId: string; tenantId: string; clientId: string }

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export class AuthService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly lifetimes: TokenLifetimes,
    private readonly now: () => Date,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(request: LoginRequest, address: string): Promise<LoginResponse> {
    const wait = this.limiter.retryAfter(address);
    if (wait > 0) throw new HttpError(429, 'rate_limited', 'too many sign-in attempts; try again later', { retryAfter: wait }, { 'retry-after': String(wait) });
    const user = await this.db.selectFrom('users').selectAll().where('email', '=', request.email.trim().toLowerCase()).executeTakeFirst();
    const ok = await verifyPassword(request.password, user?.password_hash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !ok) {
      this.limiter.recordFailure(address);
      throw unauthenticated('wrong email or password');
    }
    const clientId = request.clientId ?? uuidv7();
    const now = this.now().toISOString();
    // The first user to sign in with a clientId owns it; the insert is atomic on both databases.
    await this.db.insertInto('clients')
      .values({ client_id: clientId, user_id: user.id, tenant_id: user.tenant_id, last_mutation_id: 0, device_name: request.deviceName ?? null, created_at: now })
      .onConflict((oc) => oc.column('client_id').doNothing())
      .execute();
    const bound = await this.db.selectFrom('clients').select('user_id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
    if (bound.user_id !== user.id) throw forbidden('this clientId is bound to another user');
    const tokens = await this.issue(user.id, clientId);
    return { ...tokens, clientId, user: toPublicUser(user) };
  }

  async refresh(refreshToken: string): Promise<{ accessToken: string; refreshToken: string; expiresIn: number }> {
    // Delete-then-issue: of two concurrent uses of one refresh token only one deletes it.
    const used = await this.db.deleteFrom('tokens')
      .where('token_hash', '=', sha256(refreshToken)).where('kind', '=', 'refresh')
      .returning(['user_id', 'client_id', 'expires_at'])
      .executeTakeFirst();
    if (!used || used.expires_at <= this.now().toISOString()) throw unauthenticated('refresh token unknown, used or expired');
    return this.issue(used.user_id, used.client_id);
  }

  /** Resolves a bearer token to its user and tenant, or throws 401. */
  async authenticate(authorization: string | undefined, queryToken?: string): Promise<{ userId: string; tenantId: string }> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? queryToken;
    if (!token) throw unauthenticated('missing bearer token');
    const found = await this.db.selectFrom('tokens')
      .innerJoin('users', 'users.id', 'tokens.user_id')
      .select(['tokens.user_id', 'tokens.expires_at', 'users.tenant_id'])
      .where('tokens.token_hash', '=', sha256(token)).where('tokens.kind', '=', 'access')
      .executeTakeFirst();
    if (!found) throw unauthenticated('unknown access token');
    if (found.expires_at <= this.now().toISOString()) throw unauthenticated('access token expired');
    return { userId: found.user_id, tenantId: found.tenant_id };
  }

  /** The body's clientId must have been bound at sign-in to this token's user. */
  async checkClient(user: { userId: string; tenantId: string }, clientId: string): Promise<AuthContext & { lastMutationId: number }> {
    const client = await this.db.selectFrom('clients').select(['user_id', 'last_mutation_id']).where('client_id', '=', clientId).executeTakeFirst();
    if (!client) throw forbidden('clientId was not bound at sign-in');
    if (client.user_id !== user.userId) throw forbidden('clientId is bound to another user');
    return { ...user, clientId, lastMutationId: client.last_mutation_id };
  }

  private async issue(userId: string, clientId: string) {
    const accessToken = newToken();
    const refreshToken = newToken();
    const now = this.now();
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
    await this.db.insertInto('tokens').values([
      { token_hash: sha256(accessToken), kind: 'access', user_id: userId, client_id: clientId, expires_at: at(this.lifetimes.accessSeconds), created_at: now.toISOString() },
      { token_hash: sha256(refreshToken), kind: 'refresh', user_id: userId, client_id: clientId, expires_at: at(this.lifetimes.refreshSeconds), created_at: now.toISOString() },
    ]).execute();
    // Expired tokens are useless; drop them as we go rather than with a separate job.
    await this.db.deleteFrom('tokens').where('expires_at', '<', now.toISOString()).execute();
    return { accessToken, refreshToken, expiresIn: this.lifetimes.accessSeconds };
  }
}

export function toPublicUser(user: { id: string; name: string; email: string; role: string; tenant_id: string }): PublicUser {
  return { id: user.id, name: user.name, email: user.email, role: user.role, tenantId: user.tenant_id };
}
