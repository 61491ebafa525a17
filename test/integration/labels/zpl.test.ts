// ZPL labels read back the way a scanner reads a printed one: the shipment's labels as ZPL (the
// app's encoder for the bars), rendered by a ZPL interpreter (zebrash, compiled to WebAssembly,
// as zpl-renderer-js) at 203 and 300 dpi, and decoded by zbarimg. Each label must carry exactly
// its own parcel's barcodes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from 'zpl-renderer-js';
import { freshDatabase } from '../../../renderer/data/test-support';
import { encodeBars } from '../../../renderer/features/labels/draw-barcode';
import { loadLabels } from '../../../renderer/features/labels/load';
import type { LabelQuery } from '../../../renderer/features/labels/route';
import { PAGE_MM, type CourierLabelModel, type Gs1LabelModel, type LabelModel } from '../../../shared/documents/labels';
import { labelsToZpl, ZplError, type ZplDpi } from '../../../shared/documents/zpl';
import { labelFixture, type LabelFixture } from './fixtures';
import { decodeImage } from './pdf-tools.mjs';
import { storeLabelFixture } from './store';

const OUT = mkdtempSync(join(tmpdir(), 'zpl-labels-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

async function seeded(fixture: LabelFixture, over: Partial<LabelQuery>): Promise<LabelModel[]> {
  const database = freshDatabase();
  await storeLabelFixture(fixture);
  return loadLabels(database, { kind: 'gs1', size: '4x6', sheet: false, shipmentId: fixture.shipmentId, ...over } as LabelQuery);
}

/** Each label of `zpl` as zbarimg reads it from zebrash's rendering. */
async function scanned(zpl: string, size: '4x6' | 'a6', dpi: ZplDpi): Promise<string[][]> {
  const { api } = await ready;
  const images = await api.zplToBase64MultipleAsync(zpl, PAGE_MM[size].width, PAGE_MM[size].height, dpi === 203 ? 8 : 12);
  return images.map((image, i) => {
    const png = join(OUT, `${size}-${dpi}-${i}.png`);
    writeFileSync(png, Buffer.from(image, 'base64'));
    return decodeImage(png).map((symbol) => symbol.data).sort();
  });
}

// A consignee whose name is Latin text: font 0 of a Zebra printer holds Latin-1 only.
const latin = labelFixture({ lines: [{ quantity: 37, unitsPerCarton: 12 }], consigneeName: 'Seoul Trading Co., Ltd.', runTag: '2a01' });
let gs1: Gs1LabelModel[];
let courier: CourierLabelModel[];
beforeAll(async () => {
  gs1 = (await seeded(latin, {})) as Gs1LabelModel[];
  courier = (await seeded(latin, { kind: 'courier' })) as CourierLabelModel[];
});

describe('ZPL labels, rendered and scanned', () => {
  for (const [size, dpi] of [['4x6', 203], ['a6', 300]] as const) {
    it(`GS1 logistic labels in ${size} at ${dpi} dpi: each label scans to exactly its own SSCC and content data`, async () => {
      const zpl = labelsToZpl(gs1, size, dpi, encodeBars);
      expect(zpl.match(/\^XA/g)).toHaveLength(4);
      const labels = await scanned(zpl, size, dpi);
      expect(labels).toEqual(gs1.map((label) => label.barcodes.map((b) => b.decoded).sort()));
      expect(new Set(labels.map((codes) => codes.find((c) => c.startsWith('00')))).size).toBe(4);
    });
  }

  it('courier labels at 203 dpi scan to their tracking numbers', async () => {
    const labels = await scanned(labelsToZpl(courier, '4x6', 203, encodeBars), '4x6', 203);
    expect(labels).toEqual(courier.map((label) => [label.barcode.decoded]));
  });
});

describe('ZPL labels refused', () => {
  const refusal = (run: () => unknown) => {
    try { run(); } catch (e) { if (e instanceof ZplError) return { code: e.code, parcelId: e.parcelId, nOfN: e.nOfN, detail: e.detail }; throw e; }
    throw new Error('expected the labels to be refused');
  };

  it('names the label whose text a Zebra font cannot print (a Korean consignee), instead of printing gaps', async () => {
    const korean = labelFixture({ lines: [{ quantity: 24, unitsPerCarton: 12 }], runTag: '2a02' });
    const labels = await seeded(korean, {});
    expect(refusal(() => labelsToZpl(labels, '4x6', 203, encodeBars))).toEqual({ code: 'zpl.text', parcelId: labels[0].parcelId, nOfN: '1 of 2', detail: '서울상사 Seoul Trading Co., Ltd.' });
  });

  it('refuses an address too long for the label, shipping marks, and sizes that are not label stock', () => {
    const long = { ...gs1[0], to: [...gs1[0].to, 'Building 7, Gate 3, Dock 12, Attention: Receiving Department, Night Shift Supervisor'] };
    expect(refusal(() => labelsToZpl([long], '4x6', 203, encodeBars))).toMatchObject({ code: 'zpl.doesNotFit', parcelId: gs1[0].parcelId });
    const mark = { ...gs1[0], kind: 'main-mark', lines: [] } as unknown as LabelModel;
    expect(refusal(() => labelsToZpl([mark], '4x6', 203, encodeBars))).toMatchObject({ code: 'zpl.kind' });
    expect(refusal(() => labelsToZpl(gs1, 'a5', 203, encodeBars))).toMatchObject({ code: 'zpl.size' });
  });

  it('writes ^, ~ and non-ASCII Latin text as UTF-8 hex bytes, so they cannot end a field or a format', () => {
    const label = { ...gs1[0], from: ['Müller ^ ~ _ Werke'] };
    const zpl = labelsToZpl([label], '4x6', 203, encodeBars);
    expect(zpl).toContain('^FDM_C3_BCller _5E _7E _5F Werke^FS');
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
  });
});
