// Request/response validation with the shared zod schemas.
import type { z } from 'zod';
import { badRequest } from './errors';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw badRequest(`request is not valid: ${issues.map((i) => `${i.path.join('.') || '(body)'} ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data;
}

/** Responses are checked too: a server bug surfaces as a 500 here, not as a confused client. */
export function checkedResponse<S extends z.ZodType>(schema: S, value: z.infer<S>): z.infer<S> {
  return schema.parse(value);
}
