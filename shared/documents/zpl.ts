// ZPL II for Zebra thermal printers: the GS1 logistic label (LBL-2) and the courier label (LBL-4)
// from the same view-models as the print route, at 203 or 300 dpi. The bars are the app's own
// encoding (bwip-js, as on the PDF labels), each drawn as a box of whole dots: Zebra firmware
// and ZPL renderers disagree on how their GS1-128 modes place FNC1 after a variable-length AI
// such as (37), and a carton whose barcode reads "(37) 12400" instead of "(37) 12 (400)" is
// lost. Text is set in the printer's scalable font 0, which holds Latin-1 only: a label with
// other text (Chinese, Korean) is refused rather than printed with holes.
import { PAGE_MM, REPRINT_MARK, unitLine, type BarcodeSpec, type CourierLabelModel, type Gs1LabelModel, type LabelKind, type LabelModel, type LabelSize, type SymbolBars } from './labels';

export const ZPL_DPIS = [203, 300] as const;
export type ZplDpi = (typeof ZPL_DPIS)[number];
/** Label stock a thermal printer takes: no A4 sheets, no A5. */
export const ZPL_SIZES: readonly LabelSize[] = ['4x6', 'a6'];
/** The labels with barcodes; shipping marks are mostly text, often Chinese, which font 0 lacks. */
export const ZPL_KINDS: readonly LabelKind[] = ['gs1', 'courier'];

/** A label that cannot go out as ZPL. `code` is a `labels:` key; the label (its parcel, "n of N") and `detail` say which and why. */
export class ZplError extends Error {
  constructor(readonly code: string, readonly parcelId: string, readonly nOfN: string, readonly detail: string) {
    super(`${code}: label ${nOfN} (parcel ${parcelId}): ${detail}`);
    this.name = 'ZplError';
  }
}

/** The app's encoder (renderer/features/labels/draw-barcode.ts `encodeBars`, bwip-js). */
export type BarsOf = (spec: BarcodeSpec) => SymbolBars;

const PADDING_MM = 4;
/** GS1 logistic labels use X = 0.495–0.94 mm; the SSCC is drawn at the low end, as on the PDF label. */
const SSCC_MODULE_MM = 0.5;
/** The human-readable text of (02)(37)(400) content data takes up to two lines. */
const CONTENT_HRI_LINES = 2;
/** Font 0's characters run up to about 0.6 of its height wide (capitals and digits); used to refuse text that would overflow. */
const WIDEST_CHAR = 0.6;

/** One ZPL job holding one format (^XA…^XZ) per label, in order. */
export function labelsToZpl(labels: readonly LabelModel[], size: LabelSize, dpi: ZplDpi, barsOf: BarsOf): string {
  if (!ZPL_SIZES.includes(size)) throw new ZplError('zpl.size', labels[0]?.parcelId ?? '', labels[0]?.nOfN ?? '', size);
  const { width, height } = PAGE_MM[size];
  return labels.map((label) => {
    const z = new Zpl(dpi, width, height, label);
    if (label.kind === 'gs1') gs1Label(z, label, barsOf);
    else if (label.kind === 'courier') courierLabel(z, label, barsOf);
    else throw new ZplError('zpl.kind', label.parcelId, label.nOfN, label.kind);
    return z.format();
  }).join('\n');
}

/** Positions in mm, written in dots; fields are hex-escaped (^FH) so that ^, ~ and UTF-8 text pass through. */
class Zpl {
  readonly lines: string[] = [];
  constructor(readonly dpi: ZplDpi, readonly widthMm: number, readonly heightMm: number, readonly label: LabelModel) {}

  refuse(code: string, detail: string): ZplError { return new ZplError(code, this.label.parcelId, this.label.nOfN, detail); }

  dots(mm: number): number { return Math.round((mm * this.dpi) / 25.4); }

