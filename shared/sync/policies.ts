// Per-field merge policies of the sync protocol (docs/platform-api.md, "Per-field merge"),
// declared once here and used by the server (and usable by the client).
import type { EntityName } from '../domain/common';
import { ROW_META_FIELDS } from '../domain/common';

/**
 * - `lww`: the push wins; the overwritten value goes to the row's history.
 * - `conflict`: the server keeps its value and records a conflicts row.
 * - `command`: the field changes only through a `cmd` re-validated against current state.
 */
export type FieldPolicy = 'lww' | 'conflict' | 'command';

/** Fields not listed here use `conflict`: business fields never silently overwrite each other. */
export const FIELD_POLICIES: Readonly<Record<EntityName, Readonly<Record<string, FieldPolicy>>>> = {
  // Archive/restore is a reversible flag, so the later push may win.
  products: { notes: 'lww', tags: 'lww', status: 'lww', stock: 'command' },
  buyers: { notes: 'lww', tags: 'lww', status: 'lww' },
  rfqs: { notes: 'lww' },
  quotes: { notes: 'lww', remarks: 'lww', tags: 'lww', status: 'command', state: 'command' },
  quoteLines: { notes: 'lww', remarks: 'lww', position: 'command', lineNo: 'command' },
  orders: { notes: 'lww', remarks: 'lww', tags: 'lww', status: 'command', state: 'command' },
  orderLines: { notes: 'lww', remarks: 'lww', position: 'command', lineNo: 'command' },
  payments: { notes: 'lww' },
  // The factory's own shipment status (planned … delivered) is a business field; the platform's
  // tracking fields are PLATFORM_FIELDS below.
  shipments: { notes: 'lww', remarks: 'lww' },
  parcels: { notes: 'lww', remarks: 'lww' },
  checklistItems: { notes: 'lww', remarks: 'lww' },
  conflicts: {},
};

export function policyFor(entity: EntityName, field: string): FieldPolicy {
  return FIELD_POLICIES[entity][field] ?? 'conflict';
}

/** Fields only the server writes; a client's value for them is ignored (contract: "Server-assigned fields"). */
export const SERVER_ASSIGNED_FIELDS: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  quotes: ['number'],
  orders: ['number', 'paymentState', 'paidAmount'],
};

export function isServerAssigned(entity: EntityName, field: string): boolean {
  return (ROW_META_FIELDS as readonly string[]).includes(field) || (SERVER_ASSIGNED_FIELDS[entity]?.includes(field) ?? false);
}

/** Platform-owned fields of otherwise client-writable entities; a client change is `read_only_entity`. */
export const PLATFORM_FIELDS: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  shipments: ['trackingStatus', 'trackingLocation', 'trackingUpdatedAt', 'trackingEvents'],
};

/** Business-number prefixes; the server assigns `Q-2026-000123` at first apply. */
export const BUSINESS_NUMBER_PREFIX: Readonly<Partial<Record<EntityName, string>>> = { quotes: 'Q', orders: 'SO' };

export function formatBusinessNumber(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}
