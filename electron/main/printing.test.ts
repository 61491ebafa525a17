import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { PrintViewRefused, printRequest } from '../../shared/ipc/desktop-api';
import { EventEmitter } from 'node:events';
import { createPrintingHandlers, lpRawSender, PDF_SLICE_PAGES, type PageRange, type PdfOptions, type PrintingDeps, type RenderedView, type SilentPrintOptions, type Spawn } from './printing';

const ZEBRA = { name: 'Zebra_ZD421', displayName: 'Zebra ZD421 (floor 2)', options: { 'printer-state': '3', 'is-default': 'true' } };
// A 100 mm × 150 mm parcel label.
const request = printRequest.parse({
  route: '/print/labels?parcels=p1',
  printerName: 'Zebra_ZD421',
  pageSize: { widthMicrons: 100_000, heightMicrons: 150_000 },
  copies: 2,
});

function setup(view: Partial<RenderedView> = {}, overrides: Partial<PrintingDeps> = {}) {
  const printed: SilentPrintOptions[] = [];
  const pdfs: PdfOptions[] = [];
  const close = vi.fn();
  const rendered: RenderedView = {
    pages: 0,
    showOnlyPages: vi.fn(async () => undefined),
    print: async (options) => (printed.push(options), { success: true, failureReason: '' }),
    printToPDF: async (options) => (pdfs.push(options), new Uint8Array([37, 80, 68, 70])),
    close,
    ...view,
  };
  const deps: PrintingDeps = {
    getPrinters: async () => [ZEBRA, { name: 'HP_LaserJet', displayName: 'HP LaserJet' }],
    openView: vi.fn(async () => rendered),
    chooseSavePath: async () => '/home/lin/Documents/invoice.pdf',
    writeFile: vi.fn(async () => undefined),
    sendRaw: vi.fn(async () => ({ success: true, failureReason: '' })),
    ...overrides,
  };
  return { handlers: createPrintingHandlers(deps), deps, printed, pdfs, close };
}

