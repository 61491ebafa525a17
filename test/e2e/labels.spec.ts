// Every label type printed from its print route to a real PDF (Chromium's page.pdf with the
// route's own @page size), rasterised at 300 dpi by pdftoppm and read back by zbarimg and
// pdftotext. Each page must carry exactly its own parcel's barcodes and "n of N" — never
// another parcel's — and the human-readable SSCC must equal the barcode's.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeededLabels } from '../integration/labels/browser-seed';
import { CJK_BUYER_MARK } from '../integration/labels/fixtures';
import { pdfOptions, printPdf } from '../../electron/main/printing';
import { decodePage, pageText, pageWords, pdfFonts, pdfInfo, seedScript } from '../integration/labels/pdf-tools.mjs';
import { playwrightPrintView } from '../integration/labels/print-view';

const OUT = mkdtempSync(join(tmpdir(), 'labels-e2e-'));
const GS = '\u001d';
const PO = 'PO-2026-0118';

test.use({ locale: 'en-US' });
// One browser page and one seeded shipment for the whole file: the printing is what is under test.
test.describe.configure({ mode: 'serial' });

let page: Page;
let seeded: SeededLabels;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  page = await browser.newPage({ locale: 'en-US' });
  seeded = await seed(page);
});
test.afterAll(async () => { await page.close(); });

/** Seed 37 + 25 units (12 and 10 per carton, remainders mixed): 6 cartons, the last one mixed. */
async function seed(page: Page): Promise<SeededLabels> {
  await page.goto('/');
  await page.addScriptTag({ content: seedScript() });
  return page.evaluate(() => (globalThis as unknown as { seedLabels(o: object): Promise<SeededLabels> })
    .seedLabels({ lines: [{}, { quantity: 25, unitsPerCarton: 10 }], mixPartials: true }));
}

