import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { onlyPagesCss } from './printing';
import { denyPermissionsByDefault, hardenWebContents, openPrintView, secureWindowOptions, type HardenableContents, type PermissionSession } from './window';
import { SECURE_WEB_PREFERENCES } from './security';

function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const contents = {
    on: (event: string, listener: (...args: never[]) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as HardenableContents;
  const navigate = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    (listeners.get(event) as (e: unknown, url: string) => void)(e, url);
    return e.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
  };
  return { contents, navigate, open: (url: string) => openHandler({ url }) };
}

describe('secure window factory', () => {
  it('uses the secure webPreferences and the given preload', () => {
    const options = secureWindowOptions({ preload: '/app/preload.cjs', show: false });
    expect(options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/preload.cjs' });
    expect(options.show).toBe(false);
    expect(secureWindowOptions({ show: false }).webPreferences).not.toHaveProperty('preload');
  });
});

describe('webContents hardening', () => {
  it('blocks navigation and redirects away from the app page', () => {
    const { contents, navigate } = fakeContents();
    hardenWebContents(contents, () => undefined);
    expect(navigate('will-navigate', 'app://bundle/index.html#/orders')).toBe('allowed');
    expect(navigate('will-navigate', 'https://evil.example/')).toBe('blocked');
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe('blocked');
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe('blocked');
    expect(navigate('will-attach-webview', 'app://bundle/index.html')).toBe('blocked');
  });

  it('denies every window.open, sending only allow-listed links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(open('https://www.dhl.com/track?id=1')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://bundle/index.html#/products')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.dhl.com/track?id=1']]);
  });
});

describe('permission handlers', () => {
  it('deny by default', () => {
    let request!: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
    let check!: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
    denyPermissionsByDefault({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const answer = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      request!(null as never, permission as never, callback, { requestingUrl } as never);
      return callback.mock.calls[0][0];
    };
    expect(answer('media', 'app://bundle/index.html')).toBe(false);
    expect(answer('geolocation', 'app://bundle/index.html')).toBe(false);
    expect(answer('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(answer('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(check!(null, 'notifications' as never, 'app://bundle', {} as never)).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write' as never, 'app://bundle', {} as never)).toBe(true);
  });
});

describe('hidden print view', () => {
  /** A BrowserWindow stand-in (no Electron runtime here) whose page is ready with `pages` pages; it logs what reaches its webContents. */
  function fakeWindowClass(pages: number) {
    const log: string[] = [];
    let keys = 0;
    class FakeWindow {
      destroyed = false;
      webContents = {
        executeJavaScript: async () => ({ pages }),
        insertCSS: async (css: string) => { const key = `style-${++keys}`; log.push(`insert ${key}: ${css}`); return key; },
        removeInsertedCSS: async (key: string) => { log.push(`remove ${key}`); },
      };
      async loadURL(url: string) { log.push(`load ${url}`); }
      destroy() { this.destroyed = true; }
    }
    return { WindowClass: FakeWindow as unknown as typeof BrowserWindow, log };
  }

  it('moves from slice to slice without ever showing every page: the next style goes in before the last comes out', async () => {
    const { WindowClass, log } = fakeWindowClass(600);
    const view = await openPrintView(WindowClass, '/print/labels?kind=gs1&shipment=s');
    expect(view.pages).toBe(600);
    await view.showOnlyPages({ first: 1, last: 250 });
    await view.showOnlyPages({ first: 251, last: 500 });
    await view.showOnlyPages({ first: 501, last: 600 });
    expect(log.slice(1)).toEqual([
      `insert style-1: ${onlyPagesCss({ first: 1, last: 250 })}`,
      `insert style-2: ${onlyPagesCss({ first: 251, last: 500 })}`,
      'remove style-1',
      `insert style-3: ${onlyPagesCss({ first: 501, last: 600 })}`,
      'remove style-2',
    ]);
  });
});
