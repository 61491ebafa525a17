// Assembles the MainHandlers from services whose side effects are injected.
import type { AppInfo } from '../../shared/ipc/desktop-api';
import type { MainHandlers } from './ipc';
import type { createOutboxBackup } from './outbox-backup';
import { createPrintingHandlers, type PrintingDeps } from './printing';
import type { createSecretStore } from './secrets';
import { isAllowedExternalUrl } from './security';

export interface MainHandlerDeps {
  version: string;
  os: string;
  printing: PrintingDeps;
  secrets: ReturnType<typeof createSecretStore>;
  outbox: ReturnType<typeof createOutboxBackup>;
  openExternal(url: string): Promise<void>;
  warn(message: string): void;
}

export function createMainHandlers(deps: MainHandlerDeps): MainHandlers {
  const printing = createPrintingHandlers(deps.printing);
  return {
    async appInfo(): Promise<AppInfo> {
      return { platform: 'electron', version: deps.version, os: deps.os, secretStorage: deps.secrets.kind() };
    },
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) {
        deps.warn(`Refused to open a link outside the allow-list: ${url}`);
        return false;
      }
      await deps.openExternal(url);
      return true;
    },
    listPrinters: printing.listPrinters,
    print: printing.print,
    savePdf: printing.savePdf,
    printRaw: printing.printRaw,
    getSecret: deps.secrets.getSecret,
    setSecret: deps.secrets.setSecret,
    deleteSecret: deps.secrets.deleteSecret,
    backupOutbox: deps.outbox.append,
    acknowledgeOutbox: deps.outbox.acknowledge,
    readOutboxBackup: deps.outbox.read,
  };
}
