// Dexie schema history. Each version lists only the tables it adds or changes; Dexie keeps
// the rest. A version never removes a table or drops data: a changed index is added, and
// rows are filled in by that version's upgrade function.
import type { Transaction } from 'dexie';
import { hsChapter } from '../../shared/domain/product';
import type { StoredOutboxEntry } from '../../shared/sync/outbox';
import { recordOf } from './outbox';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    // v1: the first catalog slice.
    version: 1,
    stores: {
      products: 'id, sku, status',
      buyers: 'id, company, country, status',
      outbox: '++seq, &opId, [entity+entityId]',
      bases: '[entity+id]',
      syncState: 'key',
    },
  },
  {
    // v2: every synced table of the platform contract, HS-chapter and tag filters,
    // outbox ownership (which signed-in user's edits an entry is), rejected pushes.
    version: 2,
    stores: {
      products: 'id, sku, status, hsChapter, *tags',
      rfqs: 'id, receivedAt, status',
      quotes: 'id, number, buyerId, rfqId, status, validUntil',
      quoteLines: 'id, quoteId, productId',
      orders: 'id, number, buyerId, quoteId, state',
      orderLines: 'id, orderId, productId',
      payments: 'id, orderId',
      shipments: 'id, status',
      parcels: 'id, shipmentId, orderId, sscc',
      checklistItems: 'id, orderId, ruleId',
      conflicts: 'id, [entity+entityId], resolved',
      outbox: '++seq, &opId, [entity+entityId], owner',
      rejected: '++id, &opId, [entity+entityId]',
    },
    async upgrade(tx) {
      await tx.table('products').toCollection().modify((p: { hsCode?: string; hsChapter?: string; tags?: string[] }) => {
        p.hsChapter = hsChapter(p.hsCode ?? '');
        p.tags ??= [];
      });
      await tx.table('outbox').toCollection().modify((e: { owner?: string | null }) => {
        // Edits made before anyone signed in belong to the first user who does.
        e.owner ??= null;
      });
    },
  },
  {
    // v3: files attached to checklist items. Kept on this machine only; their name, size, type
    // and SHA-256 sync on the item row (`attachment`).
    version: 3,
    stores: {
      attachments: 'id, itemId',
    },
  },
  {
    // v4: outbox entries kept in records (data/outbox.ts): one per edit, up to 500 per record
    // for an import. The row and opId indexes become multi-entry; each entry becomes a record.
    version: 4,
    stores: {
      outbox: '++seq, [owner+seq], group, *rows, *ops',
    },
    async upgrade(tx) {
      await tx.table('outbox').toCollection().modify((entry: StoredOutboxEntry & { seq: number }, ref: { value: unknown }) => {
        ref.value = { ...recordOf([entry]), seq: entry.seq };
      });
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
