// `cmd` mutations: re-validated against current state inside the push transaction.
import { PLATFORM_OWNED, type EntityName } from '../../shared/domain/common';
import { conflictResolveArgs, rowRestoreArgs } from '../../shared/sync/protocol';
import { fieldErrors } from '../../shared/domain/common';
import { getRow, toWire, writeRow } from './rows';
import type { TenantTx } from './tenant-tx';
import { checkRow, Rejection, type Author, type Outcome } from './apply';
import { runTradeCommand } from './commands/trade';
import { isTradeCommand } from '../../shared/domain/commands';
import { SSCC_RESERVE } from '../../shared/documents/sscc-reserve';
import { reserveSsccRange } from './commands/sscc';

type ConflictData = {
  entity: EntityName; entityId: string; kind: 'field' | 'delete-edit'; resolved: boolean; losing?: 'edit' | 'delete';
  fields: Record<string, { base: unknown; server: unknown; client: unknown }>;
};

export async function runCommand(
  tx: TenantTx, author: Author, entity: EntityName, id: string, cmd: { name: string; args: Record<string, unknown> },
): Promise<Outcome> {
  switch (cmd.name) {
    case 'conflict.resolve': return resolveConflict(tx, author, entity, id, parseArgs(conflictResolveArgs, cmd.args));
    case 'row.restore': return restoreRow(tx, author, parseArgs(rowRestoreArgs, cmd.args));
    case SSCC_RESERVE: return reserveSsccRange(tx, id, cmd.args);
    default:
      if (isTradeCommand(cmd.name)) return runTradeCommand(tx, author, entity, id, cmd);
      throw new Rejection('unknown_command', `command ${cmd.name} is not supported by this server`);
  }
}

function parseArgs<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, args: unknown): T {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw new Rejection('validation_failed', 'command arguments are not valid', fieldErrors(parsed.error));
  return parsed.data;
}

async function resolveConflict(
  tx: TenantTx, author: Author, entity: EntityName, id: string,
  args: { conflictId: string; choice: 'mine' | 'theirs' | 'value'; value?: unknown },
): Promise<Outcome> {
  const conflict = await getRow(tx, 'conflicts', args.conflictId);
  if (!conflict || conflict.deleted) throw new Rejection('not_found', `conflict ${args.conflictId} does not exist`);
  const info = conflict.data as unknown as ConflictData;
  const answer = (target: typeof conflict | undefined, resolved: typeof conflict) => {
    const named = entity === 'conflicts' || !target || id !== target.id ? resolved : target;
    return { status: 'applied' as const, rev: named.rev, row: toWire(named) };
  };
  const target = await getRow(tx, info.entity, info.entityId);
  if (info.resolved) return answer(target, conflict);
  if (!target) throw new Rejection('not_found', `${info.entity} ${info.entityId} does not exist`);

  let next: { data: Record<string, unknown>; deleted: boolean } | null = null;
  if (args.choice !== 'theirs') {
    const picked = pickValues(info, args.choice, args.value);
    if (info.kind === 'delete-edit' && info.losing === 'delete') {
      if (args.choice === 'value') throw new Rejection('validation_failed', 'a delete conflict resolves with mine or theirs', { choice: 'validation.choice' });
      next = { data: target.data, deleted: true };
    } else {
      next = { data: { ...target.data, ...picked }, deleted: false };
    }
  }
  let updated = target;
  if (next && !(next.deleted && target.deleted)) {
    if (!next.deleted) await checkRow(tx, target.entity, target.id, next.data);
    updated = await writeRow(tx, target, { entity: target.entity, id: target.id, ...next }, author);
  }
  const resolved = await writeRow(tx, conflict, {
    entity: 'conflicts', id: conflict.id, deleted: false,
    data: { ...conflict.data, resolved: true, resolution: args.choice, resolvedBy: author.userId, resolvedAt: tx.now },
  }, author);
  return answer(updated, resolved);
}

/** The field values a resolution writes: the client's side, or the given value. */
function pickValues(info: ConflictData, choice: 'mine' | 'value', value: unknown): Record<string, unknown> {
  const fields = Object.keys(info.fields);
  if (choice === 'mine') return Object.fromEntries(fields.map((f) => [f, info.fields[f].client]));
  if (value === undefined) throw new Rejection('validation_failed', 'choice "value" needs `value`', { value: 'validation.required' });
  if (fields.length === 1) return { [fields[0]]: value };
  // Several fields: `value` is an object giving each one.
  if (typeof value !== 'object' || value === null || !fields.every((f) => f in value)) {
    throw new Rejection('validation_failed', `value must be an object with ${fields.join(', ')}`, { value: 'validation.conflictValue' });
  }
  return Object.fromEntries(fields.map((f) => [f, (value as Record<string, unknown>)[f]]));
}

async function restoreRow(tx: TenantTx, author: Author, args: { entity: EntityName; id: string }): Promise<Outcome> {
  if (PLATFORM_OWNED.includes(args.entity)) throw new Rejection('read_only_entity', `${args.entity} are written by the platform`);
  const row = await getRow(tx, args.entity, args.id);
  if (!row) throw new Rejection('not_found', `${args.entity} ${args.id} does not exist`);
  if (!row.deleted) return { status: 'applied', rev: row.rev, row: toWire(row) };
  await checkRow(tx, row.entity, row.id, row.data);
  const restored = await writeRow(tx, row, { entity: row.entity, id: row.id, data: row.data, deleted: false }, author);
  return { status: 'applied', rev: restored.rev, row: toWire(restored) };
}
