// The one seam between the UI and the platform it runs on. The preload implements it over
// IPC (Electron); renderer/platform implements it with web APIs (browser build).
import { z } from 'zod';

export { CHANNELS, type Channel } from './channels';

/** A route inside the app (hash path), e.g. `/print/labels?parcels=…`. Never a full URL. */
export const appRoute = z.string().regex(/^\/[A-Za-z0-9/_\-?=&.,%:]*$/).max(4000);

export const pageSize = z.object({
  /** Paper size in microns, as Electron's webContents.print expects. */
  widthMicrons: z.number().int().min(10_000).max(1_000_000),
  heightMicrons: z.number().int().min(10_000).max(1_000_000),
});

export const printRequest = z.object({
  route: appRoute,
  printerName: z.string().min(1).max(300),
  pageSize,
  copies: z.number().int().min(1).max(100).default(1),
  silent: z.boolean().default(true),
});
export const savePdfRequest = z.object({
  route: appRoute,
  pageSize,
  suggestedName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+\.pdf$/),
});
/** A job in the printer's own language (ZPL for Zebra label printers), sent to it unchanged. */
export const printRawRequest = z.object({
  printerName: z.string().min(1).max(300),
  /** ZPL is text; 20 MB is about 7,000 labels. */
  data: z.string().min(1).max(20_000_000),
  /** What the print queue shows, e.g. "Labels PO-2026-0118". */
  jobName: z.string().min(1).max(100),
});
export const secretKey = z.enum(['session']);
export const secretSetRequest = z.object({ key: secretKey, value: z.string().max(16_384) });
export const outboxBackupEntry = z.object({ opId: z.string().min(1).max(64), json: z.string().max(1_048_576) });
export const externalUrl = z.string().url().max(2000);

export type PrintRequest = z.input<typeof printRequest>;
export type SavePdfRequest = z.input<typeof savePdfRequest>;
export type PrintRawRequest = z.input<typeof printRawRequest>;
export type SecretKey = z.infer<typeof secretKey>;
export type OutboxBackupEntry = z.infer<typeof outboxBackupEntry>;

/**
 * A print view sets this attribute on `document.documentElement` once its content (fonts,
 * barcodes) is rendered; both implementations wait for it before printing.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
/** Set (to an error code) on an element of a print view that rendered an error page instead. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';
/** Set beside `PRINT_ERROR_ATTRIBUTE` to what the error names (a parcel, a label), when it names one. */
export const PRINT_ERROR_DETAIL_ATTRIBUTE = 'data-print-error-detail';

/**
 * Set on each printed page of a long print view (the pages are siblings): the Electron build
 * saves such a view as a PDF in slices of pages (electron/main/printing.ts `printPdf`).
 */
export const PRINT_PAGE_ATTRIBUTE = 'data-print-page';

/** What a print view that rendered an error page said: its code (an i18n key of its route) and detail. */
export interface PrintViewError { code: string; detail: string }

/** Thrown by both print paths when the view rendered an error page instead of the document. */
export class PrintViewRefused extends Error {
  constructor(readonly viewError: PrintViewError) {
    super(`The print view reported an error (${viewError.code}); nothing was printed`);
  }
}

/** The `failed` outcome for whatever a print path threw; a view's own error travels with it, for the UI to translate. */
export function printFailure(error: unknown): { status: 'failed'; reason: string; viewError?: PrintViewError } {
  const reason = error instanceof Error ? error.message : String(error);
  return error instanceof PrintViewRefused ? { status: 'failed', reason, viewError: error.viewError } : { status: 'failed', reason };
}

export interface PrinterInfo { name: string; displayName: string; isDefault: boolean; status: number }

/**
 * Honest outcome of a print job: `spooled` means the OS accepted it, not that paper came out;
 * `dialog` means the user was shown the system print dialog (browser build).
 */
export type PrintOutcome =
  | { status: 'spooled' }
  | { status: 'dialog' }
  | { status: 'failed'; reason: string; viewError?: PrintViewError };

export type SavePdfOutcome =
  | { status: 'saved'; path: string; bytes: number }
  | { status: 'dialog' }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: string; viewError?: PrintViewError };

export interface AppInfo {
  platform: 'electron' | 'browser';
  version: string;
  os: string;
  /** Electron only: where safeStorage keeps secrets and whether it is really encrypted. */
  secretStorage: 'os-keychain' | 'basic_text' | 'browser-local' | 'unavailable';
}

export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<boolean>;
  listPrinters(): Promise<PrinterInfo[]>;
  print(request: PrintRequest): Promise<PrintOutcome>;
  savePdf(request: SavePdfRequest): Promise<SavePdfOutcome>;
  /** Sends `data` to the printer as it is, bypassing its driver (Electron on Linux and macOS, through CUPS). */
  printRaw(request: PrintRawRequest): Promise<PrintOutcome>;
  getSecret(key: SecretKey): Promise<string | null>;
  setSecret(key: SecretKey, value: string): Promise<void>;
  deleteSecret(key: SecretKey): Promise<void>;
  /** Append-only mirror of unacknowledged outbox entries (Electron: a file in userData). */
  backupOutbox(entries: OutboxBackupEntry[]): Promise<void>;
  acknowledgeOutbox(opIds: string[]): Promise<void>;
  readOutboxBackup(): Promise<OutboxBackupEntry[]>;
}
