// The outbox as IndexedDB keeps it. There is one entry per edit, but entries are stored in
// records: one record for each single edit, and one for every `GROUP_SIZE` entries of a bulk
// create (an import). In Chromium an IndexedDB write costs about the same for each record,
// whatever its size, so one record per imported product doubled the cost of an import over
// writing the products alone. Every reader goes through this module and sees entries, in
// queue order (record key, then position in the record).
import type { EntityName } from '../../shared/domain/common';
import { expandStored, type OutboxEntry, type StoredOutboxEntry } from '../../shared/sync/outbox';
import type { SupplierDb } from './db';
import { bulkDeleteNear, bulkGetNear } from './key-spans';

/** Entries per record of a bulk create: a push batch is at most this many mutations. */
export const GROUP_SIZE = 500;

export interface OutboxRecord {
  seq?: number;
  /**
   * Every entry of a record belongs to the same owner (one write, one user); '' for entries made
   * before anyone signed in (owner null), so that those are in the owner index too.
   */
  owner: string;
  entries: StoredOutboxEntry[];
  size: number;
  /**
   * [owner, size] on a record of more than one entry (an import's), indexed: the few such
   * records are found and counted without reading them, and a push reads no further than the
   * next of them (each holds a whole batch).
   */
  group?: [string, number];
  /** Multi-entry indexes: each entry's row (`entity␀id`) and opId. */
  rows: string[];
  ops: string[];
}

/** An entry as read from the outbox: `seq` is its record's key, `slot` its place in the record. */
export type QueuedEntry = OutboxEntry & { seq: number; slot: number };

export const rowKey = (entity: string, id: string): string => `${entity}\u0000${id}`;

/** The record holding `entries` (all of one owner). */
export function recordOf(entries: readonly StoredOutboxEntry[]): OutboxRecord {
  const stored = entries.map((e) => {
    // A read entry carries its old place; the record it goes into gives it a new one.
    const { seq: _seq, slot: _slot, ...rest } = e as StoredOutboxEntry & { slot?: number };
    return rest as StoredOutboxEntry;
  });
  const owner = stored[0]?.owner ?? '';
  const record: OutboxRecord = {
    owner,
    entries: stored,
    size: stored.length,
    rows: stored.map((e) => rowKey(e.entity, e.entityId)),
    ops: stored.map((e) => e.opId),
  };
  if (stored.length > 1) record.group = [owner, stored.length];
  return record;
}

/** Entries in queue order as records: runs of one owner, at most `GROUP_SIZE` each. */
export function toRecords(entries: readonly StoredOutboxEntry[]): OutboxRecord[] {
  const records: OutboxRecord[] = [];
  let run: StoredOutboxEntry[] = [];
  for (const entry of entries) {
    if (run.length === GROUP_SIZE || (run.length > 0 && run[0].owner !== entry.owner)) {
      records.push(recordOf(run));
      run = [];
    }
    run.push(entry);
  }
  if (run.length > 0) records.push(recordOf(run));
  return records;
}

/**
 * How many entries the record of a read entry held when it was read. Taking every entry of a
 * record out (a push answer, usually) then deletes it without reading it again. Valid within
 * the transaction that read the entry, which is where entries are taken out.
 */
const recordSizes = new WeakMap<QueuedEntry, number>();

/** The entries of `records` (a record listed twice counts once), expanded (a create's `changes`), in queue order. */
export function entriesOf(records: readonly (OutboxRecord | undefined)[]): QueuedEntry[] {
  const entries: QueuedEntry[] = [];
  const sorted = records.filter((r): r is OutboxRecord => r !== undefined).sort((a, b) => a.seq! - b.seq!);
  for (const [i, record] of sorted.entries()) {
    if (i > 0 && sorted[i - 1].seq === record.seq) continue;
    record.entries.forEach((stored, slot) => {
      const entry: QueuedEntry = { ...expandStored(stored), seq: record.seq!, slot };
      recordSizes.set(entry, record.entries.length);
      entries.push(entry);
    });
  }
  return entries;
}

/** Every entry, in queue order. */
export async function allEntries(database: SupplierDb): Promise<QueuedEntry[]> {
  return entriesOf(await database.outbox.toArray());
}

/** Queue order: `a` before `b`. */
export const byQueueOrder = (a: QueuedEntry, b: QueuedEntry): number => a.seq - b.seq || a.slot - b.slot;

/** The two multi-entry indexes: an entry's row (`rowKey`) and its opId. */
type EntryIndex = 'rows' | 'ops';
const entryKey: Record<EntryIndex, (e: OutboxEntry) => string> = { rows: (e) => rowKey(e.entity, e.entityId), ops: (e) => e.opId };

