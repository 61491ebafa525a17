// Dry run and import of a catalog CSV or Excel file. A CSV file is streamed chunk by chunk (never
// one giant string); each record is read by rows.ts and validated by the repository's own rules, then
// checked for SKUs repeated in the file or already in the catalog. The import is one
// repository transaction: all good rows or nothing.
import Papa from 'papaparse';
import type { ProductFields } from '../../../shared/domain/product';
import { db } from '../../data/db';
import { validate, ValidationError, write } from '../../data/repository';
import { canonicalHeader, mapHeaders, type HeaderMapping } from './headers';
import { keyForPath, recordToFields, type CellProblems } from './rows';
import { textSource, type ByteSource } from './text-source';

/** One problem as the user sees it: `row` counts like a spreadsheet (header = row 1, first product = row 2). */
export interface ImportProblem {
  row: number;
  /** The column's header as written in the user's file (canonical header if the file lacks it). */
  column: string;
  /** i18n key ("validation.hsCode", "catalogIo:reason.duplicateSku"), translated by the UI. */
  reason: string;
  params?: Record<string, string | number>;
}

export interface DryRun {
  good: ProductFields[];
  /** Spreadsheet row number of each good row (same order), to point at a row if the write fails. */
  goodRowNumbers: number[];
  problems: ImportProblem[];
  badRows: number;
  unknownColumns: string[];
  /** The file had no Status column, so rows get the schema's "active". */
  statusDefaulted: boolean;
}

/** The header row cannot be imported at all; nothing was read further. */
export class HeaderError extends Error {
  constructor(readonly missing: string[], readonly duplicates: string[]) {
    super(`catalog header: missing ${missing.join(', ')}; duplicate ${duplicates.join(', ')}`);
    this.name = 'HeaderError';
  }
}

export interface DryRunOptions {
  /** SKUs already in the local catalog (any status): the repository refuses to create them again. */
  existingSkus?: ReadonlySet<string>;
  /** Fraction of the file read, 0…1, called between chunks. */
  onProgress?: (fraction: number) => void;
  /** Characters per chunk for string input (files arrive in the browser's own read size). */
  chunkSize?: number;
  /** Yield to the browser (progress, input) at least this often; default 50 ms. */
  yieldEveryMs?: number;
}

const DEFAULT_CHUNK = 1 << 20;
/** Give the browser a frame (progress bar, input) at least this often while checking. */
const YIELD_EVERY_MS = 50;

function columnFor(mapping: HeaderMapping, key: string): string {
  const own = mapping.headerOf.get(key);
  if (own !== undefined) return own;
  if (['lengthCm', 'widthCm', 'heightCm'].includes(key) && mapping.headerOf.has('cartonSize')) return mapping.headerOf.get('cartonSize')!;
  return canonicalHeader(key);
}

/** Every SKU in the local catalog, live or not (the repository's createMany rejects all of them). */
export async function catalogSkus(): Promise<Set<string>> {
  return new Set((await db().products.orderBy('sku').keys()).map(String));
}

/**
 * Checks a file's records one at a time, as either reader (CSV, Excel) produces them: the first
 * is the header row, every later one a product. `problems` are what the reader itself found in
 * a record's cells (field path → i18n key).
 */
function recordChecker(options: DryRunOptions) {
  const existing = options.existingSkus ?? new Set<string>();
  const result: DryRun = { good: [], goodRowNumbers: [], problems: [], badRows: 0, unknownColumns: [], statusDefaulted: false };
  const firstRowOfSku = new Map<string, number>();
  let mapping: HeaderMapping | null = null;
  let columnIndex = new Map<string, number>();

  const checkProduct = (record: readonly string[], row: number, cellProblems: CellProblems) => {
    if (record.every((c) => c.trim() === '')) return;
    const cell = (key: string) => {
      const i = columnIndex.get(key);
      return i === undefined ? '' : (record[i] ?? '').trim();
    };
    const { fields, problems } = recordToFields(cell);
    Object.assign(problems, cellProblems);
    let valid: ProductFields | null = null;
    try {
      valid = validate('products', fields) as ProductFields;
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const [path, reason] of Object.entries(e.fields)) problems[path] ??= reason;
    }
    const rowProblems: ImportProblem[] = [];
    // Report one problem per column (a cell can break several rules; the first is the useful one).
    const seenColumns = new Set<string>();
    for (const [path, reason] of Object.entries(problems)) {
      const column = columnFor(mapping!, keyForPath(path));
      if (seenColumns.has(column)) continue;
      seenColumns.add(column);
      rowProblems.push({ row, column, reason });
    }
    if (valid && rowProblems.length === 0) {
      const first = firstRowOfSku.get(valid.sku);
      if (existing.has(valid.sku)) rowProblems.push({ row, column: columnFor(mapping!, 'sku'), reason: 'validation.skuTaken' });
      else if (first !== undefined) rowProblems.push({ row, column: columnFor(mapping!, 'sku'), reason: 'catalogIo:reason.duplicateSku', params: { row: first } });
    }
    const sku = String(fields.sku);
    if (sku !== '' && !firstRowOfSku.has(sku)) firstRowOfSku.set(sku, row);
    if (rowProblems.length > 0) {
      result.badRows++;
      result.problems.push(...rowProblems);
    } else {
      result.good.push(valid!);
      result.goodRowNumbers.push(row);
    }
  };

  return {
    result,
    /** Throws a HeaderError for a header row that cannot be imported (nothing is read further). */
    check(record: readonly string[], row: number, cellProblems: CellProblems = {}) {
      if (mapping !== null) { checkProduct(record, row, cellProblems); return; }
      mapping = mapHeaders(record);
      if (mapping.missing.length > 0 || mapping.duplicates.length > 0) throw new HeaderError(mapping.missing, mapping.duplicates);
      columnIndex = new Map(mapping.keys.flatMap((k, i) => (k === null ? [] : [[k, i] as const])));
      result.unknownColumns = mapping.unknown;
      result.statusDefaulted = !mapping.headerOf.has('status');
    },
    /** The dry run, once every record is checked. */
    finish(): DryRun {
      if (mapping === null) throw new HeaderError(mapHeaders([]).missing, []);
      // Quote errors point at rows that may have been counted good; they make the row bad.
      const quoteRows = new Set(result.problems.filter((p) => p.reason === 'catalogIo:reason.quotes').map((p) => p.row));
      if (quoteRows.size > 0) {
        const keep = result.goodRowNumbers.map((r) => !quoteRows.has(r));
        result.good = result.good.filter((_, i) => keep[i]);
        result.goodRowNumbers = result.goodRowNumbers.filter((_, i) => keep[i]);
        result.badRows = new Set(result.problems.map((p) => p.row)).size;
      }
      result.problems.sort((a, b) => a.row - b.row);
      return result;
    },
  };
}

