// The browser implementation of DesktopApi (renderer/platform), in real Chromium on the built
// app: printing through a hidden iframe, secrets across a reload, the external-link allow-list.
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundle: string;
test.beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `import { createBrowserDesktopApi } from './renderer/platform/browser-desktop-api';
        window.__makeApi = (timeout) => createBrowserDesktopApi({ window, storage: localStorage, version: 'test', printReadyTimeoutMs: timeout });`,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  bundle = result.outputFiles[0].text;
});

/**
 * Loads the app with the API attached. `mode` decides how a print view in an iframe behaves:
 * mark itself ready, render an error page, or never become ready. The iframe's print() is
 * recorded instead of opening the dialog.
 */
async function open(page: Page, mode: 'ready' | 'error' | 'never' = 'ready') {
  await page.goto('/');
  await page.addScriptTag({ content: bundle });
  await page.evaluate((mode) => {
    const w = window as unknown as { __prints: unknown[]; __frames: number };
    w.__prints = [];
    w.__frames = 0;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof HTMLIFrameElement)) continue;
        w.__frames++;
        node.addEventListener('load', () => {
          const view = node.contentDocument!;
          node.contentWindow!.print = () =>
            void w.__prints.push({
              hash: node.contentWindow!.location.hash,
              pageCss: [...view.querySelectorAll('style')].map((s) => s.textContent).filter((t) => t!.includes('@page')).pop(),
              title: view.title,
            });
          if (mode === 'error') view.body.insertAdjacentHTML('beforeend', '<div data-print-error="not_found" data-print-error-detail="o1"></div>');
          if (mode !== 'never') view.documentElement.setAttribute('data-print-ready', 'true');
        });
      }
    }).observe(document.body, { childList: true });
  }, mode);
}

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
const call = (page: Page, method: string, args: unknown[], timeout = 5000) =>
  page.evaluate(
    ([method, args, timeout]) => ((window as unknown as { __makeApi: (t: number) => Api }).__makeApi(timeout as number)[method as string](...(args as unknown[]))),
    [method, args, timeout] as const,
  );
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __prints: unknown[] }).__prints);
const framesLeft = (page: Page) => page.locator('iframe').count();

const label = { route: '/print/labels?parcels=p1', printerName: 'any', pageSize: { widthMicrons: 100_000, heightMicrons: 150_000 } };

test('prints the route from a hidden iframe at the label size, and says a dialog was shown', async ({ page }) => {
  await open(page);
  expect(await call(page, 'print', [label])).toEqual({ status: 'dialog' });
  expect(await recorded(page)).toEqual([{ hash: '#/print/labels?parcels=p1', pageCss: '@page { size: 100mm 150mm; margin: 0; }', title: 'Supplier Console' }]);
  expect(await framesLeft(page)).toBe(0);
});

test('offers the PDF under the suggested name through the same dialog', async ({ page }) => {
  await open(page);
  const request = { route: '/print/invoice/o1', pageSize: { widthMicrons: 210_000, heightMicrons: 297_000 }, suggestedName: 'PI-2026-0042.pdf' };
  expect(await call(page, 'savePdf', [request])).toEqual({ status: 'dialog' });
  expect(await recorded(page)).toMatchObject([{ title: 'PI-2026-0042', pageCss: '@page { size: 210mm 297mm; margin: 0; }' }]);
});

test('does not print a view that rendered an error page', async ({ page }) => {
  await open(page, 'error');
  expect(await call(page, 'print', [label])).toEqual({
    status: 'failed', reason: 'The print view reported an error (not_found); nothing was printed', viewError: { code: 'not_found', detail: 'o1' },
  });
  expect(await recorded(page)).toEqual([]);
  expect(await framesLeft(page)).toBe(0);
});

