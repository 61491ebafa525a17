import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Loaded by Node as it is: its ESM build names a source map it does not ship, which Vite's
    // transform reports as an error on every run.
    server: { deps: { external: [/zpl-renderer-js/] } },
  },
});
