// The sync engine: one per machine (the leader), pushing the outbox and pulling changes on a
// timer with full-jitter backoff, woken early by the network coming back, a server poke,
// window focus, sign-in or a new local edit. Side effects (fetch, clock, timers, randomness,
// database, lock, secrets, outbox backup) are injected so the same code runs in Chromium and
// in Node tests.
import type { LoginResponse, Mutation, PublicUser, PushResponse } from '../../shared/sync/protocol';
import type { QueuedEntry } from '../data/outbox';
import type { SupplierDb } from '../data/db';
import { SESSION_USER_KEY } from '../data/repository';
import { HttpError, NetworkError, PlatformClient, type Fetch } from './api';
import { fullJitter } from './backoff';
import { OutboxMirror, type BackupApi } from './backup';
import { applyPullPage, readCursor } from './pull';
import { applyPushResponse, nextBatch, pendingAfter, pendingOf, pushBody } from './push';
import { adoptSession, knownClientId, loadSession, saveSession, signOut, type SecretStore, type Session } from './session';

export type WakeReason = 'start' | 'timer' | 'online' | 'poke' | 'focus' | 'signIn' | 'edit' | 'manual';

export interface SyncError { code: string; message: string }

export interface SyncStatus {
  leader: boolean;
  user: PublicUser | null;
  /** The stored session was refused (refresh failed): local work goes on, syncing waits for sign-in. */
  sessionExpired: boolean;
  /** Whether the last request reached the server (null: none tried yet). */
  reachable: boolean | null;
  syncing: boolean;
  /** The server needs a newer app (409 schema_too_old): pushing stops, the outbox is kept. */
  pushPaused: boolean;
  lastSuccessAt: number | null;
  lastPushAt: number | null;
  error: SyncError | null;
  nextAttemptAt: number | null;
  rejectedSinceStart: number;
}

export interface Timers { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void }

export interface EngineDeps {
  database: SupplierDb;
  fetch: Fetch;
  secrets: SecretStore;
  backup?: BackupApi;
  now?: () => number;
  random?: () => number;
  timers?: Timers;
  /** Resolves once this instance is the machine's sync leader, with a function that gives it up. */
  acquireLeadership?: () => Promise<() => void>;
  /** Listen to server pokes (SSE over fetch). */
  pokes?: boolean;
  pullLimit?: number;
  /** Pull at least this often while idle, even without pokes. */
  idleIntervalMs?: number;
}

export class SessionExpiredError extends Error {
  constructor() { super('the session was refused; sign in again'); this.name = 'SessionExpiredError'; }
}

const POKE_RETRY_MS = 2_000;
/** Rows per pull page: large pages make an initial sync few round trips (the contract allows 5000). */
export const APP_PULL_LIMIT = 2_000;
const MAX_ROUNDS_PER_CYCLE = 10_000;

export class SyncEngine {
  private session: Session | null = null;
  private client: PlatformClient | null = null;
  private readonly mirror: OutboxMirror | null;
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private state: SyncStatus = {
    leader: false, user: null, sessionExpired: false, reachable: null, syncing: false, pushPaused: false,
    lastSuccessAt: null, lastPushAt: null, error: null, nextAttemptAt: null, rejectedSinceStart: 0,
  };
  private started = false;
  private running: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private timer: unknown = null;
  private batchLimit = 500;
  private refreshing: Promise<void> | null = null;
  private pokeAbort: AbortController | null = null;
  private pokeConnected = false;
  /** Ends the poke stream's wait before reconnecting (the network just came back). */
  private pokeRetryNow: (() => void) | null = null;
  private releaseLeadership: (() => void) | null = null;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly timers: Timers;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.timers = deps.timers ?? { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
    this.mirror = deps.backup ? new OutboxMirror(deps.database, deps.backup, () => new Date(this.now())) : null;
  }

  get status(): SyncStatus { return this.state; }

  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for leadership, restores a stored session and starts the loops. */
  async start(): Promise<void> {
    if (this.started) return;
    this.releaseLeadership = await (this.deps.acquireLeadership ?? (async () => () => {}))();
    this.started = true;
    this.update({ leader: true });
    if (this.mirror) await this.mirror.start();
    const session = await loadSession(this.deps.secrets);
    if (session) {
      this.useSession(session);
      await this.deps.database.syncState.put({ key: SESSION_USER_KEY, value: session.user.id });
    }
    this.listen();
    this.wake('start');
  }

  async stop(): Promise<void> {
    this.started = false;
    this.clearTimer();
    this.pokeAbort?.abort();
    await this.running?.catch(() => {});
    this.releaseLeadership?.();
    this.releaseLeadership = null;
    this.update({ leader: false, nextAttemptAt: null });
  }