test('fails, instead of printing a blank page, when the view never becomes ready', async ({ page }) => {
  await open(page, 'never');
  // A page of the app that is not a print view: it never marks itself print-ready.
  expect(await call(page, 'print', [{ ...label, route: '/products' }], 500)).toEqual({ status: 'failed', reason: 'The print view did not finish rendering' });
  expect(await recorded(page)).toEqual([]);
  expect(await framesLeft(page)).toBe(0);
});

test('rejects a route that is not an app route without loading anything', async ({ page }) => {
  await open(page);
  const outcome = (await call(page, 'print', [{ ...label, route: 'https://evil.example/' }])) as { status: string; reason: string };
  expect(outcome.status).toBe('failed');
  expect(outcome.reason).toMatch(/^route: /);
  expect(await page.evaluate(() => (window as unknown as { __frames: number }).__frames)).toBe(0);
});

test('keeps the session secret across a reload, in local storage', async ({ page }) => {
  await open(page);
  await call(page, 'setSecret', ['session', 'tok-123']);
  await open(page);
  expect(await call(page, 'getSecret', ['session'])).toBe('tok-123');
  expect(await call(page, 'appInfo', [])).toMatchObject({ platform: 'browser', secretStorage: 'browser-local', version: 'test' });
  await call(page, 'deleteSecret', ['session']);
  expect(await call(page, 'getSecret', ['session'])).toBeNull();
  expect(await call(page, 'listPrinters', [])).toEqual([]);
  expect(await call(page, 'readOutboxBackup', [])).toEqual([]);
});

test('opens only allow-listed links, without giving them the opener', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const w = window as unknown as { __opened: unknown[] };
    w.__opened = [];
    window.open = (...args: unknown[]) => (w.__opened.push(args), null);
  });
  expect(await call(page, 'openExternal', ['https://www.dhl.com/track?id=1'])).toBe(true);
  expect(await call(page, 'openExternal', ['javascript:alert(1)'])).toBe(false);
  expect(await call(page, 'openExternal', ['https://www.dhl.com.evil.example/'])).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __opened: unknown[] }).__opened)).toEqual([
    ['https://www.dhl.com/track?id=1', '_blank', 'noopener,noreferrer'],
  ]);
});

// What the Electron preload provides, faked at the seam: the UI must use it instead of the web
// implementation, and warn when safeStorage fell back to basic_text.
test('uses window.desktop when present and warns about unencrypted secret storage, in the chosen language', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __desktopCalls: string[] }).__desktopCalls = calls;
    const answer = (name: string, value: unknown) => async () => (calls.push(name), value);
    (window as unknown as { desktop: unknown }).desktop = {
      appInfo: answer('appInfo', { platform: 'electron', version: '0.1.0', os: 'linux', secretStorage: 'basic_text' }),
      openExternal: answer('openExternal', false),
      listPrinters: answer('listPrinters', []),
      print: answer('print', { status: 'failed', reason: 'fake' }),
      savePdf: answer('savePdf', { status: 'cancelled' }),
      getSecret: answer('getSecret', null),
      setSecret: answer('setSecret', undefined),
      deleteSecret: answer('deleteSecret', undefined),
      backupOutbox: answer('backupOutbox', undefined),
      acknowledgeOutbox: answer('acknowledgeOutbox', undefined),
      readOutboxBackup: answer('readOutboxBackup', []),
    };
    if (!localStorage.getItem('supplier-console.language')) localStorage.setItem('supplier-console.language', 'en');
  });
  await page.goto('/');
  const warning = page.getByTestId('secret-storage-warning');
  await expect(warning).toContainText('saved without encryption');
  await page.evaluate(() => localStorage.setItem('supplier-console.language', 'zh-CN'));
  await page.reload();
  await expect(warning).toContainText('未加密保存');
  expect(await page.evaluate(() => (window as unknown as { __desktopCalls: string[] }).__desktopCalls)).toContain('appInfo');
});

test('shows no storage warning in the browser build', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByTestId('secret-storage-warning')).toHaveCount(0);
});
