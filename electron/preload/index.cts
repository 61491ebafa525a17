// The preload: exposes `window.desktop` (the DesktopApi) and nothing else. Each method is one
// ipcRenderer.invoke; no Electron or Node object crosses the bridge, and the main process
// validates every argument again. Sandboxed preloads cannot require local files, so
// electron/launcher/build.mjs bundles this with shared/ipc into one CommonJS file.
import type { DesktopApi } from '../../shared/ipc/desktop-api';

// A CommonJS file: require() rather than import (TypeScript's verbatimModuleSyntax rule).
const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');
const { CHANNELS } = require('../../shared/ipc/channels') as typeof import('../../shared/ipc/channels');

const api = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  listPrinters: () => ipcRenderer.invoke(CHANNELS.listPrinters),
  print: (request) => ipcRenderer.invoke(CHANNELS.print, request),
  savePdf: (request) => ipcRenderer.invoke(CHANNELS.savePdf, request),
  printRaw: (request) => ipcRenderer.invoke(CHANNELS.printRaw, request),
  getSecret: (key) => ipcRenderer.invoke(CHANNELS.secretGet, key),
  setSecret: (key, value) => ipcRenderer.invoke(CHANNELS.secretSet, key, value),
  deleteSecret: (key) => ipcRenderer.invoke(CHANNELS.secretDelete, key),
  backupOutbox: (entries) => ipcRenderer.invoke(CHANNELS.outboxAppend, entries),
  acknowledgeOutbox: (opIds) => ipcRenderer.invoke(CHANNELS.outboxAck, opIds),
  readOutboxBackup: () => ipcRenderer.invoke(CHANNELS.outboxRead),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
