// The decisions of `npm start`, as pure functions (tested in plan.test.ts). start.mjs only
// gathers the facts and carries the plan out.
import { join } from 'node:path';

export const SERVER_PORT = 8787;
export const BROWSER_PORT = 5173;
export const SERVER_ENTRY = 'server/main.ts';

/**
 * Where electron's install.js put the runtime: `path.txt` names the executable inside
 * `dist/`. Null when either is missing (our build machines cannot download it).
 */
export function electronExecutable(electronDir, fsLike) {
  const pathFile = join(electronDir, 'path.txt');
  if (!fsLike.exists(pathFile)) return null;
  const executable = join(electronDir, 'dist', fsLike.readText(pathFile).trim());
  return fsLike.exists(executable) ? executable : null;
}

/** Whether to run electron's own install.js: only when the package is there but the runtime is not. */
export function shouldInstallElectron({ electronPackageExists, electronPath }) {
  return electronPackageExists && electronPath === null;
}

/** Why the runtime is unavailable, in a few words for the one-line notice. */
export function unavailableReason({ electronPackageExists, install }) {
  if (!electronPackageExists) return 'the electron package is not installed';
  if (install === null) return 'runtime not found';
  if (install.timedOut) return 'download timed out';
  return 'download failed';
}

export function browserNotice(reason, url) {
  return `Electron runtime unavailable (${reason}); opening the browser build at ${url}`;
}

/** The command that opens a URL in the user's browser, or null where that would be unwise. */
export function browserOpener(platform, env) {
  if (env.BROWSER === 'none') return null;
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  // Without a display, xdg-open falls back to a terminal browser that would take over the console.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [] };
}

/**
 * The whole launch plan from the gathered facts:
 * - server: reuse one already answering on the port, start server/main.ts if it exists, or
 *   run standalone (the app works offline);
 * - ui: the Electron runtime when present, otherwise the browser build with one notice line.
 */
export function planLaunch(facts) {
  const serverUrl = `http://127.0.0.1:${SERVER_PORT}`;
  let server;
  if (facts.serverHealthy) server = { action: 'reuse', url: serverUrl };
  else if (facts.serverEntryExists) {
    server = {
      action: 'start',
      url: serverUrl,
      command: facts.nodePath,
      args: ['--import', 'tsx', SERVER_ENTRY, '--demo'],
      env: {
        ...facts.env,
        PORT: String(SERVER_PORT),
        HOST: '127.0.0.1',
        DATA_DIR: facts.env.DATA_DIR ?? './.data',
        PLATFORM_ADMIN_TOKEN: facts.env.PLATFORM_ADMIN_TOKEN ?? facts.generatedAdminToken,
      },
    };
  } else server = { action: 'none' };

  const serverEnv = server.action === 'none' ? {} : { SUPPLIER_SERVER_URL: serverUrl };
  const ui =
    facts.electronPath !== null
      ? { kind: 'electron', command: facts.electronPath, args: ['.'], env: { ...facts.env, ...serverEnv } }
      : {
          kind: 'browser',
          reason: unavailableReason(facts),
          preferredPort: BROWSER_PORT,
          opener: browserOpener(facts.platform, facts.env),
        };
  return { server, ui };
}
