// Applies one mutation inside its tenant transaction and returns its result
// (docs/platform-api.md, "Push" and "Per-field merge").
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM_OWNED, type EntityName } from '../../shared/domain/common';
import type { Mutation, MutationResult, RejectCode } from '../../shared/sync/protocol';
import type { FieldChanges } from '../../shared/sync/outbox';
import { mergeChanges, sameValue } from '../../shared/sync/merge';
import { BUSINESS_NUMBER_PREFIX, formatBusinessNumber, isServerAssigned, PLATFORM_FIELDS } from '../../shared/sync/policies';
import { getRow, recordHistory, toWire, uniqueClash, uniqueKeyOf, writeRow, type StoredRow } from './rows';
import type { TenantTx } from './tenant-tx';
import { validateRow } from './validate';
import { runCommand } from './commands';
import { refuseFrozenEdit } from './commands/frozen';

export interface Author { userId: string; clientId: string | null }

export type Outcome = Omit<MutationResult, 'mid'>;

export class Rejection extends Error {
  constructor(readonly code: RejectCode, message: string, readonly fields?: Record<string, unknown>) {
    super(message);
  }
}

export function rejected(error: Rejection): Outcome {
  return { status: 'rejected', error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

export async function applyMutation(tx: TenantTx, author: Author, m: Mutation): Promise<Outcome> {
  try {
    if (m.kind === 'cmd') {
      if (!m.cmd) throw new Rejection('unknown_command', 'a cmd mutation needs `cmd`');
      return await runCommand(tx, author, m.entity, m.id, m.cmd);
    }
    if (PLATFORM_OWNED.includes(m.entity)) throw new Rejection('read_only_entity', `${m.entity} are written by the platform`);
    const changes = clientChanges(m.entity, m.changes);
    const current = await getRow(tx, m.entity, m.id);
    if (m.kind === 'delete') return await applyDelete(tx, author, m, current);
    if (!current) {
      if (m.kind === 'patch') throw new Rejection('not_found', `${m.entity} ${m.id} does not exist`);
      return await applyCreate(tx, author, m.entity, m.id, changes);
    }
    // A create of an existing id is a patch against it, so replays are harmless.
    return await applyPatch(tx, author, m.baseRev, current, changes);
  } catch (error) {
    if (error instanceof Rejection) return rejected(error);
    throw error;
  }
}

/** Drops server-assigned fields; refuses platform-owned ones. */
function clientChanges(entity: EntityName, changes: FieldChanges): FieldChanges {
  const out: FieldChanges = {};
  for (const [field, change] of Object.entries(changes)) {
    if (isServerAssigned(entity, field)) continue;
    if (PLATFORM_FIELDS[entity]?.includes(field)) throw new Rejection('read_only_entity', `${entity}.${field} is written by the platform`);
    out[field] = change;
  }
  return out;
}

/**
 * Rejects (validation_failed / unique_violation) unless `data` may be stored as a live row.
 * `liveBefore`: the row's data while it was already live; a unique key it already held needs no lookup.
 */
export async function checkRow(tx: TenantTx, entity: EntityName, id: string, data: Record<string, unknown>, liveBefore?: Record<string, unknown>): Promise<void> {
  const fields = validateRow(entity, data);
  if (fields) throw new Rejection('validation_failed', `the ${entity} row is not valid`, fields);
  if (liveBefore && uniqueKeyOf(entity, liveBefore) === uniqueKeyOf(entity, data)) return;
  const clash = await uniqueClash(tx, entity, id, data);
  if (clash) throw new Rejection('unique_violation', `another live ${entity} row has this ${clash}`, { [clash]: 'validation.unique' });
}

async function applyCreate(tx: TenantTx, author: Author, entity: EntityName, id: string, changes: FieldChanges): Promise<Outcome> {
  const data: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(changes)) data[field] = change.new;
  await refuseFrozenEdit(tx, entity, undefined, data, Object.keys(data));
  await checkRow(tx, entity, id, data);
  const prefix = BUSINESS_NUMBER_PREFIX[entity];
  if (prefix) data.number = await nextBusinessNumber(tx, prefix);
  const row = await writeRow(tx, undefined, { entity, id, data, deleted: false }, author);
  return { status: 'applied', rev: row.rev, row: toWire(row) };
}

async function applyPatch(tx: TenantTx, author: Author, baseRev: number | null, current: StoredRow, changes: FieldChanges): Promise<Outcome> {
  const merge = mergeChanges(current.entity, current.data, changes);
  if (current.deleted) {
    const edits = Object.entries(changes).filter(([field, c]) => !sameValue(current.data[field], c.new));
    if (edits.length === 0) return { status: baseRev === current.rev ? 'applied' : 'merged', rev: current.rev, row: toWire(current) };
    // Edit after delete: the row stays deleted; the losing edit is kept in the conflict.
    const fields = Object.fromEntries(edits.map(([field, c]) => [field, { base: c.old ?? null, server: current.data[field] ?? null, client: c.new ?? null }]));
    const conflictId = await writeConflict(tx, author, current, 'delete-edit', fields, { losing: 'edit' });
    return { status: 'conflict', conflictId, rev: current.rev, row: toWire(current) };
  }
  if (merge.commandFields.length > 0) {
    throw new Rejection('forbidden_transition', `${merge.commandFields.join(', ')} change only by command`,
      Object.fromEntries(merge.commandFields.map((f) => [f, 'validation.commandOnly'])));
  }
  let row = current;
  if (Object.keys(merge.apply).length > 0) {
    const data = { ...current.data, ...merge.apply };
    await refuseFrozenEdit(tx, current.entity, current.data, data, Object.keys(merge.apply));
    await checkRow(tx, current.entity, current.id, data, current.data);
    row = await writeRow(tx, current, { entity: current.entity, id: current.id, data, deleted: false }, author);
    await recordHistory(tx, current, merge.overwritten, author.userId);
  }
  if (Object.keys(merge.conflicts).length > 0) {
    const conflictId = await writeConflict(tx, author, current, 'field', merge.conflicts);
    return { status: 'conflict', conflictId, rev: row.rev, row: toWire(row) };
  }
  return { status: baseRev === current.rev ? 'applied' : 'merged', rev: row.rev, row: toWire(row) };
}

async function applyDelete(tx: TenantTx, author: Author, m: Mutation, current: StoredRow | undefined): Promise<Outcome> {
  if (!current) throw new Rejection('not_found', `${m.entity} ${m.id} does not exist`);
  if (current.deleted) return { status: 'applied', rev: current.rev, row: toWire(current) };
  // Someone else edited after the version this client deleted: the edit wins, the delete is kept.
  const editedByOthers = m.baseRev !== null && m.baseRev < current.rev && current.updatedClient !== author.clientId;
  if (editedByOthers) {
    const conflictId = await writeConflict(tx, author, current, 'delete-edit', {}, { losing: 'delete', baseRev: m.baseRev });
    return { status: 'conflict', conflictId, rev: current.rev, row: toWire(current) };
  }
  await refuseFrozenEdit(tx, current.entity, current.data, current.data, ['deleted']);
  const row = await writeRow(tx, current, { entity: current.entity, id: current.id, data: current.data, deleted: true }, author);
  return { status: 'applied', rev: row.rev, row: toWire(row) };
}

async function writeConflict(
  tx: TenantTx, author: Author, about: StoredRow, kind: 'field' | 'delete-edit',
  fields: Record<string, { base: unknown; server: unknown; client: unknown }>, extra: Record<string, unknown> = {},
): Promise<string> {
  const id = uuidv7();
  const data = {
    entity: about.entity, entityId: about.id, kind, fields, clientUserId: author.userId, serverUserId: about.updatedBy,
    createdAt: tx.now, resolved: false, ...extra,
  };
  await writeRow(tx, undefined, { entity: 'conflicts', id, data, deleted: false }, author);
  return id;
}

/** `Q-2026-000123`: per tenant, kind and year; the counter moves in the same transaction. */
export async function nextBusinessNumber(tx: TenantTx, prefix: string): Promise<string> {
  const year = new Date(tx.now).getUTCFullYear();
  const key = { tenant_id: tx.tenantId, kind: prefix, year };
  const existing = await tx.trx.selectFrom('counters').select('value')
    .where('tenant_id', '=', key.tenant_id).where('kind', '=', key.kind).where('year', '=', key.year).executeTakeFirst();
  const value = (existing?.value ?? 0) + 1;
  if (existing) {
    await tx.trx.updateTable('counters').set({ value })
      .where('tenant_id', '=', key.tenant_id).where('kind', '=', key.kind).where('year', '=', key.year).execute();
  } else {
    await tx.trx.insertInto('counters').values({ ...key, value }).execute();
  }
  return formatBusinessNumber(prefix, year, value);
}
