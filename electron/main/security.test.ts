import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAppUrl,
  isPermissionAllowed,
  SECURE_WEB_PREFERENCES,
  SECURITY_HEADERS,
} from './security';

describe('secure webPreferences', () => {
  it('isolate the page from Electron and Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('app:// scheme', () => {
  it('is a standard secure origin that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false });
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
  });

  it('recognises only our bundle host (URL.origin is "null" for app:, so host is compared)', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(isAppUrl('app://bundle/index.html#/products')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@bundle/index.html')).toBe(false);
    expect(isAppUrl('file:///work/main/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://bundle/index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows scripts only from the bundle: no inline script, no eval', () => {
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('is sent with every response, with nosniff', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation', () => {
  it('stays on the app page; routes are hash routes', () => {
    expect(isAllowedNavigation('app://bundle/index.html#/orders/1')).toBe(true);
    expect(isAllowedNavigation('app://bundle/')).toBe(true);
    expect(isAllowedNavigation('app://bundle/assets/index.js')).toBe(false);
    expect(isAllowedNavigation('https://www.dhl.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
});

describe('external links', () => {
  it('opens https links to allow-listed hosts', () => {
    expect(isAllowedExternalUrl('https://www.dhl.com/en/home/tracking.html?tracking-id=123')).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.MAERSK.COM/tracking/')).toBe(true);
  });

  it('refuses other schemes, look-alike hosts, credentials and ports', () => {
    for (const url of [
      'http://www.dhl.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://www.dhl.com.evil.example/',
      'https://evil.example/?www.dhl.com',
      'https://evil.example/#https://www.dhl.com',
      'https://www.dhl.com@evil.example/',
      'https://user:pw@www.dhl.com/',
      'https://www.dhl.com:8443/',
      'https://dhl.com/',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('permissions', () => {
  it('denies by default, for our own page too', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'hid', 'serial', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'app://bundle/index.html'), permission).toBe(false);
    }
  });

  it('grants the allow-listed ones only to our bundle', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://www.dhl.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});
