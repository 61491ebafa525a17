// SSCCs are drawn without bwip-js's GS1 lint (it is half their drawing time) because the label
// checks them first; everything else is still linted, and a wrong SSCC is still refused.
import { toSVG } from 'bwip-js/browser';
import { describe, expect, it } from 'vitest';
import { makeSscc } from '../../../shared/documents/sscc';
import { drawBarcode } from './draw-barcode';

const sscc = makeSscc({ companyPrefix: '6901234', extensionDigit: 3 }, 1_000);
const wrongCheckDigit = sscc.slice(0, 17) + ((Number(sscc[17]) + 1) % 10);

describe('drawBarcode', () => {
  it('draws a checked SSCC exactly as the linted drawing', () => {
    const linted = toSVG({ bcid: 'gs1-128', text: `(00)${sscc}`, height: 10, backgroundcolor: 'FFFFFF' });
    expect(drawBarcode({ symbology: 'gs1-128', text: `(00)${sscc}` }).svg).toBe(linted.replace('<svg ', '<svg preserveAspectRatio="none" width="100%" height="100%" '));
  });

  it('still refuses an SSCC with a wrong check digit and a content barcode with a wrong GTIN', () => {
    expect(() => drawBarcode({ symbology: 'gs1-128', text: `(00)${wrongCheckDigit}` })).toThrow(/checksum/i);
    expect(() => drawBarcode({ symbology: 'gs1-128', text: '(02)06901234500012(37)12(400)PO-1' })).toThrow(/checksum/i);
    expect(() => drawBarcode({ symbology: 'gs1-128', text: `(00)${sscc}(400)PO\u00e9` })).toThrow();
  });
});
