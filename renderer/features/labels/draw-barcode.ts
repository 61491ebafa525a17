// Draws barcodes as SVG markup with bwip-js. Pure (no DOM), so the print route can share the
// work between its own thread and a worker: bwip-js encoding is most of the route's script time.
import { toSVG } from 'bwip-js/browser';
import type { BarcodeSpec } from '../../../shared/documents/labels';

export interface DrawnBarcode { svg: string; modules: number }

/** Bwip-js draws one module as 2 viewBox units at its default scale. */
const UNITS_PER_MODULE = 2;

export const barcodeKey = (spec: Pick<BarcodeSpec, 'symbology' | 'text'>) => `${spec.symbology}|${spec.text}`;

export function drawBarcode(spec: Pick<BarcodeSpec, 'symbology' | 'text'>): DrawnBarcode {
  const raw = toSVG({ bcid: spec.symbology, text: spec.text, height: 10, backgroundcolor: 'FFFFFF' });
  const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(raw)?.[1] ?? 0);
  return { svg: raw.replace('<svg ', '<svg preserveAspectRatio="none" width="100%" height="100%" '), modules: width / UNITS_PER_MODULE };
}
