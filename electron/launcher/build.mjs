// Bundles the Electron main process and the preload into dist-electron/ (CommonJS, because
// package.json is "type": "module" and sandboxed preloads must be CommonJS single files).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Shared esbuild options; `electron` itself is provided by the runtime. */
export const ELECTRON_BUNDLES = [
  { entry: 'electron/main/main.ts', out: 'dist-electron/main.cjs' },
  { entry: 'electron/preload/index.cts', out: 'dist-electron/preload.cjs' },
];

export async function buildElectron({ outDir = root, logLevel = 'warning' } = {}) {
  await Promise.all(
    ELECTRON_BUNDLES.map(({ entry, out }) =>
      build({
        entryPoints: [join(root, entry)],
        outfile: join(outDir, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['electron'],
        sourcemap: 'linked',
        logLevel,
      }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildElectron({ logLevel: 'info' });
}
