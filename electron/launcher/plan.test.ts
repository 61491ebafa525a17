import { describe, expect, it } from 'vitest';
import { browserNotice, browserOpener, electronExecutable, planLaunch, shouldInstallElectron, type LaunchFacts } from './plan.mjs';

const facts = (overrides: Partial<LaunchFacts> = {}): LaunchFacts => ({
  serverHealthy: false,
  serverEntryExists: true,
  electronPackageExists: true,
  electronPath: null,
  install: { ok: false, timedOut: false },
  nodePath: '/usr/bin/node',
  platform: 'linux',
  env: { HOME: '/home/lin', DISPLAY: ':0' },
  generatedAdminToken: 'generated',
  ...overrides,
});

describe('finding the Electron runtime', () => {
  const files = (present: Record<string, string>) => ({ exists: (p: string) => p in present, readText: (p: string) => present[p] });

  it('follows path.txt into dist/', () => {
    const fs = files({ '/app/node_modules/electron/path.txt': 'electron\n', '/app/node_modules/electron/dist/electron': '' });
    expect(electronExecutable('/app/node_modules/electron', fs)).toBe('/app/node_modules/electron/dist/electron');
  });

  it('is missing when the download never happened or left no executable', () => {
    expect(electronExecutable('/app/node_modules/electron', files({}))).toBeNull();
    expect(electronExecutable('/app/node_modules/electron', files({ '/app/node_modules/electron/path.txt': 'electron' }))).toBeNull();
  });

  it('runs electron/install.js only when the package is there without its runtime', () => {
    expect(shouldInstallElectron({ electronPackageExists: true, electronPath: null })).toBe(true);
    expect(shouldInstallElectron({ electronPackageExists: true, electronPath: '/x/electron' })).toBe(false);
    expect(shouldInstallElectron({ electronPackageExists: false, electronPath: null })).toBe(false);
  });
});

describe('launch plan', () => {
  it('without the runtime: the browser build, with one line saying why and where', () => {
    const { ui } = planLaunch(facts());
    expect(ui).toEqual({ kind: 'browser', reason: 'download failed', preferredPort: 5173, opener: { command: 'xdg-open', args: [] } });
    expect(planLaunch(facts({ install: { ok: false, timedOut: true } })).ui).toMatchObject({ reason: 'download timed out' });
    expect(planLaunch(facts({ electronPackageExists: false, install: null })).ui).toMatchObject({ reason: 'the electron package is not installed' });
    const line = browserNotice('download failed', 'http://127.0.0.1:5173/');
    expect(line).toBe('Electron runtime unavailable (download failed); opening the browser build at http://127.0.0.1:5173/');
    expect(line).not.toContain('\n');
  });

  it('with the runtime: Electron on this folder, told where the server is', () => {
    const { ui } = planLaunch(facts({ electronPath: '/app/node_modules/electron/dist/electron', install: null }));
    expect(ui).toMatchObject({ kind: 'electron', command: '/app/node_modules/electron/dist/electron', args: ['.'] });
    expect(ui.kind === 'electron' && ui.env.SUPPLIER_SERVER_URL).toBe('http://127.0.0.1:8787');
  });

  it('starts the embedded server in demo mode when server/main.ts exists', () => {
    const { server } = planLaunch(facts());
    expect(server).toMatchObject({
      action: 'start',
      command: '/usr/bin/node',
      args: ['--import', 'tsx', 'server/main.ts', '--demo'],
      env: { PORT: '8787', HOST: '127.0.0.1', DATA_DIR: './.data', PLATFORM_ADMIN_TOKEN: 'generated', HOME: '/home/lin' },
    });
    expect(planLaunch(facts({ env: { PLATFORM_ADMIN_TOKEN: 'mine', DATA_DIR: '/srv/data' } })).server).toMatchObject({
      env: { PLATFORM_ADMIN_TOKEN: 'mine', DATA_DIR: '/srv/data' },
    });
  });

  it('runs standalone when there is no server yet, and reuses one that already answers', () => {
    const standalone = planLaunch(facts({ serverEntryExists: false, electronPath: '/x/electron', install: null }));
    expect(standalone.server).toEqual({ action: 'none' });
    expect(standalone.ui.kind === 'electron' && standalone.ui.env.SUPPLIER_SERVER_URL).toBeUndefined();
    expect(planLaunch(facts({ serverHealthy: true })).server).toEqual({ action: 'reuse', url: 'http://127.0.0.1:8787' });
  });
});

describe('opening the browser', () => {
  it('uses the platform opener', () => {
    expect(browserOpener('darwin', {})).toEqual({ command: 'open', args: [] });
    expect(browserOpener('win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""'] });
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [] });
  });

  it('does not open one without a display or when BROWSER=none', () => {
    expect(browserOpener('linux', {})).toBeNull();
    expect(browserOpener('darwin', { BROWSER: 'none' })).toBeNull();
  });
});
