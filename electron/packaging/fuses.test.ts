import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSES, fuseConfigFor, packedExecutable } from './fuses.cjs';

describe('Electron fuses', () => {
  it('turn RunAsNode off, cookie encryption on and ASAR integrity on', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('set every fuse the library knows, strictly', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(FUSES.strictlyRequireAllFuses).toBe(true);
    for (const fuse of known) expect(typeof FUSES[fuse as FuseV1Options], `fuse ${fuse}`).toBe('boolean');
  });

  it('find the packed binary on each platform', () => {
    const target = { appOutDir: '/out', productFilename: 'Supplier Console', executableName: 'supplier-console' };
    expect(packedExecutable({ ...target, electronPlatformName: 'darwin' })).toBe('/out/Supplier Console.app');
    expect(packedExecutable({ ...target, electronPlatformName: 'win32' })).toBe('/out/Supplier Console.exe');
    expect(packedExecutable({ ...target, electronPlatformName: 'linux' })).toBe('/out/supplier-console');
  });

  it('re-sign ad hoc only for arm64 macOS', () => {
    expect(fuseConfigFor('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });
});