  async signIn(input: { serverUrl: string; email: string; password: string; deviceName?: string }): Promise<PublicUser> {
    const client = new PlatformClient(input.serverUrl, this.deps.fetch);
    const known = await knownClientId(this.deps.database, input.email);
    let login: LoginResponse;
    try {
      login = await client.login({ email: input.email, password: input.password, clientId: known, deviceName: input.deviceName });
    } catch (e) {
      // A remembered clientId the server no longer accepts for this user: take a new one.
      if (!(e instanceof HttpError && e.status === 403 && known)) throw e;
      login = await client.login({ email: input.email, password: input.password, deviceName: input.deviceName });
    }
    const session = await adoptSession(this.deps.database, login, input.serverUrl);
    await saveSession(this.deps.secrets, session);
    this.useSession(session);
    this.attempt = 0;
    this.update({ sessionExpired: false, error: null, pushPaused: false });
    this.listen();
    this.wake('signIn');
    return session.user;
  }

  async signOut(): Promise<void> {
    this.pokeAbort?.abort();
    this.session = null;
    this.client = null;
    this.clearTimer();
    await signOut(this.deps.database, this.deps.secrets);
    this.update({ user: null, sessionExpired: false, error: null, nextAttemptAt: null });
  }

  /** Run a sync cycle now (or right after the one in progress). */
  wake(reason: WakeReason): void {
    if (!this.started) return;
    if ((reason === 'online' || reason === 'focus') && !this.pokeConnected) this.pokeRetryNow?.();
    if (this.running) { this.again = true; return; }
    this.clearTimer();
    this.running = this.loop().finally(() => { this.running = null; });
  }

  /** Sync now and settle: resolves when a cycle has finished, rejects with its error. For tests and "Sync now". */
  async syncNow(): Promise<void> {
    await this.running?.catch(() => {});
    this.clearTimer();
    let failure: unknown = null;
    this.running = this.loop((e) => { failure = e; }).finally(() => { this.running = null; });
    await this.running;
    if (failure) throw failure;
  }

  private useSession(session: Session): void {
    this.session = session;
    this.client = new PlatformClient(session.serverUrl, this.deps.fetch);
    this.update({ user: session.user });
  }