  /** ^CI28: field data is UTF-8; ^PW/^LL: the label's size in dots; ^LH0,0: positions from its top-left corner. */
  format(): string {
    return ['^XA', '^CI28', `^PW${this.dots(this.widthMm)}`, `^LL${this.dots(this.heightMm)}`, '^LH0,0', ...this.lines, '^XZ'].join('\n');
  }

  /** Text in a box `widthMm` wide, wrapped to at most `maxLines`, refused when it cannot fit or font 0 lacks a character. */
  text(xMm: number, yMm: number, widthMm: number, heightMm: number, lines: string[], { maxLines = lines.length, align = 'L' as 'L' | 'R' | 'C' } = {}) {
    const h = this.dots(heightMm);
    const perLine = Math.floor(widthMm / (heightMm * WIDEST_CHAR));
    const needed = lines.reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    for (const line of lines) {
      const unprintable = [...line].find((c) => !isLatin1Printable(c));
      if (unprintable) throw this.refuse('zpl.text', line);
    }
    if (needed > maxLines) throw this.refuse('zpl.doesNotFit', lines.join(' / '));
    this.lines.push(`^FO${this.dots(xMm)},${this.dots(yMm)}^A0N,${h},${h}^FB${this.dots(widthMm)},${maxLines},0,${align}^FH^FD${lines.map(escape).join('\\&')}^FS`);
    return yMm + maxLines * heightMm;
  }

  line(yMm: number) {
    this.lines.push(`^FO${this.dots(PADDING_MM)},${this.dots(yMm)}^GB${this.dots(this.widthMm - 2 * PADDING_MM)},${this.dots(0.3)},${this.dots(0.3)}^FS`);
  }

  /** A Code 128 symbol centred in the label's width, bars `barsMm` high, its human-readable text below (≥ 3 mm, LBL-2). */
  barcode(yMm: number, spec: BarcodeSpec, barsMm: number, moduleMm: number, barsOf: BarsOf, hriMm: number, hriLines: number) {
    const { modules, bars } = barsOf(spec);
    // Whole dots per module: as wide as asked for, narrower when the symbol would not fit (the
    // quiet zones are the 3 mm either side and more).
    const maxWidth = this.dots(this.widthMm - 2 * PADDING_MM - 6);
    const module = Math.min(this.dots(moduleMm), Math.floor(maxWidth / modules));
    if (module < 1) throw this.refuse('zpl.doesNotFit', spec.humanReadable);
    const left = Math.round((this.dots(this.widthMm) - module * modules) / 2);
    const [y, height] = [this.dots(yMm), this.dots(barsMm)];
    for (const bar of bars) this.lines.push(`^FO${left + bar.x * module},${y}^GB${bar.width * module},${height},${bar.width * module}^FS`);
    return this.text(PADDING_MM, yMm + barsMm + 0.8, this.widthMm - 2 * PADDING_MM, hriMm, [spec.humanReadable], { maxLines: hriLines, align: 'C' });
  }
}

function gs1Label(z: Zpl, label: Gs1LabelModel, barsOf: BarsOf) {
  const inner = z.widthMm - 2 * PADDING_MM;
  const column = (inner - 2) / 2;
  nOfN(z, label);
  let y = 11;
  const fromEnd = z.text(PADDING_MM, y, column, 2.2, ['FROM']);
  const toEnd = z.text(PADDING_MM + column + 2, y, column, 2.2, ['TO']);
  y = Math.max(fromEnd, toEnd) + 0.8;
  const partiesEnd = Math.max(
    z.text(PADDING_MM, y, column, 3, label.from, { maxLines: 7 }),
    z.text(PADDING_MM + column + 2, y, column, 3, label.to, { maxLines: 7 }),
  );
  z.line(partiesEnd + 1);
  y = partiesEnd + 2.5;
  label.fields.forEach((field, i) => {
    const x = PADDING_MM + (i % 2) * (column + 2);
    const row = y + Math.floor(i / 2) * 8;
    z.text(x, row, column, 2.2, [field.title]);
    z.text(x, row + 2.8, column, 4, [field.value]);
  });
  // From the bottom up: the SSCC lowest (LBL-2), content data above it.
  const sscc = label.barcodes[label.barcodes.length - 1];
  const bottom = z.heightMm - PADDING_MM - 4.5 - 0.8 - 25;
  const top = label.barcodes.slice(0, -1).reduce((b) => b - 2 - CONTENT_HRI_LINES * 3.6 - 0.8 - 15, bottom);
  const fieldsEnd = y + Math.ceil(label.fields.length / 2) * 8;
  if (fieldsEnd > top) throw z.refuse('zpl.doesNotFit', label.fields.map((f) => f.value).join(' / '));
  z.line(top - 2);
  let at = top;
  for (const spec of label.barcodes.slice(0, -1)) at = z.barcode(at, spec, 15, SSCC_MODULE_MM, barsOf, 3.6, CONTENT_HRI_LINES) + 2;
  z.barcode(bottom, sscc, 25, SSCC_MODULE_MM, barsOf, 4.5, 1);
}

