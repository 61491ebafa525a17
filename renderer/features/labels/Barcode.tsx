// An SVG barcode from bwip-js, drawn at a physical size. Bars get a white background and
// the quiet zones come from the space around the symbol; the human-readable line is HTML
// text (real, searchable text in the PDF), at least 3 mm high per LBL-2.
import { toSVG } from 'bwip-js/browser';
import type { BarcodeSpec } from '../../../shared/documents/labels';

/** Bwip-js draws one module as 2 viewBox units at its default scale. */
const UNITS_PER_MODULE = 2;
const cache = new Map<string, { svg: string; modules: number }>();

function draw(spec: BarcodeSpec): { svg: string; modules: number } {
  const key = `${spec.symbology}|${spec.text}`;
  let hit = cache.get(key);
  if (!hit) {
    const raw = toSVG({ bcid: spec.symbology, text: spec.text, height: 10, backgroundcolor: 'FFFFFF' });
    const width = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(raw)?.[1] ?? 0);
    hit = { svg: raw.replace('<svg ', '<svg preserveAspectRatio="none" width="100%" height="100%" '), modules: width / UNITS_PER_MODULE };
    cache.set(key, hit);
  }
  return hit;
}

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

export function Barcode({ spec, heightMm, maxWidthMm, moduleMm = 0.5, hriMm = 4.5 }: Props) {
  const { svg, modules } = draw(spec);
  const width = Math.min(maxWidthMm, modules * moduleMm);
  return (
    <div className="barcode" data-barcode={spec.decoded}>
      <div className="barcode-bars" style={{ width: `${width}mm`, height: `${heightMm}mm` }} dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="barcode-hri" style={{ fontSize: `${hriMm}mm` }}>{spec.humanReadable}</div>
    </div>
  );
}
