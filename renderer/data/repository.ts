// The one write path. Every user edit goes through `write`, which runs one Dexie read-write
// transaction that stores the entity row, its last server-confirmed base (the first time a
// synced row is edited) and one outbox entry per edit. UI code never calls Dexie writes.
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { ENTITY_NAMES, fieldErrors, type EntityName, type FieldErrors } from '../../shared/domain/common';
import { hsChapter } from '../../shared/domain/product';
import { ROW_SCHEMAS } from '../../shared/domain/row-schemas';
import { isTradeCommand, planCommand, type RowSource } from '../../shared/domain/commands';
import type { FieldChanges, MutationKind, OutboxEntry, StoredOutboxEntry } from '../../shared/sync/outbox';
import { db, type LocalRow, type SupplierDb } from './db';
import { enqueue } from './outbox';

/** Thrown for a bad edit; `fields` maps a field path to an i18n message key. Nothing was written. */
export class ValidationError extends Error {
  constructor(readonly fields: FieldErrors, readonly row?: number) {
    super(`invalid ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/**
 * On a row a command created locally: the opId of that command. Such a row exists only here
 * until the server's version (same id) arrives by pull; if the server refuses the command the
 * row is dropped (rebase.ts, dropOrphanedProvisionalRows).
 */
export const PROVISIONAL_FIELD = 'provisionalOp';

/** A command's changes to rows that exist, kept on its outbox entry (never sent) for rebasing. */
export type CommandEffect = { entity: EntityName; id: string; fields: Record<string, unknown> };
export type CommandEntry = OutboxEntry & { effects?: CommandEffect[] };

/** Fields derived locally for indexing. They never enter the outbox. */
const LOCAL_FIELDS = new Set(['hsChapter', PROVISIONAL_FIELD]);
const META_FIELDS = new Set(['id', 'rev', 'updatedAt', 'updatedBy', 'deleted']);

export const SESSION_USER_KEY = 'currentUser';
const midKey = (owner: string | null) => `nextMid:${owner ?? ''}`;

function derive(entity: EntityName, row: Record<string, unknown>): Record<string, unknown> {
  if (entity === 'products') return { ...row, hsChapter: hsChapter(String(row.hsCode ?? '')) };
  return row;
}

/**
 * Rows that came out of `validate` unchanged. A bulk write of them (an import after its dry
 * run) skips the second zod pass; any other object is validated again.
 */
const validated = new WeakSet<object>();

export function validate(entity: EntityName, fields: Record<string, unknown>): Record<string, unknown> {
  if (validated.has(fields)) return fields;
  const schema = ROW_SCHEMAS[entity];
  if (!schema) return fields;
  const result = schema.safeParse(fields);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  const row = Object.freeze(result.data as Record<string, unknown>);
  validated.add(row);
  return row;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `{field: {old, new}}` for every synced field whose value differs. */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    if (META_FIELDS.has(key) || LOCAL_FIELDS.has(key)) continue;
    const oldValue = before?.[key] ?? null;
    const newValue = after[key] ?? null;
    if (!sameValue(oldValue, newValue)) changes[key] = { old: oldValue, new: newValue };
  }
  return changes;
}

/**
 * A create's new values as its outbox entry stores them: the synced fields that have a value
 * (what `diffFields(null, fields)` would list, without the `{old: null}` wrappers).
 */
function createdValues(fields: Record<string, unknown>): Record<string, unknown> {
  const created: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined && value !== null && !META_FIELDS.has(key) && !LOCAL_FIELDS.has(key)) created[key] = value;
  }
  return created;
}

function stripLocal(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!META_FIELDS.has(k) && !LOCAL_FIELDS.has(k)) out[k] = v;
  return out;
}

export interface Writer {
  readonly user: string | null;
  create<T extends Record<string, unknown>>(entity: EntityName, fields: T, id?: string): Promise<LocalRow>;
  /** Many creates at once (imports): validated first, one outbox entry per row. */
  createMany(entity: EntityName, rows: Record<string, unknown>[]): Promise<string[]>;
  patch(entity: EntityName, id: string, patch: Record<string, unknown>): Promise<LocalRow>;
  remove(entity: EntityName, id: string): Promise<void>;
  command(entity: EntityName, id: string, name: string, args: Record<string, unknown>): Promise<void>;
}

/** Rows whose `sku` equals one of `skus` and are live, other than `exceptId`. */
async function liveSkuTaken(database: SupplierDb, sku: string, exceptId?: string): Promise<boolean> {
  const same = await database.products.where('sku').equals(sku).toArray();
  return same.some((p) => !p.deleted && p.id !== exceptId);
}

/** Local rows as the shared command planner reads them (the tables it queries index the field). */
function localRowSource(database: SupplierDb): RowSource {
  return {
    get: (entity, id) => database.entityTable(entity).get(id),
    where: async (entity, field, value) => (await database.entityTable(entity).where(field).equals(value).toArray()).filter((r) => !r.deleted),
  };
}

export interface WriteOptions { database?: SupplierDb; now?: () => Date }

/** Run `work` as one read-write transaction over every synced table and the sync bookkeeping. */
export async function write<T>(work: (w: Writer) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const database = options.database ?? db();
  const now = options.now ?? (() => new Date());
  const tables = [...ENTITY_NAMES.map((e) => database.table(e)), database.outbox, database.bases, database.syncState];
  return database.transaction('rw', tables, async () => {
    const user = ((await database.syncState.get(SESSION_USER_KEY))?.value as string | null | undefined) ?? null;
    const counter = await database.syncState.get(midKey(user));
    let nextMid = (counter?.value as number | undefined) ?? 1;

    const entry = (kind: MutationKind, entity: EntityName, entityId: string, baseRev: number | null, changes: FieldChanges, cmd?: OutboxEntry['cmd']): OutboxEntry => ({
      mid: nextMid++, opId: uuidv7(), owner: user, kind, entity, entityId, baseRev, changes, cmd, createdAt: now().toISOString(),
    });
    // Stored compactly: a create keeps its values once (`created`), read back as `changes`.
    const createEntry = (entity: EntityName, entityId: string, fields: Record<string, unknown>, createdAt: string): StoredOutboxEntry => ({
      mid: nextMid++, opId: uuidv7(), owner: user, kind: 'create', entity, entityId, baseRev: null, created: createdValues(fields), createdAt,
    });
    const meta = (id: string, at = now().toISOString()) => ({ id, rev: 0, updatedAt: at, updatedBy: user ?? 'local', deleted: false });

    async function keepBase(entity: EntityName, row: LocalRow): Promise<void> {
      // The base is the last server-confirmed row: written on the first pending edit only.
      if (row.rev > 0 && !(await database.bases.get([entity, row.id]))) {
        await database.bases.put({ entity, id: row.id, row });
      }
    }

    async function load(entity: EntityName, id: string): Promise<LocalRow> {
      const row = await database.entityTable(entity).get(id);
      if (!row) throw new ValidationError({ _: 'validation.notFound' });
      return row;
    }

    const writer: Writer = {
      user,
      async create(entity, fields, id = uuidv7()) {
        const valid = validate(entity, fields);
        if (entity === 'products' && (await liveSkuTaken(database, String(valid.sku)))) {
          throw new ValidationError({ sku: 'validation.skuTaken' });
        }
        const at = now().toISOString();
        const row = { ...derive(entity, valid), ...meta(id, at) } as LocalRow;
        await database.entityTable(entity).add(row);
        await enqueue(database, [createEntry(entity, id, valid, at)]);
        return row;
      },
      async createMany(entity, rows) {
        const valid = rows.map((fields, i) => {
          try { return validate(entity, fields); } catch (e) {
            throw e instanceof ValidationError ? new ValidationError(e.fields, i) : e;
          }
        });
        if (entity === 'products') {
          const taken = new Set((await database.products.orderBy('sku').keys()).map(String));
          valid.forEach((p, i) => {
            if (taken.has(String(p.sku))) throw new ValidationError({ sku: 'validation.skuTaken' }, i);
            taken.add(String(p.sku));
          });
        }
        // One transaction, one moment: every row and entry of the batch carries the same time.
        const at = now().toISOString();
        const ids = valid.map(() => uuidv7());
        const stored = valid.map((fields, i) => ({ ...derive(entity, fields), ...meta(ids[i], at) }) as LocalRow);
        const entries = valid.map((fields, i) => createEntry(entity, ids[i], fields, at));
        // put, not add: the ids were generated just above, so nothing can be overwritten, and put
        // spares the backend a key-existence read per record (what the raw bulkPut baseline
        // does not pay either). The entries go into records of 500 (data/outbox.ts).
        await database.entityTable(entity).bulkPut(stored);
        await enqueue(database, entries);
        return ids;
      },
      async patch(entity, id, patch) {
        const current = await load(entity, id);
        const merged = { ...stripLocal(current), ...patch };
        const valid = validate(entity, merged);
        if (entity === 'products' && valid.sku !== current.sku && (await liveSkuTaken(database, String(valid.sku), id))) {
          throw new ValidationError({ sku: 'validation.skuTaken' });
        }
        const changes = diffFields(stripLocal(current), valid);
        if (Object.keys(changes).length === 0) return current;
        await keepBase(entity, current);
        const next = { ...current, ...derive(entity, valid), updatedAt: now().toISOString(), updatedBy: user ?? 'local' } as LocalRow;
        await database.entityTable(entity).put(next);
        await enqueue(database, [entry('patch', entity, id, current.rev > 0 ? current.rev : null, changes)]);
        return next;
      },
      async remove(entity, id) {
        const current = await load(entity, id);
        if (current.deleted) return;
        await keepBase(entity, current);
        await database.entityTable(entity).put({ ...current, deleted: true, updatedAt: now().toISOString() });
        await enqueue(database, [entry('delete', entity, id, current.rev > 0 ? current.rev : null, {})]);
      },
      async command(entity, id, name, args) {
        const current = await database.entityTable(entity).get(id);
        if (!isTradeCommand(name)) {
          await enqueue(database, [entry('cmd', entity, id, current && current.rev > 0 ? current.rev : null, {}, { name, args })]);
          return;
        }
        // The optimistic effect, planned by the same code the server runs; refusals throw here.
        const plan = await planCommand(localRowSource(database), entity, id, name, args, now().toISOString(), uuidv7);
        if (!plan.ok) throw new ValidationError(plan.fields ?? { _: plan.reason });
        const cmd = entry('cmd', entity, id, current && current.rev > 0 ? current.rev : null, {}, { name, args: plan.args }) as CommandEntry;
        cmd.effects = [];
        for (const change of plan.writes) {
          const table = database.entityTable(change.entity);
          if (change.create) {
            const created = { ...change.fields, ...meta(change.id), [PROVISIONAL_FIELD]: cmd.opId } as LocalRow;
            await table.add(created);
            // Its base is the row as the command made it, so refusing a later command on it
            // rebuilds it from there instead of deleting a row the server has not seen yet.
            await database.bases.put({ entity: change.entity, id: change.id, row: created });
            continue;
          }
          const row = await load(change.entity, change.id);
          await keepBase(change.entity, row);
          await table.put({ ...row, ...change.fields, updatedAt: now().toISOString(), updatedBy: user ?? 'local' });
          cmd.effects.push({ entity: change.entity, id: change.id, fields: change.fields });
        }
        await enqueue(database, [cmd]);
      },
    };

    const result = await work(writer);
    await database.syncState.put({ key: midKey(user), value: nextMid });
    return result;
  });
}
