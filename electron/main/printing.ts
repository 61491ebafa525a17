// Printing handlers. Side effects (printer list, hidden window, save dialog, file write) are
// parameters so vitest can check exactly what reaches webContents.print / printToPDF.
import type { z } from 'zod';
import { PRINT_PAGE_ATTRIBUTE, printFailure, type PrinterInfo, type PrintOutcome, type printRawRequest, type printRequest, type SavePdfOutcome, type savePdfRequest } from '../../shared/ipc/desktop-api';
import { createPdfJoiner } from './pdf-join';

type PrintRequest = z.output<typeof printRequest>;
type PrintRawRequest = z.output<typeof printRawRequest>;
type SavePdfRequest = z.output<typeof savePdfRequest>;
type PageSize = PrintRequest['pageSize'];

/** What Electron's webContents.print receives: page size in microns, no margins. */
export interface SilentPrintOptions {
  silent: boolean;
  deviceName: string;
  pageSize: { width: number; height: number };
  margins: { marginType: 'none' };
  copies: number;
  printBackground: true;
}

/** What printToPDF receives: its page size is in inches, unlike print's microns. */
export interface PdfOptions {
  pageSize: { width: number; height: number };
  margins: { top: 0; bottom: 0; left: 0; right: 0 };
  printBackground: true;
  preferCSSPageSize: false;
}

export const MICRONS_PER_INCH = 25_400;

export function silentPrintOptions(request: PrintRequest): SilentPrintOptions {
  return {
    silent: request.silent,
    deviceName: request.printerName,
    pageSize: { width: request.pageSize.widthMicrons, height: request.pageSize.heightMicrons },
    margins: { marginType: 'none' },
    copies: request.copies,
    printBackground: true,
  };
}

export function pdfOptions(size: PageSize): PdfOptions {
  return {
    pageSize: { width: size.widthMicrons / MICRONS_PER_INCH, height: size.heightMicrons / MICRONS_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    printBackground: true,
    preferCSSPageSize: false,
  };
}

/** Pages `first` to `last` (from 1) of a print view's marked pages. */
export interface PageRange { first: number; last: number }

/** A print route rendered in a hidden, sandboxed window (see window.ts `openPrintView`). */
export interface RenderedView {
  /** How many pages the view marks with `PRINT_PAGE_ATTRIBUTE` (0 when it marks none). */
  pages: number;
  /** Hides every marked page outside `range` (`onlyPagesCss`); the previous range is dropped. */
  showOnlyPages(range: PageRange): Promise<void>;
  print(options: SilentPrintOptions): Promise<{ success: boolean; failureReason: string }>;
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
  close(): void;
}

/**
 * Pages per printToPDF call for a view that marks its pages. Chromium prints each page by
 * visiting the paint layers of every page, so one call's time grows with the square of its
 * pages: 1,000 labels save about 0.4 s sooner as four PDFs of 250, joined (docs/benchmarks.md).
 */
export const PDF_SLICE_PAGES = 250;

/** The style that leaves only `range` of a view's marked pages to print (`:nth-child(… of S)`, Chromium 111+). */
export function onlyPagesCss({ first, last }: PageRange): string {
  const page = `[${PRINT_PAGE_ATTRIBUTE}]`;
  return `${page}:not(:nth-child(n+${first} of ${page}):nth-child(-n+${last} of ${page})) { display: none !important; }`;
}

/**
 * The view as one PDF. A view with more marked pages than `slicePages` is printed a slice at
 * a time and the slices joined, each checked to hold exactly its pages.
 */
export async function printPdf(view: RenderedView, options: PdfOptions, slicePages = PDF_SLICE_PAGES): Promise<Uint8Array> {
  if (view.pages <= slicePages) return view.printToPDF(options);
  const joiner = createPdfJoiner();
  let previous: { pdf: Uint8Array; pages: number } | null = null;
  for (let first = 1; first <= view.pages; first += slicePages) {
    const last = Math.min(view.pages, first + slicePages - 1);
    await view.showOnlyPages({ first, last });
    const printing = view.printToPDF(options);
    // Joined once the next slice is asked for, so that the join never holds that request back.
    if (previous) joiner.add(previous.pdf, previous.pages);
    previous = { pdf: await printing, pages: last - first + 1 };
  }
  joiner.add(previous!.pdf, previous!.pages);
  return joiner.finish();
}

/** The Electron printer record (name = system name, the one print() needs). */
export interface SystemPrinter {
  name: string;
  displayName: string;
  options?: object;
}

export interface PrintingDeps {
  getPrinters(): Promise<SystemPrinter[]>;
  openView(route: string): Promise<RenderedView>;
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Hands `data` to the printer's queue unchanged (`lpRawSender`). */
  sendRaw(printerName: string, data: string, jobName: string): Promise<{ success: boolean; failureReason: string }>;
}

/** The part of child_process.spawn that `lpRawSender` uses. */
export type Spawn = (command: string, args: string[]) => {
  stdin: { end(data: string): void };
  stderr: { on(event: 'data', listener: (chunk: unknown) => void): void };
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'close', listener: (code: number | null) => void): void;
};

