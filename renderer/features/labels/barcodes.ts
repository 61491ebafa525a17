// Barcode drawings for a print, cached by symbology and text. `prepareBarcodes` draws a whole
// print's barcodes before it renders: one worker takes a share while this thread draws the rest,
// so on two cores the bwip-js work takes about half as long. Without workers it all runs here.
import type { BarcodeSpec } from '../../../shared/documents/labels';
import type { BarcodeBatch, BarcodeBatchResult } from './barcode.worker';
import { barcodeKey, drawBarcode, type DrawnBarcode } from './draw-barcode';

const cache = new Map<string, DrawnBarcode>();
/** Below this many barcodes a worker's start-up (it loads bwip-js itself) costs more than it saves. */
const MIN_FOR_WORKER = 64;
/** Share of the barcodes given to the worker; this thread also sets up React meanwhile. */
const WORKER_SHARE = 0.5;

/** The drawing of `spec`, from the cache or drawn now. */
export function drawnBarcode(spec: BarcodeSpec): DrawnBarcode {
  const key = barcodeKey(spec);
  let hit = cache.get(key);
  if (!hit) { hit = drawBarcode(spec); cache.set(key, hit); }
  return hit;
}

function drawInWorker(batch: BarcodeBatch): Promise<DrawnBarcode[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./barcode.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<BarcodeBatchResult>) => {
      done();
      if ('error' in event.data) reject(new Error(event.data.error)); else resolve(event.data.drawn);
    };
    worker.onerror = (event) => { done(); reject(new Error(event.message || 'barcode worker failed')); };
    worker.postMessage(batch);
  });
}

/** Draws every barcode of `specs` not drawn yet, sharing the work with a worker where that pays. */
export async function prepareBarcodes(specs: readonly BarcodeSpec[]): Promise<void> {
  const todo = [...new Map(specs.filter((s) => !cache.has(barcodeKey(s))).map((s) => [barcodeKey(s), s])).values()];
  const offloaded = typeof Worker === 'undefined' || todo.length < MIN_FOR_WORKER ? [] : todo.slice(Math.floor(todo.length * (1 - WORKER_SHARE)));
  const inWorker = offloaded.length ? drawInWorker(offloaded.map(({ symbology, text }) => ({ symbology, text }))) : Promise.resolve([]);
  // The worker's share must not fail silently: if it does, this thread draws it.
  const fallback = inWorker.catch(() => offloaded.map(drawBarcode));
  for (const spec of todo.slice(0, todo.length - offloaded.length)) drawnBarcode(spec);
  (await fallback).forEach((drawn, i) => cache.set(barcodeKey(offloaded[i]), drawn));
}