/** The entries whose `index` key is one of `keys`, in queue order. */
async function entriesWith(database: SupplierDb, index: EntryIndex, keys: readonly string[]): Promise<QueuedEntry[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  // A record holding several of the keys comes back once for each; entriesOf drops the repeats.
  const records = await database.outbox.where(index).anyOf([...wanted]).toArray();
  return entriesOf(records).filter((e) => wanted.has(entryKey[index](e)));
}

/** Which of `keys` are in `index`: index keys only, no record read (all of them when `keys` is omitted). */
async function keysIn(database: SupplierDb, index: EntryIndex, keys?: readonly string[]): Promise<Set<string>> {
  if (keys?.length === 0) return new Set();
  const found = keys ? database.outbox.where(index).anyOf([...keys]).keys() : database.outbox.orderBy(index).uniqueKeys();
  return new Set((await found).map(String));
}

/** The pending entries of these rows (every owner), in queue order. */
export const entriesOfRows = (database: SupplierDb, rows: readonly (readonly [EntityName, string])[]): Promise<QueuedEntry[]> =>
  entriesWith(database, 'rows', rows.map(([entity, id]) => rowKey(entity, id)));

/** The entries with these opIds, in queue order. */
export const entriesWithOps = (database: SupplierDb, opIds: readonly string[]): Promise<QueuedEntry[]> => entriesWith(database, 'ops', opIds);

/** Which of these rows (`rowKey`s) have pending entries. */
export const rowsPending = (database: SupplierDb, rows: readonly string[]): Promise<Set<string>> => keysIn(database, 'rows', rows);

/** Every row with a pending entry, as `rowKey`s. */
export const allPendingRows = (database: SupplierDb): Promise<Set<string>> => keysIn(database, 'rows');

/** Which of these opIds are still queued. */
export const opsPending = (database: SupplierDb, opIds: readonly string[]): Promise<Set<string>> => keysIn(database, 'ops', opIds);

/** Every queued opId. */
export const allOps = (database: SupplierDb): Promise<Set<string>> => keysIn(database, 'ops');

/** The owner's records with keys in [`fromSeq`, `toSeq`], in queue order (the `[owner+seq]` index). */
function ownerRecords(database: SupplierDb, owner: string | null, fromSeq: number, toSeq = Infinity) {
  return database.outbox.where('[owner+seq]').between([owner ?? '', fromSeq], [owner ?? '', toSeq], true, true);
}

/** The owner's records of more than one entry (the `group` index). */
function ownerGroups(database: SupplierDb, owner: string | null) {
  return database.outbox.where('group').between([owner ?? '', -Infinity], [owner ?? '', Infinity], true, true);
}

/**
 * The owner's records from `fromSeq` on that hold its next `wanted` entries (`skip(record)` of a
 * record's entries not counted). Each read asks for as many records as entries are still
 * wanted, and stops at the next record of many entries: nothing beyond a batch is read, even
 * when an import queued 200 records of 500 behind a few single edits.
 */
async function recordsHolding(database: SupplierDb, owner: string | null, fromSeq: number, wanted: number, skip: (record: OutboxRecord) => number = () => 0): Promise<OutboxRecord[]> {
  if (!Number.isFinite(wanted)) return ownerRecords(database, owner, fromSeq).toArray();
  const groups = ((await ownerGroups(database, owner).primaryKeys()) as number[]).filter((seq) => seq >= fromSeq).sort((a, b) => a - b);
  const records: OutboxRecord[] = [];
  let count = 0;
  let from = fromSeq;
  for (let g = 0; count < wanted;) {
    while (g < groups.length && groups[g] < from) g++;
    const upTo = groups[g] ?? Infinity;
    const asked = wanted - count;
    const chunk = await ownerRecords(database, owner, from, upTo).limit(asked).toArray();
    for (const record of chunk) count += record.size - skip(record);
    records.push(...chunk);
    if (chunk.length < asked && upTo === Infinity) break; // the queue ends here
    from = chunk.length === asked ? chunk[chunk.length - 1].seq! + 1 : upTo + 1;
  }
  return records;
}

/**
 * The owner's first `limit` entries (all of them when `limit` is Infinity), in queue order,
 * which is mid order: an owner's mids are handed out, claimed and renumbered in that order.
 */
export async function queueOf(database: SupplierDb, owner: string | null, limit = Infinity): Promise<QueuedEntry[]> {
  return entriesOf(await recordsHolding(database, owner, -Infinity, limit)).slice(0, limit);
}

