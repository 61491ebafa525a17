// Barcode drawings for a print, cached by symbology and text. Bwip-js encoding is most of the
// print route's script time, so a large print hands the barcodes of its second half to a worker
// while this thread renders the first half (drawing those barcodes as it goes): on two cores the
// drawing takes about half as long. Whatever the worker has not delivered yet is drawn here.
import type { BarcodeSpec } from '../../../shared/documents/labels';
import type { BarcodeBatch, BarcodeBatchResult } from './barcode.worker';
import { barcodeKey, drawBarcode, type DrawnBarcode } from './draw-barcode';

// Replaced (not cleared in place) when a print closes, so a worker still drawing for it fills
// the old map, which is then dropped with it.
let cache = new Map<string, DrawnBarcode>();
/** Below this many barcodes a worker's start-up (it loads bwip-js itself) costs more than it saves. */
const MIN_FOR_WORKER = 64;

/** The drawing of `spec`, from the cache or drawn now. */
export function drawnBarcode(spec: BarcodeSpec): DrawnBarcode {
  const key = barcodeKey(spec);
  let hit = cache.get(key);
  if (!hit) { hit = drawBarcode(spec); cache.set(key, hit); }
  return hit;
}

/** Drops the drawings of the print that closed (about 10 kB per barcode). */
export function forgetBarcodes(): void {
  cache = new Map();
}

/**
 * Starts drawing the second half of `specs` (in print order) in a worker, into the cache. Never
 * rejects: if the worker fails, `drawnBarcode` draws those barcodes here when they are rendered,
 * and a barcode that cannot be drawn at all fails there, where the print shows the error.
 */
export function drawAheadInWorker(specs: readonly BarcodeSpec[]): Promise<void> {
  const ahead = specs.slice(Math.floor(specs.length / 2)).filter((s) => !cache.has(barcodeKey(s)));
  if (typeof Worker === 'undefined' || ahead.length < MIN_FOR_WORKER) return Promise.resolve();
  const into = cache;
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./barcode.worker.ts', import.meta.url), { type: 'module' });
    const done = () => { worker.terminate(); resolve(); };
    worker.onmessage = (event: MessageEvent<BarcodeBatchResult>) => {
      if ('drawn' in event.data) event.data.drawn.forEach((drawn, i) => into.set(barcodeKey(ahead[i]), drawn));
      else console.warn(`barcode worker: ${event.data.error}; drawing on the main thread`);
      done();
    };
    worker.onerror = (event) => { console.warn(`barcode worker: ${event.message}; drawing on the main thread`); done(); };
    worker.postMessage(ahead.map(({ symbology, text }): BarcodeBatch[number] => ({ symbology, text })));
  });
}
