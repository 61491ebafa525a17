// HTTP client for the platform contract (shared PLATFORM-API.md). Every answer is validated
// with the wire schemas; every non-2xx answer becomes an HttpError carrying the contract's code.
import type { z } from 'zod';
import {
  errorBody, loginResponse, pokeEvent, pullResponse, pushResponse, refreshResponse,
  type LoginRequest, type LoginResponse, type PullRequest, type PullResponse, type PushRequest, type PushResponse,
} from '../../shared/sync/protocol';

export type Fetch = typeof fetch;

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly body?: Record<string, unknown>, readonly retryAfterMs?: number) {
    super(`${status} ${code}: ${message}`);
    this.name = 'HttpError';
  }
}

/** The server could not be reached (no network, refused, reset, dropped response). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(`server unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'NetworkError';
  }
}

export class PlatformClient {
  constructor(readonly baseUrl: string, private readonly fetchImpl: Fetch) {}

  login(body: LoginRequest): Promise<LoginResponse> {
    return this.call('/v1/auth/login', body, loginResponse);
  }

  refresh(refreshToken: string) {
    return this.call('/v1/auth/refresh', { refreshToken }, refreshResponse);
  }

  push(token: string, body: PushRequest): Promise<PushResponse> {
    return this.call('/v1/sync/push', body, pushResponse, token);
  }

  pull(token: string, body: PullRequest): Promise<PullResponse> {
    return this.call('/v1/sync/pull', body, pullResponse, token);
  }

  /** Reads the SSE poke stream until it ends or `signal` aborts; calls `onPoke` per poke. */
  async events(token: string, signal: AbortSignal, onPoke: (seq: number) => void, onOpen?: () => void): Promise<void> {
    const response = await this.send('/v1/sync/events', { method: 'GET', headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal });
    if (!response.ok) throw await toHttpError(response);
    onOpen?.();
    if (!response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        const event = /^event:\s*(.*)$/m.exec(block)?.[1]?.trim();
        const data = /^data:\s*(.*)$/m.exec(block)?.[1];
        if (event !== 'poke' || data === undefined) continue;
        const parsed = pokeEvent.safeParse(safeJson(data));
        if (parsed.success) onPoke(parsed.data.seq);
      }
    }
  }

  private async call<T>(path: string, body: unknown, schema: z.ZodType<T>, token?: string): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await this.send(path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw await toHttpError(response);
    let json: unknown;
    try { json = await response.json(); } catch (e) { throw new NetworkError(e); }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new HttpError(response.status, 'bad_response', `the server answered ${path} with an unexpected body: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchImpl(new URL(path, this.baseUrl), init);
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw new NetworkError(e);
    }
  }
}

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

async function toHttpError(response: Response): Promise<HttpError> {
  const text = await response.text().catch(() => '');
  const parsed = errorBody.safeParse(safeJson(text));
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
  if (parsed.success) {
    const { code, message, ...rest } = parsed.data.error;
    return new HttpError(response.status, code, message, rest, retryAfterMs);
  }
  return new HttpError(response.status, response.status >= 500 ? 'server_error' : 'http_error', text.slice(0, 200) || response.statusText, undefined, retryAfterMs);
}
