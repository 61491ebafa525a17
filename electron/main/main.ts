// Electron main process: lifecycle wiring only. Every decision lives in a tested module.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { release } from 'node:os';
import { join } from 'node:path';
import { createMainHandlers } from './handlers';
import { registerHandlers } from './ipc';
import { createOutboxBackup } from './outbox-backup';
import { lpRawSender } from './printing';
import { createAppProtocolHandler } from './protocol';
import { createSecretStore } from './secrets';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security';
import { startUpdater } from './updater';
import { createSecureWindow, denyPermissionsByDefault, hardenWebContents, openPrintView } from './window';

// Bundled to dist-electron/main.cjs; the renderer build sits in dist/renderer next to it.
const RENDERER_ROOT = join(__dirname, '../dist/renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
const warn = (message: string) => console.warn(`[supplier-console] ${message}`);

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One instance per user: IndexedDB and the outbox backup file must have a single writer.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));
app.on('window-all-closed', () => app.quit());

async function ready(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT, (path) => readFile(path)));
  denyPermissionsByDefault(session.defaultSession);

  const userData = app.getPath('userData');
  const outbox = createOutboxBackup(join(userData, 'outbox-backup.jsonl'), warn);
  await outbox.compact().catch((error: unknown) => warn(`Outbox backup could not be compacted: ${String(error)}`));
  const secrets = createSecretStore({ safeStorage, dir: join(userData, 'secrets'), platform: process.platform, warn });

  const window = createSecureWindow(BrowserWindow, { preload: PRELOAD, show: false });
  window.once('ready-to-show', () => window.show());
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  registerHandlers(
    ipcMain,
    createMainHandlers({
      version: app.getVersion(),
      os: `${process.platform} ${release()}`,
      secrets,
      outbox,
      warn,
      openExternal: (url) => shell.openExternal(url),
      printing: {
        getPrinters: () => window.webContents.getPrintersAsync(),
        openView: (route) => openPrintView(BrowserWindow, route),
        chooseSavePath: async (suggestedName) => {
          const choice = await dialog.showSaveDialog(window, {
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          });
          return choice.canceled || !choice.filePath ? null : choice.filePath;
        },
        writeFile: (path, data) => writeFile(path, data),
        sendRaw: lpRawSender(process.platform, (command, args) => spawn(command, args)),
      },
    }),
  );

  await window.loadURL(APP_ENTRY_URL);
  void startUpdater(app.isPackaged, async () => (await import('electron-updater')).autoUpdater, warn);
}

app.whenReady().then(ready).catch((error: unknown) => {
  dialog.showErrorBox('Supplier Console', `The app could not start: ${String(error)}`);
  app.exit(1);
});
