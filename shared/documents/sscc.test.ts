import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, isValidGtin } from './gs1';
import {
  addReservedRange, allocateSsccs, checkGs1Settings, emptyPool, isValidSscc, makeSscc, remaining,
  SsccError, type SerialRange, type SsccPool,
} from './sscc';

const ACME = { companyPrefix: '0614141', extensionDigit: 1 };

function codeOf(fn: () => unknown): string {
  try { fn(); } catch (e) { if (e instanceof SsccError) return e.code; throw e; }
  return 'no error';
}

describe('GS1 check digit (LBL-1)', () => {
  it('matches published GS1 examples', () => {
    // GS1 General Specifications: SSCC (00) 1 0614141 123456789 7.
    expect(makeSscc(ACME, 123456789)).toBe('106141411234567897');
    // GS1 logistic label guideline: (00) 3 7610425 002123456 9.
    expect(makeSscc({ companyPrefix: '7610425', extensionDigit: 3 }, 2123456)).toBe('376104250021234569');
    // GS1 check digit calculator example, GTIN-13 629104150021 3.
    expect(gs1CheckDigit('629104150021')).toBe(3);
    expect(isValidGtin('6291041500213')).toBe(true);
    expect(isValidGtin('6291041500214')).toBe(false);
  });

  it('rejects an SSCC with a wrong check digit or length', () => {
    expect(isValidSscc('106141411234567897')).toBe(true);
    expect(isValidSscc('106141411234567896')).toBe(false);
    expect(isValidSscc('10614141123456789')).toBe(false);
  });
});

describe('company prefix', () => {
  it('refuses an invalid prefix or extension digit with a specific error', () => {
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '06141A1', extensionDigit: 1 }))).toBe('sscc.prefixDigits');
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '06141', extensionDigit: 1 }))).toBe('sscc.prefixLength');
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '0614141234567', extensionDigit: 1 }))).toBe('sscc.prefixLength');
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '2001234', extensionDigit: 1 }))).toBe('sscc.prefixRestricted');
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '9781234', extensionDigit: 1 }))).toBe('sscc.prefixRestricted');
    expect(codeOf(() => checkGs1Settings({ companyPrefix: '6901234', extensionDigit: 10 }))).toBe('sscc.extensionDigit');
    expect(codeOf(() => makeSscc({ companyPrefix: '6901234', extensionDigit: 0 }, 1_000_000_000))).toBe('sscc.serialRange');
    expect(new SsccError('sscc.prefixLength', 'x').message).toContain('sscc.prefixLength');
  });
});

describe('allocator over reserved ranges', () => {
  it('hands out serials in order across ranges and keeps the rest', () => {
    let pool = addReservedRange(addReservedRange(emptyPool(ACME), { first: 10, last: 12 }), { first: 100, last: 109 });
    const first = allocateSsccs(pool, 4);
    expect(first.ssccs.map((s) => Number(s.slice(8, 17)))).toEqual([10, 11, 12, 100]);
    pool = first.pool;
    expect(remaining(pool)).toBe(9);
    expect(codeOf(() => allocateSsccs(pool, 10))).toBe('sscc.exhausted');
    expect(remaining(pool)).toBe(9); // all or nothing
  });

  it('refuses overlapping, reversed or oversized ranges', () => {
    const pool = addReservedRange(emptyPool(ACME), { first: 0, last: 999 });
    expect(codeOf(() => addReservedRange(pool, { first: 999, last: 1999 }))).toBe('sscc.overlap');
    expect(codeOf(() => addReservedRange(pool, { first: 5000, last: 4000 }))).toBe('sscc.badRange');
    expect(codeOf(() => addReservedRange(pool, { first: 5000, last: 1_000_000_000 }))).toBe('sscc.serialRange');
  });

  it('never repeats a serial across 3 offline clients × 10,000 labels', () => {
    // The server side of `sscc.reserve`: consecutive blocks, whoever asks next.
    let nextFree = 0;
    const reserve = (size: number): SerialRange => { const r = { first: nextFree, last: nextFree + size - 1 }; nextFree += size; return r; };
    const clients: { pool: SsccPool; labels: string[] }[] = [0, 1, 2].map(() => ({ pool: emptyPool(ACME), labels: [] }));
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return 1 + (seed % n); };
    while (clients.some((c) => c.labels.length < 10_000)) {
      for (const client of clients) {
        const want = Math.min(random(300), 10_000 - client.labels.length);
        if (want === 0) continue;
        // Offline batches: top up only when the reserved serials would not cover the batch.
        while (remaining(client.pool) < want) client.pool = addReservedRange(client.pool, reserve(random(2000)));
        const { ssccs, pool } = allocateSsccs(client.pool, want);
        client.pool = pool;
        client.labels.push(...ssccs);
      }
    }
    const all = clients.flatMap((c) => c.labels);
    expect(all).toHaveLength(30_000);
    expect(new Set(all).size).toBe(30_000);
    expect(all.every(isValidSscc)).toBe(true);
  });
});
