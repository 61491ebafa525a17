// Tests the bundled preload as Electron loads it: one CommonJS file in a sandbox whose
// require() knows only 'electron'.
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/desktop-api';
import { bundleOptions, ELECTRON_BUNDLES } from './build.mjs';

async function loadPreload() {
  const result = await build({ ...bundleOptions(ELECTRON_BUNDLES.preload, '/tmp/preload-test'), write: false, sourcemap: false });
  const code = result.outputFiles[0].text;
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: async (...args: unknown[]) => (invoked.push(args), 'answer') },
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    },
  });
  return { code, exposed, invoked, required };
}

describe('preload bundle', () => {
  it('requires nothing but electron and stays small', async () => {
    const { required, code } = await loadPreload();
    expect(required).toEqual(['electron']);
    expect(code.length).toBeLessThan(10_000);
  });

  it('exposes only window.desktop, made of plain functions (no Electron object crosses)', async () => {
    const { exposed } = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['desktop']);
    const api = exposed.desktop as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      ['acknowledgeOutbox', 'appInfo', 'backupOutbox', 'deleteSecret', 'getSecret', 'listPrinters', 'openExternal', 'print', 'printRaw', 'readOutboxBackup', 'savePdf', 'setSecret'],
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its channel with its arguments', async () => {
    const { exposed, invoked } = await loadPreload();
    const api = exposed.desktop as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await expect(api.getSecret('session')).resolves.toBe('answer');
    await api.setSecret('session', 'tok');
    await api.print({ route: '/print/labels' });
    await api.acknowledgeOutbox(['op-1']);
    await api.appInfo();
    expect(invoked).toEqual([
      [CHANNELS.secretGet, 'session'],
      [CHANNELS.secretSet, 'session', 'tok'],
      [CHANNELS.print, { route: '/print/labels' }],
      [CHANNELS.outboxAck, ['op-1']],
      [CHANNELS.appInfo],
    ]);
  });
});