/** Opens a print route and waits until it is print-ready, without an error. */
async function showPrintRoute(page: Page, route: string): Promise<void> {
  await page.goto(`/#${route}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.locator('[data-print-error]')).toHaveCount(0);
}

async function printToPdf(page: Page, route: string, name: string): Promise<string> {
  await showPrintRoute(page, route);
  const path = join(OUT, `${name}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return path;
}

/** What a scanner must read on each parcel's label, by kind. */
function expectedBarcodes(kind: string, i: number): string[] {
  const parcel = seeded.fixture.parcels[i];
  if (kind === 'courier') return [parcel.trackingNumber];
  if (kind !== 'gs1') return [];
  const single = parcel.contents.length === 1;
  const content = single ? `020${parcel.contents[0].gtin}37${parcel.contents[0].quantity}${GS}400${PO}` : `400${PO}`;
  return [content, `00${parcel.sscc}`];
}

const PAGE_SIZES = { a6: [105, 148], a5: [148, 210], '4x6': [101.6, 152.4], a4: [210, 297] } as const;

const CASES = [
  { kind: 'gs1', size: 'a6' }, { kind: 'gs1', size: 'a5' }, { kind: 'gs1', size: '4x6' },
  { kind: 'main-mark', size: 'a6' }, { kind: 'main-mark', size: '4x6' },
  { kind: 'side-mark', size: 'a6' }, { kind: 'side-mark', size: '4x6' },
  { kind: 'courier', size: '4x6' },
] as const;

for (const { kind, size } of CASES) {
  test(`${kind} labels in ${size}: one page per parcel, each decoding to its own data`, async () => {
    const pdf = await printToPdf(page, `/print/labels?kind=${kind}&size=${size}&shipment=${seeded.fixture.shipmentId}`, `${kind}-${size}`);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(6);
    expect(info.widthMm).toBeCloseTo(PAGE_SIZES[size][0], 0);
    expect(info.heightMm).toBeCloseTo(PAGE_SIZES[size][1], 0);
    // Chinese and Korean text is set in the label's own sliced Noto SC/KR faces, embedded as small
    // TrueType subsets: the system's multi-megabyte CJK faces (CFF ones as Type 3 fonts) make a
    // 1,000-label PDF seconds slower.
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
    if (kind !== 'side-mark') expect(fonts.some((f) => /NotoSans(KR|SC)/.test(f.name))).toBe(true);

    for (let i = 0; i < 6; i++) {
      const parcel = seeded.fixture.parcels[i];
      const decoded = decodePage(pdf, i + 1);
      expect(decoded.map((d) => d.type).every((t) => t === 'CODE-128')).toBe(true);
      expect(decoded.map((d) => d.data).sort()).toEqual(expectedBarcodes(kind, i).sort());

      const text = pageText(pdf, i + 1);
      expect(text).toContain(`${kind === 'courier' ? 'PARCEL' : 'CARTON'} ${i + 1} OF 6`);
      if (kind === 'gs1') {
        // The human-readable SSCC under the barcode equals what the barcode holds, and is ≥ 3 mm tall.
        const hri = /\(00\) (\d{18})/.exec(text)?.[1];
        expect(`00${hri}`).toBe(decoded.find((d) => d.data.startsWith('00'))?.data);
        const words = pageWords(pdf, i + 1).filter((w) => w.text === parcel.sscc);
        expect(Math.min(...words.map((w) => w.heightMm))).toBeGreaterThanOrEqual(3);
        // A5 is the A6 layout enlarged, not an A6 label in a corner of the page.
        if (size === 'a5') expect(Math.min(...words.map((w) => w.heightMm))).toBeGreaterThan(5.5);
      }
      if (kind === 'main-mark') {
        expect(text).toContain(CJK_BUYER_MARK);
        expect(text).toContain(`C/NO. ${i + 1}/6`);
        expect(text).toContain('MADE IN CHINA');
      }
      if (kind === 'side-mark') expect(text).toContain(`G.W. ${parcel.grossWeightKg} KG`);
      if (kind === 'courier') {
        expect(text).toContain('DHL EXPRESS');
        expect(text).toContain(parcel.trackingNumber);
        expect(text).toContain('48939');
      }
    }
  });
}

test('A4 sheets hold four A6 labels per page, each its own', async () => {
  const ids = seeded.parcelIds.join(',');
  const pdf = await printToPdf(page, `/print/labels?kind=gs1&size=a6&sheet=a4&parcels=${ids}`, 'gs1-a4-sheet');
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(2);
  expect(info.widthMm).toBeCloseTo(210, 0);
  expect(info.heightMm).toBeCloseTo(297, 0);
  expectGs1Pages(pdf, [[0, 1, 2, 3], [4, 5]]);
});

/** Page p of `pdf` holds exactly the GS1 labels of parcels `onPage[p]`, their barcodes and "n of N". */
function expectGs1Pages(pdf: string, onPage: number[][]): void {
  for (const [p, parcels] of onPage.entries()) {
    // zbarimg reports identical symbols on one image once (cartons of one line share their content barcode).
    const decoded = decodePage(pdf, p + 1).map((d) => d.data).sort();
    expect(decoded).toEqual([...new Set(parcels.flatMap((i) => expectedBarcodes('gs1', i)))].sort());
    for (const i of parcels) expect(pageText(pdf, p + 1)).toContain(`CARTON ${i + 1} OF 6`);
  }
}

test('a print saved as PDF in slices, as the Electron app saves long prints, holds every label once, in order', async () => {
  const cases = [
    { route: `/print/labels?kind=gs1&size=a6&shipment=${seeded.fixture.shipmentId}`, size: PAGE_SIZES.a6, slicePages: 4, onPage: [[0], [1], [2], [3], [4], [5]] },
    { route: `/print/labels?kind=gs1&size=a6&sheet=a4&parcels=${seeded.parcelIds.join(',')}`, size: PAGE_SIZES.a4, slicePages: 1, onPage: [[0, 1, 2, 3], [4, 5]] },
  ];
  for (const [n, { route, size, slicePages, onPage }] of cases.entries()) {
    await showPrintRoute(page, route);
    const view = await playwrightPrintView(page);
    expect(view.pages).toBe(onPage.length);
    const path = join(OUT, `sliced-${n}.pdf`);
    writeFileSync(path, await printPdf(view, pdfOptions({ widthMicrons: size[0] * 1000, heightMicrons: size[1] * 1000 }), slicePages));
    view.close();
    expect(pdfInfo(path).pages).toBe(onPage.length);
    expectGs1Pages(path, onPage);
  }
});

test("a pallet's GS1 label prints twice in a row, for two adjacent sides; a carton's once", async () => {
  const pallets = await page.evaluate(() => (globalThis as unknown as { seedLabels(o: object): Promise<SeededLabels> })
    .seedLabels({ lines: [{ quantity: 36, unitsPerCarton: 12 }], pallets: [1], runTag: '0001', firstSerial: 200_000 }));
  const pdf = await printToPdf(page, `/print/labels?kind=gs1&size=a6&shipment=${pallets.fixture.shipmentId}`, 'gs1-pallet');
  expect(pdfInfo(pdf).pages).toBe(4);
  const ssccOn = (p: number) => decodePage(pdf, p).map((d) => d.data).filter((d) => d.startsWith('00'));
  const [first, pallet] = pallets.fixture.parcels.map((p) => [`00${p.sscc}`]);
  expect([ssccOn(1), ssccOn(2), ssccOn(3), ssccOn(4)]).toEqual([first, pallet, pallet, [`00${pallets.fixture.parcels[2].sscc}`]]);
  expect(pageText(pdf, 2)).toContain('PALLET 2 OF 3');
  expect(pageText(pdf, 3)).toContain('PALLET 2 OF 3');
  expect(pageText(pdf, 4)).toContain('CARTON 3 OF 3');
});

test('a label whose address does not fit is not printed, and the print says which label', async () => {
  // A valid consignee address (line 1 may hold 200 characters) that wraps past the GS1 label's
  // room above its barcodes. (160 characters still fit, with a hair to spare.)
  const longLine = 'Unit 1203, Tower B, Haeundae Centum Industrial Complex, 45 Centum Jungang-ro, '.repeat(3).slice(0, 200).trim();
  const long = await page.evaluate((line) => (globalThis as unknown as { seedLabels(o: object): Promise<SeededLabels> })
    .seedLabels({ runTag: '0f17', firstSerial: 500_000, consigneeLine1: line }), longLine);
  await page.goto(`/#/print/labels?kind=gs1&size=a6&shipment=${long.fixture.shipmentId}`);
  await expect(page.getByRole('alert')).toHaveText('Label 1 of 4: its text does not fit. Shorten the shipper\'s or consignee\'s name or address, or choose a larger label size. Nothing was printed.');
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.locator('[data-print-error="errors.doesNotFit"]')).toHaveCount(1);
  await expect(page.locator('.label')).toHaveCount(0);

  // The same parcels' shipping marks carry no address and print.
  await page.goto(`/#/print/labels?kind=main-mark&size=a6&shipment=${long.fixture.shipmentId}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.locator('[data-print-error]')).toHaveCount(0);
  await expect(page.locator('.label')).toHaveCount(4);
});

test('a print URL naming a parcel this computer does not have prints nothing and says which', async () => {
  const missing = '0190c1a0-9999-7000-8000-000000000999';
  await page.goto(`/#/print/labels?kind=gs1&size=a6&parcels=${seeded.parcelIds[0]},${missing}`);
  await expect(page.getByRole('alert')).toHaveText(`Parcel ${missing} is not on this computer. Sync, then try again.`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.locator('.label')).toHaveCount(0);

  await page.goto(`/#/print/labels?kind=courier&size=a6&parcels=${seeded.parcelIds[0]}`);
  await expect(page.getByRole('alert')).toHaveText('This label type is not made in size a6.');
});
