// The one secure window factory, the per-webContents hardening (navigation, window.open,
// webviews), the deny-by-default permission handlers, and hidden print views.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { PRINT_ERROR_ATTRIBUTE, PRINT_ERROR_DETAIL_ATTRIBUTE, PRINT_PAGE_ATTRIBUTE, PRINT_READY_ATTRIBUTE, PrintViewRefused, type PrintViewError } from '../../shared/ipc/desktop-api';
import { onlyPagesCss, type RenderedView } from './printing';
import { APP_ENTRY_URL, isAllowedExternalUrl, isAllowedNavigation, isPermissionAllowed, SECURE_WEB_PREFERENCES } from './security';

/** How long a print view may take to render (fonts, barcodes) before printing fails. */
export const PRINT_READY_TIMEOUT_MS = 15_000;

export function secureWindowOptions(options: { preload?: string; show: boolean; title?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: options.show,
    title: options.title ?? 'Supplier Console',
    autoHideMenuBar: true,
    webPreferences: { ...SECURE_WEB_PREFERENCES, ...(options.preload ? { preload: options.preload } : {}) },
  };
}

type Prevent = { preventDefault(): void };
/** The part of WebContents the hardening touches (a fake in tests). */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Prevent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: Prevent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Prevent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every webContents the app creates: navigation only within our page, no new
 * windows (an allow-listed https link goes to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  const guard = (event: Prevent, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The part of Session the permission handlers use. */
export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function denyPermissionsByDefault(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin),
  );
}

export function createSecureWindow(
  BrowserWindowClass: typeof BrowserWindow,
  options: { preload?: string; show: boolean },
): BrowserWindow {
  return new BrowserWindowClass(secureWindowOptions(options));
}

/**
 * The script that waits in a print view until it marks itself ready (or fails after the
 * timeout), noticed the moment the attribute is set; it resolves to the view's error when it
 * rendered an error page instead of the document, else to how many pages it marks. The same
 * script serves the tests' and benchmark's print views (test/integration/labels/print-view.ts).
 */
export function printReadyScript(timeoutMs = PRINT_READY_TIMEOUT_MS): string {
  return `new Promise((resolve, reject) => {
    const root = document.documentElement;
    const ready = () => {
      observer.disconnect();
      clearTimeout(timer);
      const error = document.querySelector(${JSON.stringify(`[${PRINT_ERROR_ATTRIBUTE}]`)});
      document.fonts.ready.then(() => resolve(error ? { error: {
        code: error.getAttribute(${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}) || 'error',
        detail: error.getAttribute(${JSON.stringify(PRINT_ERROR_DETAIL_ATTRIBUTE)}) || '',
      } } : { pages: document.querySelectorAll(${JSON.stringify(`[${PRINT_PAGE_ATTRIBUTE}]`)}).length }));
    };
    const observer = new MutationObserver(() => { if (root.hasAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)})) ready(); });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('The print view did not finish rendering')); }, ${timeoutMs});
    if (root.hasAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)})) ready();
    else observer.observe(root, { attributes: true, attributeFilter: [${JSON.stringify(PRINT_READY_ATTRIBUTE)}] });
  })`;
}

export type PrintViewReady = { error: PrintViewError } | { pages: number };

/** Renders `route` in a hidden sandboxed window (no preload: print views need no IPC). */
export async function openPrintView(BrowserWindowClass: typeof BrowserWindow, route: string): Promise<RenderedView> {
  const window = createSecureWindow(BrowserWindowClass, { show: false });
  let pages: number;
  try {
    await window.loadURL(`${APP_ENTRY_URL}#${route}`);
    const ready = (await window.webContents.executeJavaScript(printReadyScript())) as PrintViewReady;
    if ('error' in ready) throw new PrintViewRefused(ready.error);
    pages = ready.pages;
  } catch (error) {
    window.destroy();
    throw error;
  }
  let shownOnly: string | null = null;
  return {
    pages,
    // The new slice's style goes in before the old one comes out: in between, the view shows
    // no page instead of every page (a frame there would lay out the whole print again).
    async showOnlyPages(range) {
      const previous = shownOnly;
      shownOnly = await window.webContents.insertCSS(onlyPagesCss(range));
      if (previous !== null) await window.webContents.removeInsertedCSS(previous);
    },
    print: (options) =>
      new Promise((resolve) => window.webContents.print(options, (success, failureReason) => resolve({ success, failureReason }))),
    printToPDF: (options) => window.webContents.printToPDF(options),
    close: () => window.destroy(),
  };
}
