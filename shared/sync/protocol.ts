// Wire schemas of docs/platform-api.md (sync protocol v1). The server validates every
// request and response with these; the client validates what it receives.
import { z } from 'zod';
import { ENTITY_NAMES } from '../domain/common';

export const PROTOCOL_SCHEMA_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export const entityName = z.enum(ENTITY_NAMES);

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }).passthrough(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const HTTP_ERROR_CODES = {
  400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 409: 'schema_too_old',
  410: 'cursor_expired', 413: 'payload_too_large', 429: 'rate_limited',
} as const;

export const REJECT_CODES = [
  'validation_failed', 'not_found', 'unique_violation', 'read_only_entity', 'forbidden_transition', 'unknown_command',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

// ---- auth
export const loginRequest = z.object({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
  clientId: z.string().min(8).max(64).optional(),
  deviceName: z.string().max(200).optional(),
});
export const publicUser = z.object({
  id: z.string(), name: z.string(), email: z.string(), role: z.string(), tenantId: z.string(),
});
export const loginResponse = z.object({
  accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int(), clientId: z.string(), user: publicUser,
});
export const refreshRequest = z.object({ refreshToken: z.string().min(1).max(512) });
export const refreshResponse = z.object({ accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int() });
export type LoginRequest = z.infer<typeof loginRequest>;
export type LoginResponse = z.infer<typeof loginResponse>;
export type PublicUser = z.infer<typeof publicUser>;

// ---- push
export const fieldChange = z.object({ old: z.unknown(), new: z.unknown() });
export const mutation = z.object({
  mid: z.number().int().min(1),
  opId: z.string().min(1).max(64),
  kind: z.enum(['create', 'patch', 'delete', 'cmd']),
  entity: entityName,
  id: z.string().min(1).max(64),
  baseRev: z.number().int().min(0).nullable(),
  changes: z.record(z.string(), fieldChange).default({}),
  cmd: z.object({ name: z.string().min(1).max(64), args: z.record(z.string(), z.unknown()).default({}) }).optional(),
});
export const pushRequest = z.object({
  clientId: z.string().min(8).max(64),
  schemaVersion: z.number().int(),
  mutations: z.array(mutation),
});
export const mutationStatus = z.enum(['applied', 'merged', 'conflict', 'rejected', 'duplicate']);
export const mutationResult = z.object({
  mid: z.number().int(),
  status: mutationStatus,
  firstStatus: mutationStatus.optional(),
  rev: z.number().int().optional(),
  row: z.record(z.string(), z.unknown()).optional(),
  conflictId: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export const pushResponse = z.object({
  lastMutationId: z.number().int(),
  seq: z.number().int(),
  results: z.array(mutationResult),
});
export type Mutation = z.infer<typeof mutation>;
export type PushRequest = z.infer<typeof pushRequest>;
export type MutationResult = z.infer<typeof mutationResult>;
export type PushResponse = z.infer<typeof pushResponse>;

// ---- pull
export const pullRequest = z.object({
  clientId: z.string().min(8).max(64),
  cursor: z.string().max(200).nullable(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export const change = z.object({
  entity: entityName,
  id: z.string(),
  rev: z.number().int(),
  seq: z.number().int(),
  op: z.enum(['upsert', 'delete']),
  row: z.record(z.string(), z.unknown()),
});
export const pullResponse = z.object({
  changes: z.array(change),
  cursor: z.string(),
  hasMore: z.boolean(),
  lastMutationId: z.number().int(),
});
export type PullRequest = z.infer<typeof pullRequest>;
export type Change = z.infer<typeof change>;
export type PullResponse = z.infer<typeof pullResponse>;

// ---- poke
export const pokeEvent = z.object({ seq: z.number().int() });

// ---- conflicts row (server-written)
export const conflictRow = z.object({
  id: z.string(),
  entity: entityName,
  entityId: z.string(),
  kind: z.enum(['field', 'delete-edit']),
  fields: z.record(z.string(), z.object({ base: z.unknown(), server: z.unknown(), client: z.unknown() })),
  clientUserId: z.string(),
  serverUserId: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
}).passthrough();
export type ConflictRow = z.infer<typeof conflictRow>;

// ---- commands of version 1 (args of `cmd` mutations)
export const conflictResolveArgs = z.object({
  conflictId: z.string().min(1),
  choice: z.enum(['mine', 'theirs', 'value']),
  value: z.unknown().optional(),
});
export const rowRestoreArgs = z.object({ entity: entityName, id: z.string().min(1).max(64) });
export const COMMAND_NAMES = ['conflict.resolve', 'row.restore', 'quote.send', 'quote.revise', 'quote.accept', 'order.transition', 'sscc.reserve'] as const;

// ---- platform simulator (needs PLATFORM_ADMIN_TOKEN)
export const createTenantRequest = z.object({
  name: z.string().trim().min(1).max(200),
  users: z.array(z.object({
    email: z.string().trim().email().max(320),
    password: z.string().min(8).max(1024),
    name: z.string().trim().min(1).max(200),
    role: z.enum(['admin', 'sales', 'viewer']),
  })).min(1).max(100),
});
export const createTenantResponse = z.object({
  tenant: z.object({ id: z.string(), name: z.string() }),
  users: z.array(z.object({ id: z.string(), email: z.string() })),
});
const decimalText = z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, 'a decimal string such as "1250.00"');
export const platformRfqRequest = z.object({
  buyer: z.object({ company: z.string().trim().min(1).max(200), country: z.string().regex(/^[A-Z]{2}$/), contact: z.string().trim().min(1).max(120), email: z.string().trim().email() }),
  productQuery: z.string().trim().min(1).max(500),
  quantity: z.number().int().min(1),
  unit: z.string().trim().min(1).max(20),
  targetPrice: decimalText.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  incoterm: z.enum(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']).optional(),
  destinationPort: z.string().trim().max(100).optional(),
  message: z.string().max(5000).optional(),
});
export const platformPaymentRequest = z.object({
  kind: z.enum(['deposit', 'balance']),
  amount: decimalText,
  currency: z.string().regex(/^[A-Z]{3}$/),
  method: z.enum(['TT', 'LC', 'CARD', 'ESCROW']),
  receivedAt: z.string().datetime({ offset: true }),
});
export const platformTrackingRequest = z.object({
  status: z.string().trim().min(1).max(60),
  location: z.string().trim().max(200),
  at: z.string().datetime({ offset: true }),
});
export const syncedRow = z.object({ id: z.string(), rev: z.number().int(), updatedAt: z.string(), updatedBy: z.string(), deleted: z.boolean() }).passthrough();
export const healthResponse = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']), version: z.string() });
