// Joins the PDFs of a print made in slices (printing.ts `printPdf`) into one file, in order.
// pdf-lib copies each part's pages with the fonts and images they use; the joined file keeps
// the first part's title and producer, as a single printToPDF would have written them.
// pdf-lib yields to the event loop every 50–100 objects by default; a part is parsed and the
// file written without yielding (10–40 ms each), which halves the join's time and shortens the
// wait after the last part (docs/benchmarks.md).
import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export interface PdfJoiner {
  /**
   * Appends the pages of `pdf`, which must hold exactly `expectedPages` pages. The work starts
   * on the next turn of the event loop, after whatever the caller sends now (the request for
   * the next part), and runs while that part prints (this process is not the one printing).
   */
  add(pdf: Uint8Array, expectedPages: number): void;
  /** The joined file, once every part is in; rejects with the first part that went wrong. */
  finish(): Promise<Uint8Array>;
}

export function createPdfJoiner(): PdfJoiner {
  let parts = 0;
  let joined = PDFDocument.create({ updateMetadata: false });
  return {
    add(pdf, expectedPages) {
      const index = ++parts;
      joined = joined.then(async (doc) => {
        await nextTurn();
        const part = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
        if (part.getPageCount() !== expectedPages) {
          throw new Error(`Part ${index} of the PDF has ${part.getPageCount()} pages where ${expectedPages} were printed`);
        }
        if (index === 1) copyInfo(part, doc);
        for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page);
        return doc;
      });
      // finish() reports a failure; until it is called, a failed part is not an unhandled rejection.
      joined.catch(() => undefined);
    },
    async finish() {
      if (parts === 0) throw new Error('No PDF to join');
      return (await joined).save({ objectsPerTick: Infinity });
    },
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function copyInfo(from: PDFDocument, to: PDFDocument): void {
  const title = from.getTitle();
  if (title) to.setTitle(title);
  const creator = from.getCreator();
  if (creator) to.setCreator(creator);
  const producer = from.getProducer();
  if (producer) to.setProducer(producer);
  const created = from.getCreationDate();
  if (created) to.setCreationDate(created);
}
