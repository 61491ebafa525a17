// Barcode drawings for a print, cached by symbology and text. Bwip-js encoding is most of the
// print route's script time, so a large print has a worker draw its barcodes from the back
// while this thread renders from the front (drawing what is not in the cache yet as it goes).
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
 * Starts drawing `specs` (in print order) in a worker, into the cache, from the last one
 * backwards: this thread draws from the front as it renders, so the two meet wherever their
 * speeds put the middle and hardly any barcode is drawn twice. Each distinct barcode is drawn
 * once (the content barcode of an order line repeats on all its cartons). Never rejects: if
 * the worker fails, `drawnBarcode` draws the rest here when they are rendered, and a barcode
 * that cannot be drawn at all fails there, where the print shows the error.
 */
export function drawAheadInWorker(specs: readonly BarcodeSpec[]): Promise<void> {
  const into = cache;
  const ahead = [...new Map(specs.map((s) => [barcodeKey(s), s] as const)).values()].filter((s) => !into.has(barcodeKey(s))).reverse();
  if (typeof Worker === 'undefined' || ahead.length < MIN_FOR_WORKER) return Promise.resolve();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./barcode.worker.ts', import.meta.url), { type: 'module' });
    const done = () => { worker.terminate(); resolve(); };
    worker.onmessage = (event: MessageEvent<BarcodeBatchResult>) => {
      const result = event.data;
      if ('error' in result) { console.warn(`barcode worker: ${result.error}; drawing on the main thread`); done(); return; }
      let met = false;
      result.drawn.forEach((drawn, i) => {
        const key = barcodeKey(ahead[result.start + i]);
        if (into.has(key)) met = true;
        else into.set(key, drawn);
      });
      // Once this thread has drawn one of the batch, it has drawn everything before it too.
      if (result.done || met) done();
    };
    worker.onerror = (event) => { console.warn(`barcode worker: ${event.message}; drawing on the main thread`); done(); };
    worker.postMessage(ahead.map(({ symbology, text }): BarcodeBatch[number] => ({ symbology, text })));
  });
}
