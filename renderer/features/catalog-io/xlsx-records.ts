// Excel workbooks (.xlsx) → the same records a CSV file gives: the text of every cell of the
// first sheet, read with read-excel-file. Numbers are taken as the file writes them, never
// parsed to floats on the way; a large sheet is read in a worker so the dialog stays live.
import Decimal from 'decimal.js';
import { readSheet } from 'read-excel-file/universal';
import { mapHeaders } from './headers';
import type { CellProblems } from './rows';

/** One row: each cell's text, and what the cells themselves say is wrong (field path → i18n key). */
export interface XlsxRecord { cells: string[]; problems: CellProblems }

/** A numeric cell, as its digits stand in the file (read-excel-file's `parseNumber`). */
interface NumberCell { number: string }
type Cell = string | boolean | Date | NumberCell | null;

/** A number as Excel shows it: at most 15 significant digits (a computed 12.300000000000001 is 12.3), no exponent. */
function numberText(raw: string): string {
  return new Decimal(raw).toSignificantDigits(15).toFixed();
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return numberText(cell.number);
}

/**
 * The records of a sheet. An HS code is 6, 8 or 10 digits; typed into a number column, one of
 * chapters 01–09 loses its leading zero (0902100000 becomes 902100000). Such a cell is reported,
 * not padded: a digit may as well be missing at the end, and a wrong HS code is a wrong customs
 * declaration.
 */
export function sheetRecords(sheet: readonly (readonly Cell[])[]): XlsxRecord[] {
  const header = (sheet[0] ?? []).map(cellText);
  const hsColumn = mapHeaders(header).keys.indexOf('hsCode');
  return sheet.map((row, i) => {
    const problems: CellProblems = {};
    const hs = row[hsColumn];
    if (i > 0 && hsColumn >= 0 && hs !== null && typeof hs === 'object' && !(hs instanceof Date) && numberText(hs.number).length % 2 === 1) {
      problems.hsCode = 'catalogIo:reason.hsCodeNumber';
    }
    return { cells: row.map(cellText), problems };
  });
}

/** The first sheet of `file` as records. */
export async function readSheetRecords(file: Blob): Promise<XlsxRecord[]> {
  const sheet = await readSheet<NumberCell>(file, { parseNumber: (number) => ({ number }), trim: false });
  return sheetRecords(sheet as Cell[][]);
}

/**
 * The first sheet of `file` as records, read in a worker where there is one. A worker that
 * cannot start (the browser build, gone offline before its script was ever loaded) leaves the
 * reading to this thread: slower for a large sheet, never a refused file.
 */
export function readXlsxRecords(file: Blob): Promise<XlsxRecord[]> {
  if (typeof Worker === 'undefined') return readSheetRecords(file);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ records: XlsxRecord[] } | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.records);
    };
    worker.onerror = () => {
      worker.terminate();
      readSheetRecords(file).then(resolve, reject);
    };
    worker.postMessage(file);
  });
}
