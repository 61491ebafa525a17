// Draws a list of barcodes off the print route's thread (see barcodes.ts), posting them in
// small batches so the route can use each batch as soon as it is drawn.
import { drawBarcode, type DrawnBarcode } from './draw-barcode';
import type { BarcodeSpec } from '../../../shared/documents/labels';

export type BarcodeBatch = Pick<BarcodeSpec, 'symbology' | 'text'>[];
/** `drawn[i]` is the drawing of the request's `start + i`th barcode; `done` comes with the last batch. */
export type BarcodeBatchResult = { start: number; drawn: DrawnBarcode[]; done: boolean } | { error: string };

const BATCH = 32;

self.onmessage = (event: MessageEvent<BarcodeBatch>) => {
  const specs = event.data;
  try {
    for (let start = 0; start < specs.length; start += BATCH) {
      const drawn = specs.slice(start, start + BATCH).map(drawBarcode);
      self.postMessage({ start, drawn, done: start + BATCH >= specs.length } satisfies BarcodeBatchResult);
    }
  } catch (e) {
    self.postMessage({ error: String(e) } satisfies BarcodeBatchResult);
  }
};
