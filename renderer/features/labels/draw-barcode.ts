// Draws barcodes as SVG markup with bwip-js. Pure (no DOM), so the print route can share the
// work between its own thread and a worker: bwip-js encoding is most of the route's script time.
import { toSVG } from 'bwip-js/browser';
import type { BarcodeSpec } from '../../../shared/documents/labels';
import { isValidSscc } from '../../../shared/documents/sscc';

export interface DrawnBarcode { svg: string; modules: number }

/** Bwip-js draws one module as 2 viewBox units at its default scale. */
const UNITS_PER_MODULE = 2;

export const barcodeKey = (spec: Pick<BarcodeSpec, 'symbology' | 'text'>) => `${spec.symbology}|${spec.text}`;

/** bwip-js hands BWIPP options it has no type for (such as `dontlint`) through to BWIPP. */
type DrawOptions = Parameters<typeof toSVG>[0] & { dontlint?: boolean };

/**
 * An SSCC alone, `(00)` + 18 digits with a valid check digit: everything bwip-js's GS1 lint
 * would check in it is checked here already, and the lint is half of the drawing time of the
 * 1,000 SSCCs of a large print. Every other GS1 text (e.g. (400) order numbers) is linted.
 */
const checkedSscc = (spec: Pick<BarcodeSpec, 'symbology' | 'text'>) =>
  spec.symbology === 'gs1-128' && spec.text.startsWith('(00)') && isValidSscc(spec.text.slice(4));

export function drawBarcode(spec: Pick<BarcodeSpec, 'symbology' | 'text'>): DrawnBarcode {
  const options: DrawOptions = { bcid: spec.symbology, text: spec.text, height: 10, backgroundcolor: 'FFFFFF', dontlint: checkedSscc(spec) };
  const raw = toSVG(options);
  const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(raw)?.[1] ?? 0);
  return { svg: raw.replace('<svg ', '<svg preserveAspectRatio="none" width="100%" height="100%" '), modules: width / UNITS_PER_MODULE };
}
