import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/desktop-api';
import { registerHandlers, type InvokeEvent, type MainHandlers } from './ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  const handlers = {
    appInfo: vi.fn(async () => ({ platform: 'electron' as const, version: '0.1.0', os: 'linux', secretStorage: 'os-keychain' as const })),
    openExternal: vi.fn(async () => true),
    listPrinters: vi.fn(async () => []),
    print: vi.fn(async () => ({ status: 'spooled' as const })),
    savePdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    printRaw: vi.fn(async () => ({ status: 'spooled' as const })),
    getSecret: vi.fn(async () => 'token'),
    setSecret: vi.fn(async () => undefined),
    deleteSecret: vi.fn(async () => undefined),
    backupOutbox: vi.fn(async () => undefined),
    acknowledgeOutbox: vi.fn(async () => undefined),
    readOutboxBackup: vi.fn(async () => []),
  } satisfies MainHandlers;
  registerHandlers(ipcMain, handlers);
  const invoke = (channel: string, url: string | null, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args);
  return { listeners, handlers, invoke };
}

const APP = 'app://bundle/index.html#/labels';
const label = { route: '/print/labels?parcels=1', printerName: 'Zebra_ZD421', pageSize: { widthMicrons: 100_000, heightMicrons: 150_000 } };

describe('IPC registrar', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('rejects an untrusted sender before reading its arguments', async () => {
    const { invoke, handlers } = setup();
    const touched = () => {
      throw new Error('arguments were read');
    };
    const args = new Proxy({ ...label }, { get: touched, has: touched, ownKeys: touched, getOwnPropertyDescriptor: touched });
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', null]) {
      await expect(invoke(CHANNELS.print, url, args)).rejects.toThrow(/untrusted sender/);
    }
    await expect(invoke(CHANNELS.secretGet, 'https://evil.example/', 'session')).rejects.toThrow(/untrusted sender/);
    expect(handlers.print).not.toHaveBeenCalled();
    expect(handlers.getSecret).not.toHaveBeenCalled();
  });

  it('rejects invalid arguments with the path that failed, and never calls the handler', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke(CHANNELS.print, APP, { ...label, pageSize: { widthMicrons: 100, heightMicrons: 150 } })).rejects.toThrow(
      /print:print: invalid arguments — 0\.pageSize\.widthMicrons/,
    );
    await expect(invoke(CHANNELS.print, APP, { ...label, route: 'https://evil.example/' })).rejects.toThrow(/0\.route/);
    await expect(invoke(CHANNELS.secretGet, APP, 'ssh-key')).rejects.toThrow(/invalid arguments/);
    await expect(invoke(CHANNELS.appInfo, APP, 'extra')).rejects.toThrow(/invalid arguments/);
    await expect(invoke(CHANNELS.outboxAck, APP, 'not-an-array')).rejects.toThrow(/invalid arguments/);
    expect(handlers.print).not.toHaveBeenCalled();
    expect(handlers.getSecret).not.toHaveBeenCalled();
    expect(handlers.acknowledgeOutbox).not.toHaveBeenCalled();
  });

  it('passes validated arguments, with schema defaults applied, to the handler', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke(CHANNELS.print, APP, label)).resolves.toEqual({ status: 'spooled' });
    expect(handlers.print).toHaveBeenCalledWith({ ...label, copies: 1, silent: true });
    await invoke(CHANNELS.secretSet, APP, 'session', 'abc');
    expect(handlers.setSecret).toHaveBeenCalledWith('session', 'abc');
    await invoke(CHANNELS.outboxAppend, APP, [{ opId: 'op-1', json: '{}' }]);
    expect(handlers.backupOutbox).toHaveBeenCalledWith([{ opId: 'op-1', json: '{}' }]);
    await expect(invoke(CHANNELS.secretGet, APP, 'session')).resolves.toBe('token');
  });
});