  private async loop(onError?: (e: unknown) => void): Promise<void> {
    this.update({ syncing: true, nextAttemptAt: null });
    try {
      do {
        this.again = false;
        await this.cycle();
      } while (this.again && this.started);
      this.attempt = 0;
      this.batchLimit = 500;
      this.update({ syncing: false, reachable: this.session ? true : this.state.reachable, error: this.state.pushPaused ? this.state.error : null, lastSuccessAt: this.session ? this.now() : this.state.lastSuccessAt });
      if (this.session) this.schedule(this.deps.idleIntervalMs ?? 30_000);
    } catch (e) {
      onError?.(e);
      this.attempt++;
      const error = describe(e);
      const reachable = !(e instanceof NetworkError);
      if (e instanceof SessionExpiredError) {
        this.update({ syncing: false, sessionExpired: true, error, reachable });
        return; // nothing to retry until the user signs in again
      }
      this.update({ syncing: false, error, reachable });
      const delay = e instanceof HttpError && e.retryAfterMs ? e.retryAfterMs : fullJitter(this.attempt - 1, this.random);
      this.schedule(delay);
    }
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    this.clearTimer();
    this.update({ nextAttemptAt: this.now() + ms });
    this.timer = this.timers.set(() => { this.timer = null; this.wake('timer'); }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private async cycle(): Promise<void> {
    const session = this.session;
    if (!session || this.state.sessionExpired) return;
    await this.mirror?.sync();
    const { database } = this.deps;
    // A database without a cursor pulls first: that also lifts the mid counter above what the
    // server has seen from this client before a single new mid is sent.
    if ((await readCursor(database, session.user.tenantId)) === null) await this.pullAll(session);
    if (!this.state.pushPaused) await this.pushAll(session);
    await this.pullAll(session);
  }

  /**
   * Batches go out one at a time, in mid order. As soon as the server has answered a batch in
   * full, the next one is sent, and the answer is written locally while the server works on it:
   * answers still apply strictly in order, and a batch never goes out beyond a gap.
   */
  private async pushAll(session: Session): Promise<void> {
    const { database } = this.deps;
    const owner = session.user.id;
    const send = (batch: Mutation[]) => {
      const answer = this.authed((token) => this.client!.push(token, pushBody(session.clientId, batch)));
      answer.catch(() => {}); // a failure is handled where the answer is awaited, after earlier answers are written
      return answer;
    };
    let stalled = 0;
    let inFlight: { entries: QueuedEntry[]; batch: Mutation[]; answer: Promise<PushResponse> } | null = null;
    for (let round = 0; round < MAX_ROUNDS_PER_CYCLE; round++) {
      if (!inFlight) {
        const entries = await pendingOf(database, owner, this.batchLimit);
        if (entries.length === 0) return;
        const batch = nextBatch(entries, this.batchLimit);
        inFlight = { entries, batch, answer: send(batch) };
      }
      const { batch, entries, answer } = inFlight;
      inFlight = null;
      const last = entries[batch.length - 1];
      // The following batch is read while this one is on its way (if the queue went beyond it).
      const more: boolean = entries.length > batch.length || entries.length === this.batchLimit;
      const following: QueuedEntry[] = more ? await pendingAfter(database, owner, last, this.batchLimit) : [];
      let response: PushResponse;
      try {
        response = await answer;
      } catch (e) {
        if (e instanceof HttpError && e.status === 413 && batch.length > 1) {
          this.batchLimit = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        if (e instanceof HttpError && e.status === 409) {
          this.update({ pushPaused: true, error: describe(e) });
          return;
        }
        throw e;
      }
      const answeredWhole = response.lastMutationId >= last.mid && response.results.length === batch.length;
      if (answeredWhole && following.length > 0 && following[0].mid === last.mid + 1) {
        const next = nextBatch(following, this.batchLimit);
        inFlight = { entries: following, batch: next, answer: send(next) };
      }
      const outcome = await applyPushResponse(database, owner, batch, response, () => new Date(this.now()));
      await this.mirror?.acknowledge(outcome.acknowledged);
      if (outcome.rejected) this.update({ rejectedSinceStart: this.state.rejectedSinceStart + outcome.rejected });
      if (outcome.acknowledged.length > 0) this.update({ lastPushAt: this.now() });
      stalled = outcome.acknowledged.length > 0 ? 0 : stalled + 1;
      if (stalled > 2) throw new HttpError(200, 'push_stalled', `the server answered none of mutations ${batch[0].mid}…${batch[batch.length - 1].mid} (lastMutationId ${response.lastMutationId})`);
    }
  }

  private async pullAll(session: Session): Promise<void> {
    const { database } = this.deps;
    const limit = this.deps.pullLimit ?? APP_PULL_LIMIT;
    const fetchPage = (cursor: string | null) => this.authed((token) => this.client!.pull(token, { clientId: session.clientId, cursor, limit }));
    let cursor = await readCursor(database, session.user.tenantId);
    let restarts = 0;
    let next = fetchPage(cursor);
    for (;;) {
      let page;
      try {
        page = await next;
      } catch (e) {
        // Too old a cursor: pull everything again; pending edits stay in the outbox and on top.
        if (e instanceof HttpError && e.status === 410 && cursor !== null && restarts++ < 2) { cursor = null; next = fetchPage(null); continue; }
        throw e;
      }
      // Fetch the next page while this one is written (pages still apply strictly in order).
      if (page.hasMore) { next = fetchPage(page.cursor); next.catch(() => {}); }
      await applyPullPage(database, session.user.tenantId, session.user.id, page);
      cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  /** Call with the access token; on 401 refresh once and resend the same request. */
  private async authed<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = this.session!.accessToken;
    try {
      return await call(token);
    } catch (e) {
      if (!(e instanceof HttpError && e.status === 401)) throw e;
      await this.refresh(token);
      return call(this.session!.accessToken);
    }
  }

  private refresh(staleToken: string): Promise<void> {
    // Concurrent callers (push and the poke stream) share one refresh: refresh tokens rotate.
    if (this.session && this.session.accessToken !== staleToken) return Promise.resolve();
    this.refreshing ??= (async () => {
      const session = this.session;
      if (!session) throw new SessionExpiredError();
      try {
        const fresh = await this.client!.refresh(session.refreshToken);
        const next = { ...session, accessToken: fresh.accessToken, refreshToken: fresh.refreshToken };
        await saveSession(this.deps.secrets, next);
        if (this.session === session) this.session = next;
      } catch (e) {
        if (e instanceof HttpError && (e.status === 401 || e.status === 400 || e.status === 403)) throw new SessionExpiredError();
        throw e;
      }
    })().finally(() => { this.refreshing = null; });
    return this.refreshing;
  }

  /** Keep one poke stream open while signed in; every poke wakes the loop. */
  private listen(): void {
    if (this.deps.pokes === false || !this.started || !this.session) return;
    this.pokeAbort?.abort();
    const abort = new AbortController();
    this.pokeAbort = abort;
    void (async () => {
      let failures = 0;
      while (!abort.signal.aborted && this.started && this.session && !this.state.sessionExpired) {
        try {
          const token = this.session.accessToken;
          try {
            // On (re)connect, catch up with pokes missed while disconnected.
            await this.client!.events(token, abort.signal, () => this.wake('poke'), () => { failures = 0; this.pokeConnected = true; this.wake('poke'); });
          } catch (e) {
            if (e instanceof HttpError && e.status === 401) await this.refresh(token);
            else throw e;
          }
        } catch {
          failures++;
        }
        this.pokeConnected = false;
        if (abort.signal.aborted) return;
        await new Promise<void>((r) => {
          const timer = setTimeout(r, Math.min(30_000, POKE_RETRY_MS * 2 ** Math.min(failures, 4)) * (0.5 + this.random() / 2));
          this.pokeRetryNow = () => { clearTimeout(timer); r(); };
        });
        this.pokeRetryNow = null;
      }
    })();
  }

  private update(patch: Partial<SyncStatus>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}

function describe(e: unknown): SyncError {
  if (e instanceof HttpError) return { code: e.code, message: e.message };
  if (e instanceof NetworkError) return { code: 'offline', message: e.message };
  if (e instanceof SessionExpiredError) return { code: 'session_expired', message: e.message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
