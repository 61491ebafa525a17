// The Electron security defaults of the architecture brief, as constants and pure checks so
// that each one is unit-tested (electron/main/security.test.ts) and used from one place.

/** Our content is served from `app://bundle/…`, never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`: a standard, secure origin (so
 * IndexedDB, Web Locks, fetch and ES modules work) that does NOT bypass the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, bypassCSP: false, corsEnabled: false, stream: false },
} as const;

/** webPreferences of every window we create (main window and hidden print windows). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;

/**
 * Content-Security-Policy sent with every `app://` response.
 * - style-src 'unsafe-inline': antd's CSS-in-JS inserts <style> elements at runtime.
 * - script-src 'wasm-unsafe-eval': the zxing-wasm barcode reader compiles WebAssembly; no JS eval.
 * - connect-src: the sync server is configurable (HTTPS anywhere, or the embedded one on loopback).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers added to every `app://` response besides Content-Type. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Parses a URL; null instead of throwing. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Is this URL our own bundle? Compares protocol and host: WHATWG `URL.origin` is "null" for
 * non-special schemes such as app:, so an origin string comparison would be wrong.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = url ? parse(url) : null;
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
}

/**
 * Navigation is allowed only to the app's single page (`/` or `/index.html`); routes are hash
 * routes inside it, which do not navigate. Everything else (file:, http:, other paths) is denied.
 */
export function isAllowedNavigation(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const path = new URL(url).pathname;
  return path === '/' || path === '/index.html';
}

// The external-link allow-list is shared with the browser build.
export { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl } from '../../shared/ipc/external-links';

/**
 * Permissions our own pages may be granted; everything else (camera, geolocation,
 * notifications, midi, hid, serial, …) is denied, and nothing at all for other origins.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** Shown (and logged) when Linux stores secrets with the hard-coded-password backend. */
export const BASIC_TEXT_WARNING =
  'safeStorage uses the "basic_text" backend (no system keyring found): the session token is obfuscated, not encrypted. Install and unlock a Secret Service keyring (e.g. gnome-keyring or KWallet) to protect it.';