/**
 * The owner's first `limit` entries after `after` (the last of a batch on its way), in queue
 * order. Within `after`'s record the entries after it are those of higher mid: its slot may
 * have moved since, when an answer took the entries before it out of the record.
 */
export async function queueAfter(database: SupplierDb, owner: string, after: { seq: number; mid: number }, limit: number): Promise<QueuedEntry[]> {
  const isAfter = (seq: number, mid: number) => seq > after.seq || mid > after.mid;
  const records = await recordsHolding(database, owner, after.seq, limit, (r) => r.entries.filter((e) => !isAfter(r.seq!, e.mid)).length);
  return entriesOf(records).filter((e) => isAfter(e.seq, e.mid)).slice(0, limit);
}

/** Entries in `records` records, `groups` being the group keys of those of several entries. */
const entriesIn = (records: number, groups: readonly unknown[]): number =>
  records + (groups as [string, number][]).reduce((sum, [, size]) => sum + size - 1, 0);

/** How many entries `owner` (null: nobody signed in yet) has queued: counts and index keys, no record read. */
export async function countOf(database: SupplierDb, owner: string | null): Promise<number> {
  const [records, groups] = await Promise.all([ownerRecords(database, owner, -Infinity).count(), ownerGroups(database, owner).keys()]);
  return entriesIn(records, groups);
}

/** How many entries are queued, every owner's: counts and index keys, no record read. */
export async function countAll(database: SupplierDb): Promise<number> {
  const [records, groups] = await Promise.all([database.outbox.count(), database.outbox.orderBy('group').keys()]);
  return entriesIn(records, groups);
}

/** Store new entries (one write: all of one owner) in as few records as `GROUP_SIZE` allows. */
export async function enqueue(database: SupplierDb, entries: readonly StoredOutboxEntry[]): Promise<void> {
  const records = toRecords(entries);
  if (records.length === 1) await database.outbox.add(records[0]);
  else await database.outbox.bulkPut(records);
}

/** Rewrite the records holding `entries` with `change` applied to each of those entries. */
async function rewrite(database: SupplierDb, entries: readonly QueuedEntry[], change: (entry: StoredOutboxEntry) => StoredOutboxEntry | null): Promise<void> {
  if (entries.length === 0) return;
  const touched = opsBySeq(entries);
  const seqs = [...touched.keys()];
  const records = await bulkGetNear(database.outbox, seqs, (r) => r.seq!);
  const deletes: number[] = [];
  const puts: OutboxRecord[] = [];
  records.forEach((record, i) => {
    if (!record) return;
    const ops = touched.get(seqs[i])!;
    const kept = record.entries.flatMap((e) => (ops.has(e.opId) ? change(e) ?? [] : [e]));
    if (kept.length === 0) deletes.push(seqs[i]);
    else puts.push({ ...recordOf(kept), seq: seqs[i] });
  });
  await bulkDeleteNear(database.outbox, deletes);
  if (puts.length > 0) await database.outbox.bulkPut(puts);
}

function opsBySeq(entries: readonly QueuedEntry[]): Map<number, Set<string>> {
  const bySeq = new Map<number, Set<string>>();
  for (const e of entries) {
    if (!bySeq.has(e.seq)) bySeq.set(e.seq, new Set());
    bySeq.get(e.seq)!.add(e.opId);
  }
  return bySeq;
}

/** Take `entries` out of the outbox (answered by the server). */
export async function dequeue(database: SupplierDb, entries: readonly QueuedEntry[]): Promise<void> {
  // A record losing all its entries (a push batch is usually whole records) is deleted unread.
  const sizes = new Map(entries.map((e) => [e.seq, recordSizes.get(e)]));
  const whole = [...opsBySeq(entries)].filter(([seq, ops]) => sizes.get(seq) === ops.size).map(([seq]) => seq);
  const wholeSet = new Set(whole);
  await bulkDeleteNear(database.outbox, whole);
  await rewrite(database, entries.filter((e) => !wholeSet.has(e.seq)), () => null);
}

/** Give `entries` (in queue order) the owner and consecutive mids from `firstMid`; returns the next mid. */
export async function renumber(database: SupplierDb, entries: readonly QueuedEntry[], owner: string, firstMid: number): Promise<number> {
  const mids = new Map(entries.map((e, i) => [e.opId, firstMid + i]));
  await rewrite(database, entries, (e) => ({ ...e, owner, mid: mids.get(e.opId)! }));
  return firstMid + entries.length;
}
