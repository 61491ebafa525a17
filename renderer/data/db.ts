import Dexie, { type Table } from 'dexie';
import type { Buyer, EntityName, Product, RowMeta } from '../../shared/domain';
import type { FieldChanges, OutboxEntry } from '../../shared/sync/outbox';
import type { OutboxRecord } from './outbox';
import { SCHEMA_VERSIONS } from './schema';

export const DB_NAME = 'supplier-console';

/** A synced row as kept locally. `hsChapter` and similar derived index fields never sync. */
export type LocalRow = RowMeta & Record<string, unknown>;
export type LocalProduct = Product & { hsChapter: string };

/** Last server-confirmed version of a row that has pending local edits (null: never synced). */
export interface BaseRow { entity: EntityName; id: string; row: LocalRow | null }

export interface SyncStateRow { key: string; value: unknown }

/** A mutation the server refused; kept until the user fixes or discards it. */
export interface RejectedChange {
  id?: number;
  opId: string;
  entity: EntityName;
  entityId: string;
  kind: OutboxEntry['kind'];
  changes: FieldChanges;
  code: string;
  message: string;
  fields?: Record<string, string>;
  rejectedAt: string;
}

export class SupplierDb extends Dexie {
  products!: Table<LocalProduct, string>;
  buyers!: Table<Buyer, string>;
  rfqs!: Table<LocalRow, string>;
  quotes!: Table<LocalRow, string>;
  quoteLines!: Table<LocalRow, string>;
  orders!: Table<LocalRow, string>;
  orderLines!: Table<LocalRow, string>;
  payments!: Table<LocalRow, string>;
  shipments!: Table<LocalRow, string>;
  parcels!: Table<LocalRow, string>;
  checklistItems!: Table<LocalRow, string>;
  conflicts!: Table<LocalRow, string>;
  /** Read and written only through ./outbox.ts (records of entries). */
  outbox!: Table<OutboxRecord, number>;
  bases!: Table<BaseRow, [string, string]>;
  syncState!: Table<SyncStateRow, string>;
  rejected!: Table<RejectedChange, number>;

  constructor(name = DB_NAME, versions = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  entityTable(entity: EntityName): Table<LocalRow, string> {
    return this.table(entity) as Table<LocalRow, string>;
  }
}

let instance: SupplierDb | null = null;

/** The app's database. Tests may swap it with `useDatabase`. */
export function db(): SupplierDb {
  instance ??= new SupplierDb();
  return instance;
}

export function useDatabase(next: SupplierDb): void {
  instance = next;
}