describe('printing handlers', () => {
  it('lists printers by system name with default flag and state', async () => {
    expect(await setup().handlers.listPrinters()).toEqual([
      { name: 'Zebra_ZD421', displayName: 'Zebra ZD421 (floor 2)', isDefault: true, status: 3 },
      { name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: false, status: 0 },
    ]);
  });

  it('prints silently to the named printer with the label size in microns and no margins', async () => {
    const { handlers, printed, deps, close } = setup();
    expect(await handlers.print(request)).toEqual({ status: 'spooled' });
    expect(deps.openView).toHaveBeenCalledWith('/print/labels?parcels=p1');
    expect(printed).toEqual([
      {
        silent: true,
        deviceName: 'Zebra_ZD421',
        pageSize: { width: 100_000, height: 150_000 },
        margins: { marginType: 'none' },
        copies: 2,
        printBackground: true,
      },
    ]);
    expect(close).toHaveBeenCalledOnce();
  });

  it('passes silent: false through when the caller wants the system dialog', async () => {
    const { handlers, printed } = setup();
    await handlers.print({ ...request, silent: false });
    expect(printed[0].silent).toBe(false);
  });

  it('reports a failed job as failed, with the reason, and still closes the hidden window', async () => {
    const { handlers, close } = setup({ print: async () => ({ success: false, failureReason: 'Print job canceled' }) });
    expect(await handlers.print(request)).toEqual({ status: 'failed', reason: 'Print job canceled' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails, without printing, for a printer that is not installed', async () => {
    const { handlers, deps, printed } = setup();
    const outcome = await handlers.print({ ...request, printerName: 'Zebra ZD421 (floor 2)' });
    expect(outcome).toEqual({ status: 'failed', reason: 'Printer "Zebra ZD421 (floor 2)" is not installed on this computer' });
    expect(deps.openView).not.toHaveBeenCalled();
    expect(printed).toEqual([]);
  });

  it('reports a view that cannot render as failed', async () => {
    const { handlers } = setup({}, { openView: async () => { throw new Error('The print view did not finish rendering'); } });
    expect(await handlers.print(request)).toEqual({ status: 'failed', reason: 'The print view did not finish rendering' });
  });

  it('passes on what a view that rendered an error page said, and asks for no file', async () => {
    const refused = new PrintViewRefused({ code: 'errors.doesNotFit', detail: '3 of 12' });
    const chooseSavePath = vi.fn(async () => '/home/lin/Documents/labels.pdf');
    const { handlers } = setup({}, { openView: async () => { throw refused; }, chooseSavePath });
    const failed = { status: 'failed', reason: 'The print view reported an error (errors.doesNotFit); nothing was printed', viewError: { code: 'errors.doesNotFit', detail: '3 of 12' } };
    expect(await handlers.print(request)).toEqual(failed);
    expect(await handlers.savePdf({ route: '/print/labels?parcels=p1', pageSize: request.pageSize, suggestedName: 'labels.pdf' })).toEqual(failed);
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('saves a PDF at the page size in inches to the chosen path', async () => {
    const { handlers, pdfs, deps } = setup();
    const outcome = await handlers.savePdf({ route: '/print/invoice/o1', pageSize: { widthMicrons: 210_000, heightMicrons: 297_000 }, suggestedName: 'invoice.pdf' });
    expect(outcome).toEqual({ status: 'saved', path: '/home/lin/Documents/invoice.pdf', bytes: 4 });
    expect(pdfs[0].pageSize.width).toBeCloseTo(8.268, 3);
    expect(pdfs[0].pageSize.height).toBeCloseTo(11.693, 3);
    expect(pdfs[0].margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/lin/Documents/invoice.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('prints a view of up to PDF_SLICE_PAGES pages in one go', async () => {
    const { handlers, pdfs, deps } = setup({ pages: PDF_SLICE_PAGES });
    const rendered = await deps.openView('');
    await handlers.savePdf({ route: '/print/labels?shipment=s1', pageSize: request.pageSize, suggestedName: 'labels.pdf' });
    expect(pdfs).toHaveLength(1);
    expect(rendered.showOnlyPages).not.toHaveBeenCalled();
  });

  it('saves a long print as slices of PDF_SLICE_PAGES pages joined in order, with its title', async () => {
    const slices = slicedView(600);
    const { handlers, deps } = setup(slices.view);
    const outcome = await handlers.savePdf({ route: '/print/labels?shipment=s1', pageSize: request.pageSize, suggestedName: 'labels.pdf' });
    expect(outcome).toMatchObject({ status: 'saved', path: '/home/lin/Documents/invoice.pdf' });
    expect(slices.shown).toEqual([{ first: 1, last: 250 }, { first: 251, last: 500 }, { first: 501, last: 600 }]);
    const saved = await PDFDocument.load(vi.mocked(deps.writeFile).mock.calls[0][1]);
    expect(saved.getPages().map((page) => page.getWidth())).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    expect(saved.getTitle()).toBe('Labels for shipment s1');
  });

  it('writes nothing when a slice does not hold exactly its pages', async () => {
    const slices = slicedView(600, { first: 251, last: 499 });
    const { handlers, deps } = setup(slices.view);
    const outcome = await handlers.savePdf({ route: '/print/labels?shipment=s1', pageSize: request.pageSize, suggestedName: 'labels.pdf' });
    expect(outcome).toEqual({ status: 'failed', reason: 'Part 2 of the PDF has 249 pages where 250 were printed' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { handlers, deps } = setup({}, { chooseSavePath: async () => null });
    const outcome = await handlers.savePdf({ route: '/print/invoice/o1', pageSize: { widthMicrons: 210_000, heightMicrons: 297_000 }, suggestedName: 'invoice.pdf' });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write as failed', async () => {
    const { handlers } = setup({}, { writeFile: async () => { throw new Error('EACCES: permission denied'); } });
    const outcome = await handlers.savePdf({ route: '/print/invoice/o1', pageSize: { widthMicrons: 210_000, heightMicrons: 297_000 }, suggestedName: 'invoice.pdf' });
    expect(outcome).toEqual({ status: 'failed', reason: 'EACCES: permission denied' });
  });
});

describe('raw (ZPL) printing', () => {
  const zpl = { printerName: 'Zebra_ZD421', data: '^XA^FO50,50^A0N,40,40^FDCARTON 1 OF 4^FS^XZ', jobName: 'Labels PO-2026-0118' };

  /** An `lp` that takes the job on stdin and exits with `code`, writing `stderr`. */
  function fakeLp(code: number, stderr = '') {
    const calls: { command: string; args: string[]; stdin: string }[] = [];
    const spawn: Spawn = (command, args) => {
      const process = Object.assign(new EventEmitter(), { stderr: new EventEmitter(), stdin: { end: (data: string) => {
        calls.push({ command, args, stdin: data });
        setTimeout(() => { if (stderr) process.stderr.emit('data', Buffer.from(stderr)); process.emit('close', code); }, 0);
      } } });
      return process;
    };
    return { spawn, calls };
  }

  it('hands the job to the named printer\'s queue through lp -o raw, unchanged, and reports it spooled', async () => {
    const lp = fakeLp(0);
    const { handlers } = setup({}, { sendRaw: lpRawSender('linux', lp.spawn) });
    expect(await handlers.printRaw(zpl)).toEqual({ status: 'spooled' });
    expect(lp.calls).toEqual([{ command: 'lp', args: ['-d', 'Zebra_ZD421', '-o', 'raw', '-t', 'Labels PO-2026-0118'], stdin: zpl.data }]);
  });

  it('reports what lp said when the queue refuses the job', async () => {
    const { handlers } = setup({}, { sendRaw: lpRawSender('darwin', fakeLp(1, 'lp: The printer or class does not exist.\n').spawn) });
    expect(await handlers.printRaw(zpl)).toEqual({ status: 'failed', reason: 'lp: The printer or class does not exist.' });
  });

  it('refuses on Windows, saying so, and sends nothing', async () => {
    const lp = fakeLp(0);
    const { handlers } = setup({}, { sendRaw: lpRawSender('win32', lp.spawn) });
    expect(await handlers.printRaw(zpl)).toEqual({ status: 'failed', reason: expect.stringContaining('not available on Windows') });
    expect(lp.calls).toEqual([]);
  });

  it('sends nothing to a printer that is not installed', async () => {
    const { handlers, deps } = setup();
    expect(await handlers.printRaw({ ...zpl, printerName: 'Zebra ZD421 (floor 2)' })).toEqual({ status: 'failed', reason: 'Printer "Zebra ZD421 (floor 2)" is not installed on this computer' });
    expect(deps.sendRaw).not.toHaveBeenCalled();
  });
});

/**
 * A view of `pages` marked pages whose PDFs are real: page n is n points wide, so the joined
 * file's order can be read back. `short` makes the slice starting there print too few pages.
 */
function slicedView(pages: number, short?: PageRange) {
  const shown: PageRange[] = [];
  const view: Partial<RenderedView> = {
    pages,
    showOnlyPages: async (range) => { shown.push(range); },
    printToPDF: async () => {
      const { first, last } = short?.first === shown.at(-1)!.first ? short : shown.at(-1)!;
      const pdf = await PDFDocument.create();
      pdf.setTitle('Labels for shipment s1');
      for (let n = first; n <= last; n++) pdf.addPage([n, 100]);
      return pdf.save();
    },
  };
  return { view, shown };
}
