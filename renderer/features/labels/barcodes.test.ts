// The print route mounts a chunk of labels once the worker has drawn its barcodes. A print must
// never wait forever on that: a worker that fails, or a print that closes, lets it go on (the
// route then draws what is missing itself, loading bwip-js only then).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BarcodeSpec } from '../../../shared/documents/labels';
import { makeSscc } from '../../../shared/documents/sscc';
import type { BarcodeBatchResult } from './barcode.worker';
import { barcodesDrawn, drawInWorker, drawnBarcode, forgetBarcodes, startBarcodeWorker } from './barcodes';

/** A worker that draws only when the test says so. */
class ManualWorker {
  static last: ManualWorker;
  static started = 0;
  onmessage: ((event: { data: BarcodeBatchResult }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  constructor() { ManualWorker.last = this; ManualWorker.started++; }
  postMessage(): void {}
  terminate(): void { this.terminated = true; }
  post(data: BarcodeBatchResult): void { this.onmessage!({ data }); }
}

const specs: BarcodeSpec[] = Array.from({ length: 100 }, (_, i) => {
  const text = `(00)${makeSscc({ companyPrefix: '6901234', extensionDigit: 3 }, i + 1)}`;
  return { symbology: 'gs1-128', text, decoded: text, humanReadable: text };
});
const drawing = (i: number) => ({ modules: 100 + i, d: '' });
const isSettled = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => { settled = true; });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
};

beforeEach(() => { vi.stubGlobal('Worker', ManualWorker); ManualWorker.started = 0; });
afterEach(() => { forgetBarcodes(); vi.unstubAllGlobals(); });

describe('barcodes drawn by the worker', () => {
  it('lets a chunk mount once its barcodes are drawn, and uses the worker\'s drawings', async () => {
    void drawInWorker(specs);
    const firstTen = barcodesDrawn(specs.slice(0, 10));
    expect(await isSettled(firstTen)).toBe(false);
    ManualWorker.last.post({ start: 0, drawn: [0, 1, 2, 3, 4].map(drawing), done: false });
    expect(await isSettled(firstTen)).toBe(false);
    ManualWorker.last.post({ start: 5, drawn: [5, 6, 7, 8, 9].map(drawing), done: false });
    expect(await isSettled(firstTen)).toBe(true);
    expect(drawnBarcode(specs[7]).modules).toBe(107);
  });

  it('lets every waiting chunk go on when the worker fails, and the rest are drawn here', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    void drawInWorker(specs);
    const rest = barcodesDrawn(specs.slice(50));
    ManualWorker.last.post({ error: 'out of memory' });
    await rest;
    expect(ManualWorker.last.terminated).toBe(true);
    expect(drawnBarcode(specs[60]).modules).toBe(156);
  });

  it('lets waiting chunks go on and stops the worker when the print closes', async () => {
    void drawInWorker(specs);
    const rest = barcodesDrawn(specs.slice(50));
    forgetBarcodes();
    expect(await isSettled(rest)).toBe(true);
    expect(ManualWorker.last.terminated).toBe(true);
  });

  it('draws with the worker started while the labels were read', async () => {
    startBarcodeWorker();
    const started = ManualWorker.last;
    void drawInWorker(specs);
    expect(ManualWorker.started).toBe(1);
    const firstFive = barcodesDrawn(specs.slice(0, 5));
    started.post({ start: 0, drawn: [0, 1, 2, 3, 4].map(drawing), done: false });
    expect(await isSettled(firstFive)).toBe(true);
  });

  it('starts another worker when the one started early failed to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    startBarcodeWorker();
    const failed = ManualWorker.last;
    failed.onerror!({ message: 'Failed to fetch a dynamically imported module' });
    void drawInWorker(specs);
    expect(failed.terminated).toBe(true);
    expect(ManualWorker.started).toBe(2);
    const firstFive = barcodesDrawn(specs.slice(0, 5));
    ManualWorker.last.post({ start: 0, drawn: [0, 1, 2, 3, 4].map(drawing), done: false });
    expect(await isSettled(firstFive)).toBe(true);
  });

  it('starts no worker early for a print that cannot hold enough barcodes to be worth one', () => {
    startBarcodeWorker(10);
    startBarcodeWorker(0);
    expect(ManualWorker.started).toBe(0);
  });

  it('stops the worker started early when the print turns out small', async () => {
    startBarcodeWorker();
    void drawInWorker(specs.slice(0, 10));
    expect(ManualWorker.last.terminated).toBe(true);
    await barcodesDrawn(specs.slice(0, 10));
    expect(drawnBarcode(specs[9]).modules).toBe(156);
  });

  it('draws here when no worker is drawing (a small print), and starts none', async () => {
    void drawInWorker(specs.slice(0, 10));
    await barcodesDrawn(specs.slice(0, 10));
    expect(ManualWorker.started).toBe(0);
    expect(drawnBarcode(specs[3]).modules).toBe(156);
    expect(() => drawnBarcode(specs[10])).toThrow(/rendered before it was drawn/);
  });

  it('refuses a barcode that cannot be drawn, with bwip-js\'s reason', async () => {
    const sscc = specs[0].text.slice(4);
    const wrong = `(00)${sscc.slice(0, 17)}${(Number(sscc[17]) + 1) % 10}`;
    await expect(barcodesDrawn([{ symbology: 'gs1-128', text: wrong, decoded: wrong, humanReadable: wrong }])).rejects.toThrow(/checksum/i);
  });
});
