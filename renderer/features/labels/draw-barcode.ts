// Draws barcodes as SVG paths. Bwip-js encodes (symbol characters, check characters, GS1
// rules); this file only turns its bar widths into a path of rectangles. Pure data (no DOM), so the
// print route can share the work between its own thread and a worker, and React renders it.
// The default export's `raw` is bwip-js's encoder; the named `raw` is BWIPP's "raw" symbology.
import bwipjs, { type RawOptions } from 'bwip-js/browser';
import type { BarcodeSpec, SymbolBars } from '../../../shared/documents/labels';
import { isValidSscc } from '../../../shared/documents/sscc';

/** A linear symbol in a viewBox `modules` units wide and 1 high, one unit per module: `d` fills each bar as a rectangle. */
export interface DrawnBarcode { modules: number; d: string }

/**
 * An SSCC alone, `(00)` + 18 digits with a valid check digit: everything bwip-js's GS1 lint
 * would check in it is checked here already, and the lint and AI parsing are most of the
 * encoding time of the 1,000 SSCCs of a large print. Every other GS1 text (e.g. (400) order
 * numbers) is linted.
 */
const checkedSscc = (spec: Pick<BarcodeSpec, 'symbology' | 'text'>) =>
  spec.symbology === 'gs1-128' && spec.text.startsWith('(00)') && isValidSscc(spec.text.slice(4));

/**
 * What bwip-js encodes for `spec`. A checked SSCC goes to BWIPP's Code 128 encoder as the
 * GS1-128 encoder would hand it on (FNC1, AI 00, the digits): the same bars without parsing the
 * AI syntax, at a little over half the time.
 */
function encodeOptions(spec: Pick<BarcodeSpec, 'symbology' | 'text'>): RawOptions {
  if (checkedSscc(spec)) return { bcid: 'code128', text: `^FNC100${spec.text.slice(4)}`, parsefnc: true };
  return { bcid: spec.symbology, text: spec.text };
}

/** The symbol's bars from bwip-js's encoding (`sbs`: bar, space, bar … widths in modules). */
export function encodeBars(spec: Pick<BarcodeSpec, 'symbology' | 'text'>): SymbolBars {
  const [symbol] = bwipjs.raw(encodeOptions(spec));
  if (!symbol || !('sbs' in symbol)) throw new Error(`${spec.symbology} is not a linear symbology`);
  const bars: { x: number; width: number }[] = [];
  let x = 0;
  symbol.sbs.forEach((width, i) => {
    if (i % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return { modules: x, bars };
}

/**
 * The symbol as one SVG path. bwip-js's own SVG drawing (`toSVG`) runs BWIPP's PostScript
 * renderer and costs six times the encoding; a linear symbol's bars are just its widths side
 * by side at full height. One filled path per symbol rather than bwip-js's stroked path per bar
 * width: the print lays out and paints one SVG shape per symbol instead of four or five, and
 * 1,000 labels print about 0.1–0.2 s sooner (docs/benchmarks.md).
 */
export function drawBarcode(spec: Pick<BarcodeSpec, 'symbology' | 'text'>): DrawnBarcode {
  const { modules, bars } = encodeBars(spec);
  return { modules, d: bars.map(({ x, width }) => `M${x} 0h${width}V1H${x}Z`).join('') };
}
