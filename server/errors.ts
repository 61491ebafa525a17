import { HTTP_ERROR_CODES } from '../shared/sync/protocol';

type HttpStatus = keyof typeof HTTP_ERROR_CODES | 404 | 500;

/** An HTTP error answered as `{"error":{"code","message",…extra}}` (docs/platform-api.md, "Errors"). */
export class HttpError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, issues: unknown[] = []) => new HttpError(400, 'bad_request', message, { issues });
export const unauthenticated = (message = 'missing, unknown or expired token') => new HttpError(401, 'unauthenticated', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'not found') => new HttpError(404, 'not_found', message);
