import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

const root = '/opt/supplier/dist/renderer';

describe('resolveAppPath', () => {
  it('maps bundle URLs into the renderer build', () => {
    expect(resolveAppPath(root, 'app://bundle/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://bundle/index.html#/products')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js?v=1')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://bundle/assets/%E4%B8%AD.svg')).toBe(`${root}/assets/中.svg`);
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://x/../../etc/passwd',
      'app://bundle/../../etc/passwd',
      'app://bundle/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/..%2F..%2Fetc%2Fpasswd',
      'app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://bundle/%2Fetc%2Fpasswd/..%2F..%2F..%2F..%2F..%2Fetc',
      'app://bundle/index.html%00.js',
      'app://bundle/%E0%A4%A',
    ]) {
      const resolved = resolveAppPath(root, url);
      expect(resolved === null || resolved.startsWith(`${root}/`), `${url} -> ${resolved}`).toBe(true);
      expect(resolved ?? '', url).not.toMatch(/^\/etc/);
    }
    expect(resolveAppPath(root, 'app://bundle/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://bundle/index.html%00.js')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///opt/supplier/dist/renderer/index.html')).toBeNull();
  });
});

describe('app:// protocol handler', () => {
  let base: string;
  let dir: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    dir = join(base, 'renderer');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'top secret');
  });
  afterAll(() => rm(base, { recursive: true, force: true }));
  const handler = () => createAppProtocolHandler(dir, (p) => readFile(p));

  it('serves files with their type and the CSP', async () => {
    const page = await handler()(new Request('app://bundle/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>ok</title>');
    const script = await handler()(new Request('app://bundle/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('lets the hashed assets be kept for good and has index.html checked every time', async () => {
    expect((await handler()(new Request('app://bundle/assets/app.js'))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await handler()(new Request('app://bundle/'))).headers.get('cache-control')).toBe('no-cache');
    expect((await handler()(new Request('app://bundle/index.html'))).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 403 to a traversal to a file that exists outside the bundle, 404 for a missing file', async () => {
    const escape = await handler()(new Request('app://bundle/..%2Fsecret.txt'));
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('top secret');
    expect((await handler()(new Request('app://bundle/missing.js'))).status).toBe(404);
  });
});
