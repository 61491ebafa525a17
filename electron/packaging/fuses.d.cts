// Types of fuses.cjs.
import type { FuseV1Config } from '@electron/fuses';

declare const FUSES: FuseV1Config;
declare function packedExecutable(target: { electronPlatformName: string; appOutDir: string; productFilename: string; executableName: string }): string;
declare function fuseConfigFor(electronPlatformName: string, arch: string): FuseV1Config;
export { FUSES, packedExecutable, fuseConfigFor };