function courierLabel(z: Zpl, label: CourierLabelModel, barsOf: BarsOf) {
  const inner = z.widthMm - 2 * PADDING_MM;
  let y = z.text(PADDING_MM, PADDING_MM, inner, 7, [label.service], { maxLines: 2 }) + 1;
  z.line(y);
  y = z.text(PADDING_MM, y + 1.5, inner, 2.2, ['FROM']) + 0.8;
  y = z.text(PADDING_MM, y, inner, 3, label.from, { maxLines: 5 }) + 1;
  z.line(y);
  y = z.text(PADDING_MM, y + 1.5, inner, 2.2, ['TO']) + 0.8;
  y = z.text(PADDING_MM, y, inner, 3.6, label.to, { maxLines: 6 });
  y = z.text(PADDING_MM, y + 1, inner, 12, [label.postcode]) + 1;
  z.line(y);
  const column = (inner - 2) / 2;
  z.text(PADDING_MM, y + 1.5, column, 2.2, ['WEIGHT']);
  z.text(PADDING_MM, y + 4.3, column, 4, [label.weight]);
  z.text(PADDING_MM + column + 2, y + 1.5, column, 2.2, ['REFERENCE']);
  z.text(PADDING_MM + column + 2, y + 4.3, column, 4, [label.reference]);
  const barcodeTop = z.heightMm - PADDING_MM - 4.5 - 0.8 - 24;
  if (y + 9.5 > barcodeTop - 4) throw z.refuse('zpl.doesNotFit', label.to.join(' / '));
  z.text(PADDING_MM, barcodeTop - 3.5, inner, 2.2, ['TRACKING NUMBER'], { align: 'C' });
  z.barcode(barcodeTop, label.barcode, 24, 0.4, barsOf, 4.5, 1);
  nOfN(z, label, barcodeTop - 9);
}

/** "CARTON 3 OF 12" (LBL-5), with "RE-PRINT" on a label printed before (after a hyphen: font 0's middle dot is not sure). */
function nOfN(z: Zpl, label: LabelModel, yMm = PADDING_MM) {
  const text = `${unitLine(label)}${label.reprint ? ` - ${REPRINT_MARK}` : ''}`;
  z.text(PADDING_MM, yMm, z.widthMm - 2 * PADDING_MM, 4.5, [text], { align: 'R' });
}

const isLatin1Printable = (c: string) => {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
};

/**
 * ^FH field data: `_` and two hex digits is one byte, so ^, ~, _, \ and non-ASCII go as their
 * UTF-8 bytes (encodeURIComponent's %XX, which leaves ~ and _ alone).
 */
function escape(text: string): string {
  return [...text].map((c) => {
    if (c === '~') return '_7E';
    if (c === '_') return '_5F';
    return /[\x20-\x7e]/.test(c) && c !== '^' && c !== '\\' ? c : encodeURIComponent(c).replace(/%/g, '_');
  }).join('');
}
