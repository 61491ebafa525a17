// Draws a batch of barcodes off the print route's thread (see barcodes.ts).
import { drawBarcode, type DrawnBarcode } from './draw-barcode';
import type { BarcodeSpec } from '../../../shared/documents/labels';

export type BarcodeBatch = Pick<BarcodeSpec, 'symbology' | 'text'>[];
export type BarcodeBatchResult = { drawn: DrawnBarcode[] } | { error: string };

self.onmessage = (event: MessageEvent<BarcodeBatch>) => {
  let result: BarcodeBatchResult;
  try { result = { drawn: event.data.map(drawBarcode) }; } catch (e) { result = { error: String(e) }; }
  self.postMessage(result);
};
