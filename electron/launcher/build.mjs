// Bundles the Electron main process and the preload into dist-electron/ (CommonJS, because
// package.json is "type": "module" and sandboxed preloads must be CommonJS single files).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const ELECTRON_BUNDLES = {
  main: { entry: 'electron/main/main.ts', out: 'dist-electron/main.cjs' },
  preload: { entry: 'electron/preload/index.cts', out: 'dist-electron/preload.cjs' },
};

/** esbuild options of one bundle; `electron` itself is provided by the runtime. */
export function bundleOptions({ entry, out }, outDir = root) {
  return {
    entryPoints: [join(root, entry)],
    outfile: join(outDir, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

export async function buildElectron({ logLevel = 'warning' } = {}) {
  await Promise.all(Object.values(ELECTRON_BUNDLES).map((bundle) => build({ ...bundleOptions(bundle), logLevel })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildElectron({ logLevel: 'info' });
}
