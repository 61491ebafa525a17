// The one IPC registrar: every channel in CHANNELS gets a handler that first checks the
// sender frame (our app:// bundle only), then validates the arguments with the zod schemas of
// shared/ipc, and only then calls the typed handler.
import { z } from 'zod';
import {
  CHANNELS,
  externalUrl,
  outboxBackupEntry,
  printRawRequest,
  printRequest,
  savePdfRequest,
  secretKey,
  secretSetRequest,
  type Channel,
  type DesktopApi,
  type OutboxBackupEntry,
  type PrintOutcome,
  type SavePdfOutcome,
  type SecretKey,
} from '../../shared/ipc/desktop-api';
import { isAppUrl } from './security';

/** What the main process implements: the DesktopApi, with arguments already validated (zod output types, defaults filled in). */
export type MainHandlers = Omit<DesktopApi, 'print' | 'savePdf' | 'printRaw'> & {
  print(request: z.output<typeof printRequest>): Promise<PrintOutcome>;
  printRaw(request: z.output<typeof printRawRequest>): Promise<PrintOutcome>;
  savePdf(request: z.output<typeof savePdfRequest>): Promise<SavePdfOutcome>;
};

const none = z.tuple([]);
const opIds = z.array(outboxBackupEntry.shape.opId).max(10_000);

/** Channel → argument tuple schema and the handler it calls. Exhaustive over CHANNELS. */
export const ROUTES = {
  [CHANNELS.appInfo]: { args: none, call: (h: MainHandlers) => h.appInfo() },
  [CHANNELS.openExternal]: { args: z.tuple([externalUrl]), call: (h: MainHandlers, [url]: [string]) => h.openExternal(url) },
  [CHANNELS.listPrinters]: { args: none, call: (h: MainHandlers) => h.listPrinters() },
  [CHANNELS.print]: { args: z.tuple([printRequest]), call: (h: MainHandlers, [r]: [z.output<typeof printRequest>]) => h.print(r) },
  [CHANNELS.printRaw]: { args: z.tuple([printRawRequest]), call: (h: MainHandlers, [r]: [z.output<typeof printRawRequest>]) => h.printRaw(r) },
  [CHANNELS.savePdf]: { args: z.tuple([savePdfRequest]), call: (h: MainHandlers, [r]: [z.output<typeof savePdfRequest>]) => h.savePdf(r) },
  [CHANNELS.secretGet]: { args: z.tuple([secretKey]), call: (h: MainHandlers, [k]: [SecretKey]) => h.getSecret(k) },
  [CHANNELS.secretSet]: {
    args: z.tuple([secretSetRequest.shape.key, secretSetRequest.shape.value]),
    call: (h: MainHandlers, [k, v]: [SecretKey, string]) => h.setSecret(k, v),
  },
  [CHANNELS.secretDelete]: { args: z.tuple([secretKey]), call: (h: MainHandlers, [k]: [SecretKey]) => h.deleteSecret(k) },
  [CHANNELS.outboxAppend]: {
    args: z.tuple([z.array(outboxBackupEntry).max(10_000)]),
    call: (h: MainHandlers, [entries]: [OutboxBackupEntry[]]) => h.backupOutbox(entries),
  },
  [CHANNELS.outboxAck]: { args: z.tuple([opIds]), call: (h: MainHandlers, [ids]: [string[]]) => h.acknowledgeOutbox(ids) },
  [CHANNELS.outboxRead]: { args: none, call: (h: MainHandlers) => h.readOutboxBackup() },
} satisfies Record<Channel, { args: z.ZodType; call: (h: MainHandlers, args: never) => Promise<unknown> }>;

/** The part of an IpcMainInvokeEvent we look at. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export class IpcRejected extends Error {
  override name = 'IpcRejected';
}

/** Only frames showing our own bundle may call the main process. */
export function isTrustedSender(event: InvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: MainHandlers,
  isTrusted: (event: InvokeEvent) => boolean = isTrustedSender,
): void {
  for (const [channel, route] of Object.entries(ROUTES) as [Channel, (typeof ROUTES)[Channel]][]) {
    ipcMain.handle(channel, async (event, ...args) => {
      // The sender is checked before the arguments are so much as looked at.
      if (!isTrusted(event)) throw new IpcRejected(`${channel}: untrusted sender`);
      const parsed = route.args.safeParse(args);
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
        throw new IpcRejected(`${channel}: invalid arguments — ${where}`);
      }
      return (route.call as (h: MainHandlers, a: unknown) => Promise<unknown>)(handlers, parsed.data);
    });
  }
}
