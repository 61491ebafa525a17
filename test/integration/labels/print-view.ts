// The Electron app's print view (electron/main/window.ts `openPrintView`) on a Playwright page in
// Chromium, for saving PDFs the way the app does (printing.ts `printPdf`): the same page count
// and slice style, with page.pdf standing in for webContents.printToPDF. The Electron runtime
// cannot run here; everything past this seam is the app's own code.
import type { Page } from '@playwright/test';
import { onlyPagesCss, type RenderedView } from '../../../electron/main/printing';
import { printReadyScript, type PrintViewReady } from '../../../electron/main/window';
import { PrintViewRefused } from '../../../shared/ipc/desktop-api';

const SLICE_STYLE_ID = 'print-view-only-pages';

/**
 * `page` must show a print route. Waits for it with the app's own script, as the Electron app
 * does after loading the route, and refuses an error page as the app does.
 */
export async function playwrightPrintView(page: Page): Promise<RenderedView> {
  const ready = (await page.evaluate(printReadyScript())) as PrintViewReady;
  if ('error' in ready) throw new PrintViewRefused(ready.error);
  return {
    pages: ready.pages,
    // As window.ts `showOnlyPages`: one slice style, replaced at once.
    showOnlyPages: (range) => page.evaluate(([id, css]) => {
      const style = document.getElementById(id) ?? document.head.appendChild(Object.assign(document.createElement('style'), { id }));
      style.textContent = css;
    }, [SLICE_STYLE_ID, onlyPagesCss(range)] as const),
    printToPDF: (options) => page.pdf({
      width: `${options.pageSize.width}in`,
      height: `${options.pageSize.height}in`,
      margin: { top: `${options.margins.top}`, right: `${options.margins.right}`, bottom: `${options.margins.bottom}`, left: `${options.margins.left}` },
      printBackground: options.printBackground,
      preferCSSPageSize: options.preferCSSPageSize,
    }),
    print: () => Promise.reject(new Error('A Playwright page cannot print to a printer')),
    // The page lives on (Electron destroys its window): only the slice style goes.
    close: () => void page.evaluate((id) => document.getElementById(id)?.remove(), SLICE_STYLE_ID).catch(() => undefined),
  };
}
