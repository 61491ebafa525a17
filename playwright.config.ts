import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (Playwright's own browser download is not
// available on our machines) against the built renderer served by `vite preview`.
// E2E_PORT / E2E_DIST let several checkouts or engineers run suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// Absolute: `vite preview` resolves a relative outDir against its root (renderer/).
const dist = resolve(process.env.E2E_DIST ?? 'dist/renderer');
// The platform server the app syncs with (fresh data each run; the simulator needs the admin token).
// Its port follows E2E_PORT (4173 → 8787) so that side-by-side runs do not share a server.
export const PLATFORM_PORT = Number(process.env.PLATFORM_PORT ?? port + 8787 - 4173);
export const PLATFORM_ADMIN_TOKEN = process.env.PLATFORM_ADMIN_TOKEN ?? 'e2e-platform-admin';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 800 },
    trace: 'off',
  },
  webServer: [{
    command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1 --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  }, {
    command: 'DATA_DIR="$(mktemp -d /tmp/e2e-platform-XXXXXX)" node --import tsx server/main.ts',
    url: `http://127.0.0.1:${PLATFORM_PORT}/v1/health`,
    env: { PORT: String(PLATFORM_PORT), HOST: '127.0.0.1', PLATFORM_ADMIN_TOKEN, WEB_ORIGIN: `http://127.0.0.1:${port}` },
    reuseExistingServer: false,
    timeout: 60_000,
  }],
});
