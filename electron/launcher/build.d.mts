// Types of build.mjs (plain JavaScript so that `npm start` runs on bare Node).
import type { BuildOptions } from 'esbuild';

export interface Bundle {
  entry: string;
  out: string;
}
export const ELECTRON_BUNDLES: { main: Bundle; preload: Bundle };
export function bundleOptions(bundle: Bundle, outDir?: string): BuildOptions;
export function buildElectron(options?: { logLevel?: BuildOptions['logLevel'] }): Promise<void>;