/**
 * Raw jobs through CUPS's `lp -o raw` (Linux, macOS): the queue passes the data to the printer
 * untouched. Windows has no such command (its raw path is a spooler API Electron does not
 * expose), so a raw job is refused there, saying so.
 */
export function lpRawSender(platform: string, spawn: Spawn): PrintingDeps['sendRaw'] {
  return (printerName, data, jobName) => new Promise((resolve) => {
    if (platform === 'win32') {
      resolve({ success: false, failureReason: 'Sending ZPL straight to a printer is not available on Windows yet; print the labels through the printer driver instead' });
      return;
    }
    const lp = spawn('lp', ['-d', printerName, '-o', 'raw', '-t', jobName]);
    let stderr = '';
    lp.stderr.on('data', (chunk) => { stderr += String(chunk); });
    lp.on('error', (error) => resolve({ success: false, failureReason: `The lp command could not run: ${error.message}` }));
    lp.on('close', (code) => resolve(code === 0 ? { success: true, failureReason: '' } : { success: false, failureReason: stderr.trim() || `lp exited with code ${code}` }));
    lp.stdin.end(data);
  });
}

/** Electron dropped isDefault/status from PrinterInfo; CUPS still reports them in `options`. */
export function toPrinterInfo(p: SystemPrinter): PrinterInfo {
  const options = (p.options ?? {}) as Record<string, unknown>;
  return {
    name: p.name,
    displayName: p.displayName || p.name,
    isDefault: options['is-default'] === 'true' || options['printer-is-default'] === 'true',
    status: Number(options['printer-state'] ?? 0) || 0,
  };
}

/** What the print queue said of a job: `spooled` when it took the job, which does not mean paper came out. */
function queueOutcome(result: { success: boolean; failureReason: string }): PrintOutcome {
  return result.success ? { status: 'spooled' } : { status: 'failed', reason: result.failureReason || 'The print job was not accepted' };
}

export function createPrintingHandlers(deps: PrintingDeps) {
  /** Opens the view, runs `use`, and always closes the hidden window. */
  async function withView<T>(route: string, use: (view: RenderedView) => Promise<T>): Promise<T> {
    const view = await deps.openView(route);
    try {
      return await use(view);
    } finally {
      view.close();
    }
  }

  /** The failed outcome for a printer this computer does not have, by system name; null when it has it. */
  async function notInstalled(printerName: string): Promise<PrintOutcome | null> {
    const printers = await deps.getPrinters();
    return printers.some((p) => p.name === printerName) ? null : { status: 'failed', reason: `Printer "${printerName}" is not installed on this computer` };
  }

  return {
    async listPrinters(): Promise<PrinterInfo[]> {
      return (await deps.getPrinters()).map(toPrinterInfo);
    },

    /** `spooled` = the OS accepted the job; it does not mean paper came out. */
    async print(request: PrintRequest): Promise<PrintOutcome> {
      try {
        const missing = await notInstalled(request.printerName);
        if (missing) return missing;
        return queueOutcome(await withView(request.route, (view) => view.print(silentPrintOptions(request))));
      } catch (error) {
        return printFailure(error);
      }
    },

    /** A job in the printer's own language (ZPL), to its queue unchanged; `spooled` as for print. */
    async printRaw(request: PrintRawRequest): Promise<PrintOutcome> {
      try {
        const missing = await notInstalled(request.printerName);
        if (missing) return missing;
        return queueOutcome(await deps.sendRaw(request.printerName, request.data, request.jobName));
      } catch (error) {
        return printFailure(error);
      }
    },

    async savePdf(request: SavePdfRequest): Promise<SavePdfOutcome> {
      try {
        // Render first: a page that cannot be rendered should not make the user pick a file.
        const pdf = await withView(request.route, (view) => printPdf(view, pdfOptions(request.pageSize)));
        const path = await deps.chooseSavePath(request.suggestedName);
        if (path === null) return { status: 'cancelled' };
        await deps.writeFile(path, pdf);
        return { status: 'saved', path, bytes: pdf.byteLength };
      } catch (error) {
        return printFailure(error);
      }
    },
  };
}
