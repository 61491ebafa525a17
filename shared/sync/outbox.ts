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
  seq?: number;
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
