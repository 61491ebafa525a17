// Barcode drawings for a print, cached by symbology and text. A large print has a worker load
// bwip-js and draw its barcodes in print order while this thread renders the labels whose
// barcodes are drawn already. This thread loads bwip-js (draw-barcode) only when it has to draw
// some itself: kept out of the print route's own script, it lets the route start sooner.
import type { BarcodeSpec } from '../../../shared/documents/labels';
import type { BarcodeBatch, BarcodeBatchResult } from './barcode.worker';
import type { DrawnBarcode } from './draw-barcode';

export const barcodeKey = (spec: Pick<BarcodeSpec, 'symbology' | 'text'>) => `${spec.symbology}|${spec.text}`;

/** Someone waiting for the drawings of these keys. */
interface Waiter { missing: Set<string>; resolve: () => void }

/**
 * One print's drawings. Replaced (not cleared in place) when a print closes, so that a worker
 * still drawing for it fills the old cache, which is then dropped with it.
 */
class Drawings {
  readonly cache = new Map<string, DrawnBarcode>();
  /** The worker is drawing into this cache. */
  drawing = false;
  /** This print's worker, once started (`startBarcodeWorker`, `drawInWorker`). */
  worker: Worker | null = null;
  /** Stops the worker drawing into this cache. */
  stop: () => void = () => this.worker?.terminate();
  private waiters: Waiter[] = [];

  /** Settles the waiters whose barcodes are all in; every waiter once `stopped`. */
  settle(stopped = false): void {
    if (stopped) this.drawing = false;
    this.waiters = this.waiters.filter((waiter) => {
      for (const key of waiter.missing) if (this.cache.has(key)) waiter.missing.delete(key);
      if (waiter.missing.size > 0 && this.drawing) return true;
      waiter.resolve();
      return false;
    });
  }

  whenDrawn(keys: string[]): Promise<void> {
    const missing = new Set(keys.filter((key) => !this.cache.has(key)));
    if (missing.size === 0 || !this.drawing) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ missing, resolve }));
  }
}

let drawings = new Drawings();
/** Below this many barcodes a worker's start-up (it loads bwip-js itself) costs more than it saves. */
const MIN_FOR_WORKER = 64;

/** The drawing of `spec`, which `barcodesDrawn` has drawn: a label mounts only once its barcodes are. */
export function drawnBarcode(spec: BarcodeSpec): DrawnBarcode {
  const hit = drawings.cache.get(barcodeKey(spec));
  if (!hit) throw new Error(`The barcode ${spec.text} was rendered before it was drawn`);
  return hit;
}

/** Drops the drawings of the print that closed (about 1 kB per barcode); its waiters go on at once. */
export function forgetBarcodes(): void {
  drawings.stop();
  drawings = new Drawings();
}

/**
 * Starts this print's worker before its barcodes are known, so that it loads bwip-js while the
 * labels are read from the database (`drawInWorker` then uses it, or stops it for a small print).
 * `upTo`: the most barcodes the print can hold, when its URL tells; below what a worker is worth, none starts.
 */
export function startBarcodeWorker(upTo = Infinity): void {
  if (typeof Worker === 'undefined' || drawings.worker || upTo < MIN_FOR_WORKER) return;
  const into = drawings;
  const worker = newWorker();
  into.worker = worker;
  // Until drawInWorker takes it over: one that fails to start is dropped (drawInWorker starts another).
  worker.onerror = () => { worker.terminate(); if (into.worker === worker) into.worker = null; };
}

/** In this one place, as `new Worker(new URL(…))`: the form Vite finds and bundles the worker from. */
const newWorker = () => new Worker(new URL('./barcode.worker.ts', import.meta.url), { type: 'module' });

/**
 * Resolves once every barcode of `specs` is drawn: by the worker, or here for those no worker is
 * drawing (a small print, a worker that failed). Rejects with the error of a barcode that cannot
 * be drawn. Once the print has closed, resolves without drawing.
 */
export async function barcodesDrawn(specs: readonly BarcodeSpec[]): Promise<void> {
  const into = drawings;
  await into.whenDrawn(specs.map(barcodeKey));
  if (into !== drawings || specs.every((spec) => into.cache.has(barcodeKey(spec)))) return;
  const { drawBarcode } = await import('./draw-barcode');
  for (const spec of specs) {
    const key = barcodeKey(spec);
    if (!into.cache.has(key)) into.cache.set(key, drawBarcode(spec));
  }
}

/**
 * Starts drawing `specs` in a worker, in the order given (print order), into the cache. Each
 * distinct barcode is drawn once: the content barcode of an order line repeats on all its
 * cartons. Never rejects: if the worker fails, its waiters go on and `barcodesDrawn` draws the
 * rest here, where a barcode that cannot be drawn at all fails the print with its error shown.
 */
export function drawInWorker(specs: readonly BarcodeSpec[]): Promise<void> {
  const into = drawings;
  const todo = [...new Map(specs.map((s) => [barcodeKey(s), s] as const)).values()].filter((s) => !into.cache.has(barcodeKey(s)));
  if (typeof Worker === 'undefined' || todo.length < MIN_FOR_WORKER) { into.stop(); return Promise.resolve(); }
  into.drawing = true;
  return new Promise((resolve) => {
    const worker = into.worker ?? newWorker();
    into.worker = worker;
    const done = () => { worker.terminate(); into.settle(true); resolve(); };
    into.stop = done;
    worker.onmessage = (event: MessageEvent<BarcodeBatchResult>) => {
      const result = event.data;
      if ('error' in result) { console.warn(`barcode worker: ${result.error}; drawing on the main thread`); done(); return; }
      result.drawn.forEach((drawn, i) => {
        const key = barcodeKey(todo[result.start + i]);
        if (!into.cache.has(key)) into.cache.set(key, drawn);
      });
      if (result.done) done();
      else into.settle();
    };
    worker.onerror = (event) => { console.warn(`barcode worker: ${event.message}; drawing on the main thread`); done(); };
    worker.postMessage(todo.map(({ symbology, text }): BarcodeBatch[number] => ({ symbology, text })));
  });
}
