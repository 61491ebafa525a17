// electron-builder cannot run here (it downloads Electron), so its configuration is checked
// with electron-builder's own loader and schema validator, plus the things we rely on.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const load = () => getConfig(root, null, null);
const targets = (platform: unknown) => (platform as { target: string[] }).target;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, nsis, dmg and zip', async () => {
    const config = await load();
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg', 'zip']);
  });

  it('ships only the bundles, inside an asar, with the fuses hook', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    const [{ filter }] = config.files as { filter: string[] }[]; // getConfig normalises the list
    expect(filter).toEqual(expect.arrayContaining(['dist-electron/**/*', 'dist/renderer/**/*', '!node_modules/**/*']));
    expect(config.afterPack).toBe('build/after-pack.cjs');
    const hook = await import(join(root, 'build/after-pack.cjs'));
    expect(typeof hook.default).toBe('function');
  });

  it('publishes an update feed for electron-updater', async () => {
    const [feed] = (await load()).publish as { provider: string; url: string }[];
    expect(feed.provider).toBe('generic');
    expect(feed.url).toMatch(/^https:\/\//);
  });

  it('has a 512×512 icon and hardened-runtime entitlements without dangerous exceptions', async () => {
    const config = await load();
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const mac = config.mac as { hardenedRuntime: boolean; entitlements: string };
    expect(mac.hardenedRuntime).toBe(true);
    expect(existsSync(join(root, mac.entitlements))).toBe(true);
    const plist = readFileSync(join(root, mac.entitlements), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
    expect(plist).not.toMatch(/disable-library-validation|allow-unsigned-executable-memory|allow-dyld-environment-variables/);
  });
});
