// A barcode encoded by bwip-js, drawn as SVG at a physical size: the viewBox (one unit per
// module) is stretched to the box. Bars get a white background and the quiet zones come from
// the space around the symbol; the human-readable line is HTML text (real, searchable text in
// the PDF), at least 3 mm high per LBL-2.
import type { BarcodeSpec } from '../../../shared/documents/labels';
import { drawnBarcode } from './barcodes';

interface Props {
  spec: BarcodeSpec;
  /** Bar height in mm. */
  heightMm: number;
  /** Widest the bars may be, in mm; the module width is the smaller of this share and `moduleMm`. */
  maxWidthMm: number;
  /** Preferred module (X) width in mm; GS1 logistic labels use 0.495–0.94 mm. */
  moduleMm?: number;
  hriMm?: number;
}

const PX_PER_MM = 96 / 25.4;
/** Font sizes sit on quarter pixels, as in labels.css (there, with CSS `round()`; here it works in any browser). */
const onQuarterPixels = (mm: number) => Math.round(mm * PX_PER_MM * 4) / 4;

export function Barcode({ spec, heightMm, maxWidthMm, moduleMm = 0.5, hriMm = 4.5 }: Props) {
  const { modules, d } = drawnBarcode(spec);
  const width = Math.min(maxWidthMm, modules * moduleMm);
  return (
    <div className="barcode" data-barcode={spec.decoded}>
      <svg className="barcode-bars" viewBox={`0 0 ${modules} 1`} preserveAspectRatio="none" style={{ width: `${width}mm`, height: `${heightMm}mm` }}>
        <path d={d} />
      </svg>
      <div className="barcode-hri" style={{ fontSize: `${onQuarterPixels(hriMm)}px` }}>{spec.humanReadable}</div>
    </div>
  );
}
