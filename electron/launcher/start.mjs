// `npm start`: build, start the embedded server when there is one, then open the app in
// Electron — or, where the Electron runtime is missing, say so in one line and serve the same
// UI to the browser. Decisions are in plan.mjs; this file only gathers facts and acts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build.mjs';
import { browserNotice, electronExecutable, planLaunch, SERVER_ENTRY, shouldInstallElectron } from './plan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const electronDir = join(root, 'node_modules/electron');
const fsLike = { exists: existsSync, readText: (path) => readFileSync(path, 'utf8') };
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const SERVER_START_TIMEOUT_MS = 60_000;

const cleanups = [];
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function healthy(url) {
  try {
    const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Runs electron's own installer quietly; its stack trace is not the one line we owe the user. */
function installElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(), INSTALL_TIMEOUT_MS);
    child.on('error', () => resolve({ ok: false, timedOut: false }));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, timedOut: signal !== null });
    });
  });
}

async function startServer(server) {
  const child = spawn(server.command, server.args, { env: server.env, stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  child.on('error', () => (exited = true));
  cleanups.push(() => {
    if (!exited) child.kill('SIGTERM');
  });
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (!exited && Date.now() < deadline) {
    if (await healthy(server.url)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!exited) child.kill('SIGTERM');
  return false;
}

async function main() {
  const { build, preview } = await import('vite');
  process.env.VITE_APP_VERSION ??= JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  await build({ logLevel: 'warn' });
  await buildElectron();

  let electronPath = electronExecutable(electronDir, fsLike);
  const electronPackageExists = existsSync(join(electronDir, 'install.js'));
  let install = null;
  if (shouldInstallElectron({ electronPackageExists, electronPath })) {
    install = await installElectron();
    electronPath = electronExecutable(electronDir, fsLike);
  }

  const plan = planLaunch({
    serverHealthy: await healthy('http://127.0.0.1:8787'),
    serverEntryExists: existsSync(join(root, SERVER_ENTRY)),
    electronPackageExists,
    electronPath,
    install,
    nodePath: process.execPath,
    platform: process.platform,
    env: process.env,
    generatedAdminToken: randomBytes(24).toString('hex'),
  });

  if (plan.server.action === 'start') {
    if (await startServer(plan.server)) console.log(`Platform server running at ${plan.server.url} (demo company; data in ${plan.server.env.DATA_DIR})`);
    else console.log(`Platform server did not become healthy at ${plan.server.url}; the app runs standalone`);
  } else if (plan.server.action === 'reuse') console.log(`Using the platform server already running at ${plan.server.url}`);

  if (plan.ui.kind === 'electron') {
    const app = spawn(plan.ui.command, plan.ui.args, { env: plan.ui.env, stdio: 'inherit' });
    app.on('error', (error) => {
      console.log(`Electron could not be started (${error.message})`);
      void stop(1);
    });
    app.on('exit', (code) => void stop(code ?? 0));
    return;
  }

  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: plan.ui.preferredPort, strictPort: false, open: false } });
  cleanups.push(() => server.close());
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${plan.ui.preferredPort}/`;
  console.log(browserNotice(plan.ui.reason, url));
  if (plan.ui.opener) {
    const opener = spawn(plan.ui.opener.command, [...plan.ui.opener.args, url], { stdio: 'ignore', detached: true });
    opener.on('error', () => undefined);
    opener.unref();
  }
}

main().catch((error) => {
  console.log(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
