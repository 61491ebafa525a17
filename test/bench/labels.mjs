// Labels benchmark, in Debian's Chromium against the built app (served as app:// serves it):
//   1. baseline: page.pdf of 1,000 bare A6 pages of static text (Chromium's own PDF cost)
//   2. 1,000 GS1 logistic labels (8 order lines, SSCC + content barcodes) of one shipment,
//      seeded through the repository, printed through the real print route to one PDF the way
//      the Electron app saves one (electron/main/printing.ts `printPdf`: slices of 250 pages,
//      joined), page.pdf standing in for printToPDF:
//      navigation → print-ready → PDF written; time, file size, ratio to (1)
//      (`firstLabelMs`: navigation → first label painted, as labels mount in chunks)
//   3. a sample of pages rasterised at 300 dpi and decoded with zbarimg; every barcode on a
//      sampled page must equal its own parcel's data
// Prints the figures and writes test/bench/results/labels.json. Targets: ≤ 5 s, ≤ 5 MB.
// Env: BENCH_LABELS (1000), BENCH_PORT (4189), BENCH_DIST (/tmp/h7-bench-dist), BENCH_SKIP_BUILD=1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { PDF_SLICE_PAGES, pdfOptions, printPdf } from '../../electron/main/printing.ts';
import { decodePage, pdfInfo, seedScript } from '../integration/labels/pdf-tools.mjs';
import { playwrightPrintView } from '../integration/labels/print-view.ts';
import { serveApp } from './serve-app.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LABELS = Number(process.env.BENCH_LABELS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 4189);
const DIST = process.env.BENCH_DIST ?? '/tmp/h7-bench-dist';
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const LINES = 8;
const TARGETS = { ms: 5000, bytes: 5 * 1024 * 1024 };
const GS = '\u001d';

if (LABELS % (LINES * 12) !== 0 && process.env.BENCH_LABELS) console.warn('BENCH_LABELS not a multiple of 96: the last line gets a partial carton');

if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Served as the Electron app serves it (the app:// handler: files from disk, no compression).
const server = await serveApp({ root: ROOT, dist: DIST, port: PORT });

const out = mkdtempSync(join(tmpdir(), 'labels-bench-'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  // The seed is injected as an inline script, which the app's CSP would refuse.
  const page = await browser.newPage({ bypassCSP: true });

  // --- 1. Baseline: the same number of A6 pages, static text only. ---
  const baselinePdf = join(out, 'baseline.pdf');
  let t = performance.now();
  await page.setContent(`<style>@page{size:105mm 148mm;margin:0}body{margin:0}div{width:105mm;height:148mm;break-after:page;font:4mm sans-serif;padding:4mm;box-sizing:border-box}</style>`
    + Array.from({ length: LABELS }, (_, i) => `<div>CARTON ${i + 1} OF ${LABELS}<br>SSCC 3690123400000${String(i).padStart(5, '0')}</div>`).join(''));
  await page.pdf({ path: baselinePdf, preferCSSPageSize: true, printBackground: true });
  const baselineMs = Math.round(performance.now() - t);

  // --- 2. Seed one shipment of LABELS cartons through the repository, then print its labels. ---
  await page.goto(ORIGIN);
  await page.addScriptTag({ content: seedScript() });
  const perLine = Math.ceil(LABELS / LINES) * 12;
  const seeded = await page.evaluate((options) => globalThis.seedLabels(options), {
    lines: Array.from({ length: LINES }, (_, i) => ({ quantity: i < LINES - 1 ? perLine : LABELS * 12 - perLine * (LINES - 1), unitsPerCarton: 12 })),
  });
  if (seeded.parcelIds.length !== LABELS) throw new Error(`seeded ${seeded.parcelIds.length} parcels, wanted ${LABELS}`);

  // When the first label is on screen (labels mount in chunks): a frame-by-frame probe in the
  // page. The print route is a same-document (hash) navigation, so the probe survives it.
  const pdf = join(out, 'labels.pdf');
  t = performance.now();
  await page.evaluate(() => {
    const start = performance.now();
    const probe = () => {
      if (document.querySelector('.label-page')) globalThis.firstLabelMs = Math.round(performance.now() - start);
      else requestAnimationFrame(probe);
    };
    requestAnimationFrame(probe);
  });
  await page.goto(`${ORIGIN}#/print/labels?kind=gs1&size=a6&shipment=${seeded.fixture.shipmentId}`);
  // Waited for as the Electron app waits for its print window (window.ts `printReadyScript`):
  // print-ready noticed the moment it is set, the page count in the same answer; an error page
  // is refused.
  const view = await playwrightPrintView(page);
  const renderMs = Math.round(performance.now() - t);
  writeFileSync(pdf, await printPdf(view, pdfOptions({ widthMicrons: 105_000, heightMicrons: 148_000 })));
  const ms = Math.round(performance.now() - t);
  const firstLabelMs = await page.evaluate(() => globalThis.firstLabelMs ?? null);
  const bytes = statSync(pdf).size;
  const { pages } = pdfInfo(pdf);

  // --- 3. Decode a sample of pages: first, last, and every ~100th. ---
  const sample = [...new Set([1, 2, ...Array.from({ length: 9 }, (_, k) => 1 + Math.floor(((k + 1) * LABELS) / 10) - 7), LABELS])].filter((p) => p >= 1 && p <= LABELS);
  let decodeFailures = 0;
  for (const p of sample) {
    const parcel = seeded.fixture.parcels[p - 1];
    const c = parcel.contents[0];
    const want = [`00${parcel.sscc}`, `020${c.gtin}37${c.quantity}${GS}400${seeded.fixture.shipment.poNumber}`].sort();
    const got = decodePage(pdf, p).map((d) => d.data).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      decodeFailures++;
      console.error(`page ${p}: decoded ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }

  const result = {
    labels: LABELS, pages, ms, renderMs, pdfMs: ms - renderMs, pdfSlices: Math.ceil(LABELS / PDF_SLICE_PAGES), firstLabelMs, bytes,
    baselineMs, ratioToBaseline: Math.round((ms / baselineMs) * 100) / 100, baselineBytes: statSync(baselinePdf).size,
    decodedPages: sample.length, decodeFailures,
    targets: TARGETS, withinTargets: ms <= TARGETS.ms && bytes <= TARGETS.bytes && decodeFailures === 0,
    machine: { cpus: (await import('node:os')).cpus().length, loadAverage: (await import('node:os')).loadavg().map((l) => Math.round(l * 10) / 10) },
  };
  mkdirSync(join(ROOT, 'test/bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'test/bench/results/labels.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`labels: ${LABELS} GS1 labels → ${pages} pages in ${ms} ms (render ${renderMs} ms + pdf ${ms - renderMs} ms; first label on screen after ${firstLabelMs} ms), ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  console.log(`baseline: ${LABELS} static A6 pages in ${baselineMs} ms → ratio ${result.ratioToBaseline}`);
  console.log(`decoded ${sample.length} sampled pages, ${decodeFailures} failures; load average ${result.machine.loadAverage.join(' ')}`);
  console.log(`targets (≤ ${TARGETS.ms} ms, ≤ 5 MB): ${result.withinTargets ? 'met' : 'NOT met'}`);
  if (decodeFailures > 0) process.exitCode = 1;
} finally {
  await browser.close();
  server.stop();
  rmSync(out, { recursive: true, force: true });
}
