// The one way the UI reaches the platform: `desktop()` is the preload's `window.desktop` in
// Electron and the web implementation in the browser build.
import type { DesktopApi } from '../../shared/ipc';
import { createBrowserDesktopApi } from './browser-desktop-api';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser build. */
    desktop?: DesktopApi;
  }
}

let browserApi: DesktopApi | undefined;

export function desktop(): DesktopApi {
  return (window.desktop ??
    (browserApi ??= createBrowserDesktopApi({
      window,
      storage: window.localStorage,
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      printReadyTimeoutMs: 15_000,
    })));
}

export { createBrowserDesktopApi } from './browser-desktop-api';
