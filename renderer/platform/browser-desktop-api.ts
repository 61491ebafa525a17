// DesktopApi with web APIs, for the browser build (and the whole UI under Playwright): no
// printer list, printing through the browser's print dialog, secrets in localStorage, no
// outbox mirror (the browser build relies on IndexedDB alone).
import {
  isAllowedExternalUrl,
  PRINT_ERROR_ATTRIBUTE,
  PRINT_ERROR_DETAIL_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  printFailure,
  PrintViewRefused,
  printRequest,
  savePdfRequest,
  type AppInfo,
  type DesktopApi,
  type PrintOutcome,
  type PrintViewError,
  type SecretKey,
} from '../../shared/ipc';

export const SECRET_STORAGE_PREFIX = 'supplier-console.secret.';

export interface BrowserEnvironment {
  window: Window;
  storage: Storage;
  version: string;
  /** How long a print view may take to mark itself ready. */
  printReadyTimeoutMs: number;
}

/** Validates like the Electron main process does, then prints; every failure is reported. */
async function printValidated<T extends { route: string; pageSize: { widthMicrons: number; heightMicrons: number } }>(
  parse: () => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  print: (request: T) => Promise<void>,
): Promise<{ status: 'dialog' } | { status: 'failed'; reason: string; viewError?: PrintViewError }> {
  const parsed = parse();
  if (!parsed.success) return { status: 'failed', reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  try {
    await print(parsed.data);
    return { status: 'dialog' };
  } catch (error) {
    return printFailure(error);
  }
}

/** Resolves when `ready()` holds, polling every 50 ms; rejects after `timeoutMs`. */
function until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(what));
      else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Loads `route` of this same page in a hidden iframe, waits for the print view to mark itself
 * ready, fixes the page size, and opens the browser's print dialog for the iframe alone.
 */
async function printInFrame(
  env: BrowserEnvironment,
  route: string,
  page: { widthMicrons: number; heightMicrons: number },
  title?: string,
): Promise<void> {
  const { document, location } = env.window;
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${location.pathname}${location.search}#${route}`;
  document.body.appendChild(frame);
  try {
    await loaded;
    const view = () => frame.contentDocument!;
    await until(() => view().documentElement.hasAttribute(PRINT_READY_ATTRIBUTE), env.printReadyTimeoutMs, 'The print view did not finish rendering');
    const error = view().querySelector(`[${PRINT_ERROR_ATTRIBUTE}]`);
    if (error) throw new PrintViewRefused({ code: error.getAttribute(PRINT_ERROR_ATTRIBUTE) || 'error', detail: error.getAttribute(PRINT_ERROR_DETAIL_ATTRIBUTE) || '' });
    await view().fonts.ready;
    // The request's page size wins over the view's own @page rule, as in Electron.
    const style = view().createElement('style');
    style.textContent = `@page { size: ${page.widthMicrons / 1000}mm ${page.heightMicrons / 1000}mm; margin: 0; }`;
    view().body.appendChild(style);
    if (title) view().title = title; // Chromium proposes the title as the PDF file name.
    frame.contentWindow!.print();
  } finally {
    frame.remove();
  }
}

export function createBrowserDesktopApi(env: BrowserEnvironment): DesktopApi {
  const secretKey = (key: SecretKey) => `${SECRET_STORAGE_PREFIX}${key}`;
  const navigatorPlatform = (env.window.navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;

  return {
    async appInfo(): Promise<AppInfo> {
      return { platform: 'browser', version: env.version, os: navigatorPlatform || env.window.navigator.platform || 'unknown', secretStorage: 'browser-local' };
    },

    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) return false;
      env.window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },

    /** A web page cannot see the system's printers; the print dialog lists them. */
    async listPrinters() {
      return [];
    },

    print(request): Promise<PrintOutcome> {
      return printValidated(() => printRequest.safeParse(request), (r) => printInFrame(env, r.route, r.pageSize));
    },

    /** The browser saves PDFs from its print dialog ("Save as PDF"). */
    savePdf(request) {
      return printValidated(
        () => savePdfRequest.safeParse(request),
        (r) => printInFrame(env, r.route, r.pageSize, r.suggestedName.replace(/\.pdf$/, '')),
      );
    },

    /** A web page cannot reach a printer's queue; the desktop app sends ZPL (Linux, macOS). */
    async printRaw() {
      return { status: 'failed', reason: 'A web page cannot send a job straight to a printer: print the labels through the print dialog, or use the desktop app' };
    },

    async getSecret(key) {
      return env.storage.getItem(secretKey(key));
    },
    async setSecret(key, value) {
      env.storage.setItem(secretKey(key), value);
    },
    async deleteSecret(key) {
      env.storage.removeItem(secretKey(key));
    },

    // The browser build has no file system to mirror the outbox to; IndexedDB is the only copy.
    async backupOutbox() {},
    async acknowledgeOutbox() {},
    async readOutboxBackup() {
      return [];
    },
  };
}
