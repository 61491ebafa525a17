// The app:// protocol: serves the built renderer (dist/renderer) and nothing outside it.
import { extname, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security';

/**
 * Maps an `app://bundle/<path>` URL to a file under `root`, or null when the URL is not ours
 * or would escape `root` (`..`, encoded `%2F..`, NUL bytes). Pure: no file-system access.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  const base = resolve(root);
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^[/\\]+/, '');
  const file = resolve(base, relativePath);
  return file.startsWith(base + sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/**
 * Vite names every file under assets/ by a hash of its content, so a kept copy is never stale;
 * index.html names the current ones, so it is checked every time. Over HTTP (the browser build,
 * and the benchmarks, which serve the build through this handler) this lets Chromium keep V8's
 * code cache for the scripts, as Electron keeps it for app:// (the `codeCache` privilege in
 * security.ts): a start then does not compile its 1.6 MB of script again, which halves the time
 * to the first catalog row.
 */
export function cacheControl(root: string, file: string): string {
  return relative(resolve(root), file).split(sep)[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The handler given to `protocol.handle('app', …)`: 403 for anything outside the bundle,
 * 404 for missing files, otherwise the file with its type, caching and the security headers (CSP).
 */
export function createAppProtocolHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppPath(root, request.url);
    if (file === null) return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file), 'Cache-Control': cacheControl(root, file) } });
  };
}
