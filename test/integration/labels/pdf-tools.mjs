// Reading label PDFs back with real tools: poppler (pdfinfo, pdftoppm, pdftotext) and zbar.
// Shared by the e2e test and the benchmark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Page count and the size of page 1 in millimetres. */
export function pdfInfo(pdf) {
  const info = run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const mm = (pt) => Math.round((Number(pt) * 25.4 / 72) * 10) / 10;
  return { pages, widthMm: mm(w), heightMm: mm(h) };
}

/** The fonts embedded in `pdf` (pdffonts), as `{name, type}`, e.g. `{name: 'AAAAAA+NotoSansKR…', type: 'CID TrueType'}`. */
export function pdfFonts(pdf) {
  return run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean)
    .map((line) => ({ name: line.slice(0, 36).trim(), type: line.slice(37, 54).trim() }));
}

/** Every barcode zbarimg finds on `page` (1-based) rendered at `dpi`, as `{type, data}`. */
export function decodePage(pdf, page, dpi = 300) {
  const dir = mkdtempSync(join(tmpdir(), 'label-page-'));
  try {
    const png = join(dir, 'page');
    run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-gray', '-png', pdf, png]);
    return decodeImage(`${png}.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every barcode zbarimg finds in the image file `png`, as `{type, data}`. */
export function decodeImage(png) {
  let out = '';
  try {
    out = execFileSync('zbarimg', ['--nodbus', '-q', '--xml', png], { encoding: 'utf8' });
  } catch (e) {
    if (e.status === 4) return []; // zbarimg: no symbol found
    throw e;
  }
  // zbar writes data that is not valid XML text (e.g. the GS1 separator, ASCII 29) as base64.
  return [...out.matchAll(/<symbol type='([^']+)'[\s\S]*?<data( format='base64')?[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)]
    .map(([, type, base64, data]) => ({ type, data: base64 ? Buffer.from(data.trim(), 'base64').toString('latin1') : data }));
}

/** The text of `page`, in reading order. */
export function pageText(pdf, page) {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
}

/** Words of `page` with their box height in mm (pdftotext -bbox). */
export function pageWords(pdf, page) {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map(([, , yMin, , yMax, text]) => ({ text, heightMm: (Number(yMax) - Number(yMin)) * 25.4 / 72 }));
}

/** The browser seed (test/integration/labels/browser-seed.ts) as one script to inject into the app's origin. */
export function seedScript() {
  const result = buildSync({
    entryPoints: [new URL('./browser-seed.ts', import.meta.url).pathname],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
