import type { EntityName } from '../domain/common';

export type FieldChange = { old: unknown; new: unknown };
export type FieldChanges = Record<string, FieldChange>;
export type MutationKind = 'create' | 'patch' | 'delete' | 'cmd';

/**
 * One local edit waiting for the server. `mid` is contiguous per owner's client
 * (the contract's mutation id); `owner` is the user whose edit it is (null: made before
 * the first sign-in on this machine, claimed by whoever signs in first).
 */
export interface OutboxEntry {
  /** Where the entry is stored locally: its outbox record's key and its place in that record. */
  seq?: number;
  slot?: number;
  mid: number;
  opId: string;
  owner: string | null;
  kind: MutationKind;
  entity: EntityName;
  entityId: string;
  baseRev: number | null;
  changes: FieldChanges;
  cmd?: { name: string; args: Record<string, unknown> };
  createdAt: string;
}

/**
 * An outbox entry as IndexedDB keeps it. A create stores its new values once (`created`)
 * instead of `changes`: every `old` of a create is null, and writing each field as an
 * `{old, new}` object made the outbox record larger than the row itself (a 100k-product
 * import wrote 100k of them). `expandStored` gives back the entry with its `changes`.
 */
export type StoredOutboxEntry = Omit<OutboxEntry, 'changes'> & { changes?: FieldChanges; created?: Record<string, unknown> };

/** A create's changes: every field from null to its value. */
export function creationChanges(created: Readonly<Record<string, unknown>>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(created)) changes[key] = { old: null, new: created[key] };
  return changes;
}

export function expandStored(stored: StoredOutboxEntry): OutboxEntry {
  // A `bulkGet` of a missing key hands the reading hook `undefined`; it stays so.
  if (stored?.created === undefined) return stored as OutboxEntry;
  const { created, ...entry } = stored;
  return { ...entry, changes: creationChanges(created) };
}

/** The stored form of `entry` (a create's values kept once). */
export function compactEntry(entry: OutboxEntry): StoredOutboxEntry {
  if (entry.kind !== 'create') return entry;
  const { changes, ...rest } = entry;
  const created: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) created[key] = changes[key].new;
  return { ...rest, created };
}
