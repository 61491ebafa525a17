// The label's bars come from bwip-js's encoding, drawn here as filled rectangles: they must be exactly the
// bars of bwip-js's own SVG drawing. SSCCs are encoded without bwip-js's GS1 lint (the label
// checks them first); everything else is still linted, and a wrong SSCC is still refused.
import { toSVG } from 'bwip-js/browser';
import { describe, expect, it } from 'vitest';
import type { BarcodeSpec } from '../../../shared/documents/labels';
import { makeSscc } from '../../../shared/documents/sscc';
import { drawBarcode } from './draw-barcode';

const sscc = makeSscc({ companyPrefix: '6901234', extensionDigit: 3 }, 1_000);
const wrongCheckDigit = sscc.slice(0, 17) + ((Number(sscc[17]) + 1) % 10);

type Bar = [start: number, end: number];
type BwipPath = { width: number; d: string };

/** bwip-js's bars: vertical strokes `M{centre} …` of a width, `unitsPerModule` viewBox units a module, sorted by position. */
function strokedBars(paths: BwipPath[], unitsPerModule: number): Bar[] {
  const bars: Bar[] = [];
  for (const { width, d } of paths) {
    for (const [, centre] of d.matchAll(/M(\d+(?:\.\d+)?) /g)) bars.push([(Number(centre) - width / 2) / unitsPerModule, (Number(centre) + width / 2) / unitsPerModule]);
  }
  return bars.sort((a, b) => a[0] - b[0]);
}

/** Our bars: rectangles `M{x} 0h{width}V1H{x}Z`, in modules, in the order drawn. */
const filledBars = (d: string): Bar[] => [...d.matchAll(/M(\d+) 0h(\d+)V1H\1Z/g)].map(([, x, width]) => [Number(x), Number(x) + Number(width)]);

/** The paths of bwip-js's own SVG drawing. */
const bwipPaths = (svg: string): BwipPath[] => [...svg.matchAll(/stroke-width="(\d+)" d="([^"]+)"/g)].map(([, width, d]) => ({ width: Number(width), d }));

describe('drawBarcode', () => {
  const cases: [string, Pick<BarcodeSpec, 'symbology' | 'text'>][] = [
    ['an SSCC (unlinted)', { symbology: 'gs1-128', text: `(00)${sscc}` }],
    ['content data (linted)', { symbology: 'gs1-128', text: '(02)06901234500011(37)12(400)PO-2026-0118' }],
    ['a courier tracking number', { symbology: 'code128', text: '1Z999AA10123456784' }],
  ];
  it.each(cases)('draws %s with exactly the bars of bwip-js\'s own drawing', (_, spec) => {
    const drawn = drawBarcode(spec);
    // bwip-js draws a module as 2 viewBox units; ours as 1.
    const reference = strokedBars(bwipPaths(toSVG({ bcid: spec.symbology, text: spec.text })), 2);
    expect(reference.length).toBeGreaterThan(20);
    expect(filledBars(drawn.d)).toEqual(reference);
    expect(drawn.d).toMatch(/^(M\d+ 0h\d+V1H\d+Z)+$/);
    expect(drawn.modules).toBe(reference.at(-1)![1]);
  });

  it('draws an SSCC 156 modules wide (start, FNC1, 10 digit pairs, check, stop)', () => {
    expect(drawBarcode({ symbology: 'gs1-128', text: `(00)${sscc}` }).modules).toBe(11 + 11 + 10 * 11 + 11 + 13);
  });

  it('still refuses an SSCC with a wrong check digit and a content barcode with a wrong GTIN', () => {
    expect(() => drawBarcode({ symbology: 'gs1-128', text: `(00)${wrongCheckDigit}` })).toThrow(/checksum/i);
    expect(() => drawBarcode({ symbology: 'gs1-128', text: '(02)06901234500012(37)12(400)PO-1' })).toThrow(/checksum/i);
    expect(() => drawBarcode({ symbology: 'gs1-128', text: `(00)${sscc}(400)PO\u00e9` })).toThrow();
  });
});
