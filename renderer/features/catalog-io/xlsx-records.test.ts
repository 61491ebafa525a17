import { afterEach, describe, expect, it, vi } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readXlsxRecords } from './xlsx-records';

const workbook = async (rows: unknown[][]) => new Blob([new Uint8Array(await writeExcelFile(rows as never).toBuffer())]);

afterEach(() => { vi.unstubAllGlobals(); });

describe('reading an Excel sheet', () => {
  it('gives each cell as text, numbers as Excel shows them', async () => {
    const records = await readXlsxRecords(await workbook([['Item No.', 'MOQ', 'FOB Price', 'Food'], ['PB-1', 100, 0.1 + 0.2, true]]));
    expect(records.map((r) => r.cells)).toEqual([['Item No.', 'MOQ', 'FOB Price', 'Food'], ['PB-1', '100', '0.3', 'yes']]);
  });

  it('reads the sheet on this thread when the worker cannot start (its script not loaded offline)', async () => {
    const started: string[] = [];
    vi.stubGlobal('Worker', class {
      onerror: ((event: unknown) => void) | null = null;
      constructor(url: URL) { started.push(String(url)); }
      postMessage() { setTimeout(() => this.onerror?.({ message: '' }), 0); }
      terminate() {}
    });
    const records = await readXlsxRecords(await workbook([['Item No.', 'HS Code'], ['TEA-1', 902100000]]));
    expect(started).toHaveLength(1);
    expect(records[1]).toEqual({ cells: ['TEA-1', '902100000'], problems: { hsCode: 'catalogIo:reason.hsCodeNumber' } });
  });
});
