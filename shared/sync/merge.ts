// The pure per-field merge of docs/platform-api.md: for each changed field compare the
// client's old, the client's new and the current value.
import type { EntityName } from '../domain/common';
import type { FieldChanges } from './outbox';
import { policyFor, type FieldPolicy } from './policies';

/** JSON value equality, key-order-insensitive; a missing value equals null (JSON drops undefined). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

export type FieldOutcome =
  | { outcome: 'apply'; policy: FieldPolicy; value: unknown; /** lww only: the value the push overwrote */ overwritten?: unknown }
  | { outcome: 'noop'; policy: FieldPolicy }
  | { outcome: 'conflict'; policy: FieldPolicy; base: unknown; server: unknown; client: unknown }
  /** A `command` field the client tried to change by patch. */
  | { outcome: 'command'; policy: FieldPolicy };

export function mergeField(policy: FieldPolicy, current: unknown, change: { old: unknown; new: unknown }): FieldOutcome {
  if (sameValue(current, change.new)) return { outcome: 'noop', policy };
  if (policy === 'command') return { outcome: 'command', policy };
  if (sameValue(current, change.old)) return { outcome: 'apply', policy, value: change.new };
  if (policy === 'lww') return { outcome: 'apply', policy, value: change.new, overwritten: current ?? null };
  return { outcome: 'conflict', policy, base: change.old ?? null, server: current ?? null, client: change.new ?? null };
}

export interface MergeResult {
  /** Field values to write. */
  apply: Record<string, unknown>;
  /** lww fields whose current value was neither old nor new: the value that goes to history. */
  overwritten: Record<string, unknown>;
  conflicts: Record<string, { base: unknown; server: unknown; client: unknown }>;
  /** `command` fields the mutation tried to change. */
  commandFields: string[];
}

export function mergeChanges(entity: EntityName, current: Readonly<Record<string, unknown>>, changes: FieldChanges): MergeResult {
  const result: MergeResult = { apply: {}, overwritten: {}, conflicts: {}, commandFields: [] };
  for (const [field, change] of Object.entries(changes)) {
    const out = mergeField(policyFor(entity, field), current[field], change);
    if (out.outcome === 'apply') {
      result.apply[field] = out.value;
      if ('overwritten' in out) result.overwritten[field] = out.overwritten;
    } else if (out.outcome === 'conflict') {
      result.conflicts[field] = { base: out.base, server: out.server, client: out.client };
    } else if (out.outcome === 'command') {
      result.commandFields.push(field);
    }
  }
  return result;
}