/** Read and check a whole CSV file without writing anything. */
export function dryRun(input: ByteSource | string, options: DryRunOptions = {}): Promise<DryRun> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const size = typeof input === 'string' ? input.length : input.size;
  const source = typeof input === 'string' ? null : textSource(input);
  const fractionRead = () => Math.min(1, (source ? source.bytesRead : chunks * chunkSize) / Math.max(1, size));
  let lastYield = performance.now();
  const checker = recordChecker(options);
  let recordCount = 0;
  let chunks = 0;

  return new Promise<DryRun>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown, parser?: Papa.Parser) => {
      failed = true;
      parser?.abort();
      reject(error);
    };
    // papaparse reads any object with readable/read/on as a Node stream (its typings don't say so).
    Papa.parse<string[]>((source ?? input) as unknown as File, {
      header: false,
      skipEmptyLines: false,
      chunkSize,
      chunk(results, parser) {
        if (failed) return;
        chunks++;
        try {
          for (const error of results.errors) {
            if (error.type === 'Quotes' && error.row !== undefined) {
              checker.result.problems.push({ row: recordCount + error.row + 1, column: '', reason: 'catalogIo:reason.quotes' });
            }
          }
          for (const record of results.data) checker.check(record, ++recordCount);
        } catch (e) {
          fail(e, parser);
          return;
        }
        // Let the progress bar paint now and then; the byte reader waits meanwhile.
        if (performance.now() - lastYield < (options.yieldEveryMs ?? YIELD_EVERY_MS)) return;
        parser.pause();
        source?.pause();
        setTimeout(() => {
          lastYield = performance.now();
          options.onProgress?.(fractionRead());
          parser.resume();
          source?.resume();
        }, 0);
      },
      complete() {
        if (failed) return;
        try {
          const run = checker.finish();
          options.onProgress?.(1);
          resolve(run);
        } catch (e) {
          reject(e);
        }
      },
      error(error) { fail(error); },
    });
  });
}

/**
 * Read and check the first sheet of an Excel workbook (.xlsx) without writing anything: the same
 * checks as a CSV file, on the text of each cell (see xlsx-records.ts).
 */
export async function dryRunXlsx(file: Blob, options: DryRunOptions = {}): Promise<DryRun> {
  const checker = recordChecker(options);
  // Loaded when an Excel file is chosen: the reader (zip and XML) stays out of the catalog's start-up.
  const { readXlsxRecords } = await import('./xlsx-records');
  const records = await readXlsxRecords(file);
  let lastYield = performance.now();
  for (const [i, { cells, problems }] of records.entries()) {
    checker.check(cells, i + 1, problems);
    if (performance.now() - lastYield >= (options.yieldEveryMs ?? YIELD_EVERY_MS)) {
      options.onProgress?.(i / records.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
  const run = checker.finish();
  options.onProgress?.(1);
  return run;
}

/** The write failed for a specific row (e.g. its SKU was created meanwhile); nothing was written. */
export class ImportRowError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`row ${problem.row}: ${problem.reason}`);
    this.name = 'ImportRowError';
  }
}

/** Create every good row in one transaction. Returns how many were created. */
export async function importGoodRows(run: Pick<DryRun, 'good' | 'goodRowNumbers'>): Promise<number> {
  try {
    const ids = await write((w) => w.createMany('products', run.good));
    return ids.length;
  } catch (e) {
    if (e instanceof ValidationError && e.row !== undefined) {
      const [path, reason] = Object.entries(e.fields)[0];
      throw new ImportRowError({ row: run.goodRowNumbers[e.row], column: canonicalHeader(keyForPath(path)), reason });
    }
    throw e;
  }
}
