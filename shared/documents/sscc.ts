// SSCC (LBL-1): extension digit + GS1 company prefix + serial reference + check digit, 18 digits.
// Serials must never collide across offline machines, so each client hands out serials only
// from ranges the server reserved for it (`sscc.reserve`); the allocator below is the pure
// client half: it takes reserved ranges and returns serials in order, never one twice.
import { gs1CheckDigit } from './gs1';

/** Error codes are i18n keys of the `labels` namespace (`sscc.*`). */
export class SsccError extends Error {
  constructor(readonly code: string, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'SsccError';
  }
}

/** The company setting: who owns the numbers. */
export interface Gs1Settings {
  /** GS1 company prefix as licensed by a GS1 member organisation, 6–12 digits. */
  companyPrefix: string;
  /** Extension digit 0–9, chosen by the company (e.g. per site) to widen the serial space. */
  extensionDigit: number;
}

/**
 * Prefix ranges that are not company prefixes and so can never start an SSCC: restricted
 * circulation (020–029, 040–049, 200–299), coupons (050–059, 981–984, 990–999), GTIN-8 office
 * (960–969), publications (977–979) and refund receipts (980).
 */
const NOT_COMPANY_PREFIX = /^(0[245]|2|96|97[7-9]|98|99)/;

export function checkGs1Settings(settings: Gs1Settings): void {
  const { companyPrefix, extensionDigit } = settings;
  if (!/^\d+$/.test(companyPrefix)) throw new SsccError('sscc.prefixDigits', `company prefix "${companyPrefix}" must be digits only`);
  if (companyPrefix.length < 6 || companyPrefix.length > 12) {
    throw new SsccError('sscc.prefixLength', `company prefix "${companyPrefix}" must have 6 to 12 digits, has ${companyPrefix.length}`);
  }
  if (NOT_COMPANY_PREFIX.test(companyPrefix)) {
    throw new SsccError('sscc.prefixRestricted', `"${companyPrefix}" lies in a GS1 range that is not issued as a company prefix`);
  }
  if (!Number.isInteger(extensionDigit) || extensionDigit < 0 || extensionDigit > 9) {
    throw new SsccError('sscc.extensionDigit', `extension digit must be 0–9, got ${extensionDigit}`);
  }
}

/** Largest serial reference the prefix leaves room for (16 digits shared by prefix and serial). */
export function maxSerial(settings: Gs1Settings): number {
  return 10 ** (16 - settings.companyPrefix.length) - 1;
}

export function makeSscc(settings: Gs1Settings, serial: number): string {
  checkGs1Settings(settings);
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > maxSerial(settings)) {
    throw new SsccError('sscc.serialRange', `serial ${serial} does not fit after prefix ${settings.companyPrefix} (0–${maxSerial(settings)})`);
  }
  const body = `${settings.extensionDigit}${settings.companyPrefix}${String(serial).padStart(16 - settings.companyPrefix.length, '0')}`;
  return body + gs1CheckDigit(body);
}

export function isValidSscc(value: string): boolean {
  return /^\d{18}$/.test(value) && gs1CheckDigit(value.slice(0, 17)) === Number(value[17]);
}

/** A range of serial references reserved by the server for one client, both ends included. */
export interface SerialRange { first: number; last: number }

/** What a client keeps (persisted between sessions): its settings, its unused ranges, the next serial. */
export interface SsccPool {
  settings: Gs1Settings;
  /** Unused parts of reserved ranges, in the order they are used up. */
  ranges: SerialRange[];
}

export function emptyPool(settings: Gs1Settings): SsccPool {
  checkGs1Settings(settings);
  return { settings, ranges: [] };
}

export function remaining(pool: SsccPool): number {
  return pool.ranges.reduce((n, r) => n + (r.last - r.first + 1), 0);
}

/** Add a range the server reserved. A range that is malformed, too wide or overlaps one held is refused. */
export function addReservedRange(pool: SsccPool, range: SerialRange): SsccPool {
  const { first, last } = range;
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first < 0 || last < first) {
    throw new SsccError('sscc.badRange', `reserved range ${first}–${last} is not an ascending pair of serials`);
  }
  if (last > maxSerial(pool.settings)) {
    throw new SsccError('sscc.serialRange', `reserved range ends at ${last}, beyond ${maxSerial(pool.settings)} for prefix ${pool.settings.companyPrefix}`);
  }
  const clash = pool.ranges.find((r) => first <= r.last && r.first <= last);
  if (clash) throw new SsccError('sscc.overlap', `reserved range ${first}–${last} overlaps held range ${clash.first}–${clash.last}`);
  return { ...pool, ranges: [...pool.ranges, { first, last }] };
}

/** Take `count` SSCCs in order. All or nothing: with too few serials left it throws and the pool is unchanged. */
export function allocateSsccs(pool: SsccPool, count: number): { ssccs: string[]; pool: SsccPool } {
  if (!Number.isInteger(count) || count < 0) throw new SsccError('sscc.badCount', `cannot allocate ${count} SSCCs`);
  const left = remaining(pool);
  if (count > left) throw new SsccError('sscc.exhausted', `${count} SSCCs requested, ${left} left in reserved ranges: reserve more first`);
  const ssccs: string[] = [];
  const ranges = pool.ranges.map((r) => ({ ...r }));
  while (ssccs.length < count) {
    const range = ranges[0];
    const take = Math.min(count - ssccs.length, range.last - range.first + 1);
    for (let i = 0; i < take; i++) ssccs.push(makeSscc(pool.settings, range.first + i));
    range.first += take;
    if (range.first > range.last) ranges.shift();
  }
  return { ssccs, pool: { ...pool, ranges } };
}
