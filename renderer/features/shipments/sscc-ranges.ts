// SSCC ranges this machine holds. `sscc.reserve` is queued through the outbox like any change
// (so it also works when asked offline: it is answered at the next sync); the push applies its
// answer with `keepReservedRange` into the local sync state. SSCCs are assigned offline only
// from held ranges. Fallback for a brand-new machine that never synced: it assigns NO SSCC and
// says why ("reserve a range: go online") — a provisional number could collide with another
// machine's, and a duplicated SSCC on a pallet is worse than a label printed an hour later.
import { v7 as uuidv7 } from 'uuid';
import { addReservedRange, allocateSsccs, checkGs1Settings, emptyPool, type Gs1Settings } from '../../../shared/documents/sscc';
import { SSCC_RESERVE, ssccRangeRow, type SsccRangeRow } from '../../../shared/documents/sscc-reserve';
import type { Parcel } from '../../../shared/domain/parcel';
import { db, type SupplierDb } from '../../data/db';
import { write } from '../../data/repository';

export const SSCC_RANGES_KEY = 'sscc.ranges';
/** How many serials one reservation asks for. */
export const RESERVE_BATCH = 1000;

const sameSpace = (r: SsccRangeRow, s: Gs1Settings) => r.companyPrefix === s.companyPrefix && r.extensionDigit === s.extensionDigit;

export async function heldRanges(database: SupplierDb = db()): Promise<SsccRangeRow[]> {
  return ((await database.syncState.get(SSCC_RANGES_KEY))?.value as SsccRangeRow[] | undefined) ?? [];
}

/** Called by the push inside its transaction with an applied `sscc.reserve` answer. A replayed answer is kept once. */
export async function keepReservedRange(database: SupplierDb, row: unknown): Promise<void> {
  const parsed = ssccRangeRow.safeParse(row);
  if (!parsed.success) return;
  const held = await heldRanges(database);
  if (held.some((r) => r.id === parsed.data.id)) return;
  await database.syncState.put({ key: SSCC_RANGES_KEY, value: [...held, parsed.data] });
}

/** Serials left for these settings. */
export function serialsLeft(held: readonly SsccRangeRow[], settings: Gs1Settings): number {
  return held.filter((r) => sameSpace(r, settings)).reduce((n, r) => n + r.last - r.first + 1, 0);
}

/** Queue a reservation (sent with the next sync). Throws SsccError for invalid settings. */
export async function requestSsccRange(settings: Gs1Settings, count = RESERVE_BATCH): Promise<void> {
  checkGs1Settings(settings);
  await write((w) => w.command('parcels', uuidv7(), SSCC_RESERVE, { count, ...settings }));
}

/**
 * Give every parcel of `parcelIds` without an SSCC the next serials, in the given order, in
 * one transaction with the held ranges' update. All or nothing: too few serials left throws
 * `SsccError('sscc.exhausted')` and nothing changes.
 */
export async function assignSsccs(settings: Gs1Settings, parcelIds: readonly string[]): Promise<number> {
  return write(async (w) => {
    const database = db();
    const parcels = (await database.parcels.bulkGet([...parcelIds])) as unknown as (Parcel | undefined)[];
    const need = parcels.filter((p): p is Parcel => !!p && !p.deleted && !p.sscc);
    if (need.length === 0) return 0;
    const held = await heldRanges(database);
    const mine = held.filter((r) => sameSpace(r, settings));
    const pool = mine.reduce((p, r) => addReservedRange(p, r), emptyPool(settings));
    const { ssccs, pool: left } = allocateSsccs(pool, need.length);
    for (const [i, parcel] of need.entries()) await w.patch('parcels', parcel.id, { sscc: ssccs[i] });
    // Ranges are used from the front, so a held range still open is found by its last serial.
    const rest = mine.flatMap((r) => {
      const open = left.ranges.find((l) => l.last === r.last);
      return open ? [{ ...r, first: open.first }] : [];
    });
    await database.syncState.put({ key: SSCC_RANGES_KEY, value: [...held.filter((r) => !sameSpace(r, settings)), ...rest] });
    return need.length;
  });
}
