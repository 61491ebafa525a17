import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from './handlers';
import { createOutboxBackup } from './outbox-backup';
import { createSecretStore } from './secrets';
import { startUpdater } from './updater';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'handlers-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

function handlers(backend: string) {
  const openExternal = vi.fn(async () => undefined);
  const warn = vi.fn();
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (s: string) => Buffer.from(s),
    decryptString: (b: Buffer) => b.toString(),
  };
  const main = createMainHandlers({
    version: '0.1.0',
    os: 'linux 6.1',
    printing: { getPrinters: async () => [], openView: vi.fn(), chooseSavePath: vi.fn(), writeFile: vi.fn(), sendRaw: vi.fn() },
    secrets: createSecretStore({ safeStorage, dir, platform: 'linux', warn }),
    outbox: createOutboxBackup(join(dir, 'outbox.jsonl'), warn),
    openExternal,
    warn,
  });
  return { main, openExternal, warn };
}

describe('main handlers', () => {
  it('report the app, and where secrets are really kept', async () => {
    expect(await handlers('gnome_libsecret').main.appInfo()).toEqual({ platform: 'electron', version: '0.1.0', os: 'linux 6.1', secretStorage: 'os-keychain' });
    expect((await handlers('basic_text').main.appInfo()).secretStorage).toBe('basic_text');
  });

  it('open only allow-listed links, and say when one is refused', async () => {
    const { main, openExternal, warn } = handlers('gnome_libsecret');
    expect(await main.openExternal('https://www.ups.com/track?tracknum=1Z')).toBe(true);
    expect(await main.openExternal('https://evil.example/phish')).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://www.ups.com/track?tracknum=1Z']]);
    expect(warn).toHaveBeenCalledWith('Refused to open a link outside the allow-list: https://evil.example/phish');
  });
});

describe('updater', () => {
  it('does not check for updates in a development run', async () => {
    const load = vi.fn();
    expect(await startUpdater(false, load, vi.fn())).toBe('skipped');
    expect(load).not.toHaveBeenCalled();
  });

  it('checks when packaged, and reports a failing check instead of crashing', async () => {
    const warn = vi.fn();
    const updater = { checkForUpdatesAndNotify: vi.fn(async () => { throw new Error('offline'); }) };
    expect(await startUpdater(true, async () => updater, warn)).toBe('checking');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Update check failed: Error: offline'));
  });
});
