// One component per label layout. Each draws a view-model from shared/documents/labels on a
// page of the given size; measurements are in mm so that screen, paper and PDF agree.
import type { CSSProperties } from 'react';
import type { CourierLabelModel, Gs1LabelModel, LabelModel, LabelSize, MarkLabelModel } from '../../../shared/documents/labels';
import { PAGE_MM, REPRINT_MARK, unitLine } from '../../../shared/documents/labels';
import { Barcode } from './Barcode';

const PADDING_MM = 4;
const innerWidth = (size: LabelSize) => PAGE_MM[size].width - 2 * PADDING_MM;

/** The name in bold, then the address lines as one text (`white-space: pre-line`): fewer boxes to lay out on every label. */
function Address({ title, lines }: { title: string; lines: string[] }) {
  const [name, ...rest] = lines;
  return (
    <div className="label-address">
      <div className="label-title">{title}</div>
      <div className="label-strong">{name}</div>
      {rest.length > 0 && <div className="label-lines">{rest.join('\n')}</div>}
    </div>
  );
}

/** A titled value; the title is drawn from `data-title` (labels.css): one box per field on every label instead of three. */
function Field({ title, value }: { title: string; value: string }) {
  return <div className="label-field" data-title={title}>{value}</div>;
}

/** "CARTON 3 OF 12" (LBL-5), on every label; a label printed before says it is a re-print. */
function Footer({ label }: { label: LabelModel }) {
  return (
    <div className="label-n-of-n" data-n-of-n={label.nOfN}>
      {unitLine(label)}{label.reprint && <span className="label-reprint" data-reprint="true">{` · ${REPRINT_MARK}`}</span>}
    </div>
  );
}

function Gs1Label({ label, size }: { label: Gs1LabelModel; size: LabelSize }) {
  const width = innerWidth(size);
  return (
    <>
      <div className="label-block label-parties">
        <Address title="FROM" lines={label.from} />
        <Address title="TO" lines={label.to} />
      </div>
      <div className="label-block label-fields">
        {label.fields.map((f) => <Field key={f.title} title={f.title} value={f.value} />)}
      </div>
      <div className="label-block label-barcodes">
        {label.barcodes.map((b, i) => (
          // The SSCC (last) is the tallest symbol; content data above it is shorter, its text may wrap.
          <Barcode key={b.text} spec={b} heightMm={i === label.barcodes.length - 1 ? 27 : 16} maxWidthMm={width - 6} hriMm={i === label.barcodes.length - 1 ? 4.5 : 3.6} />
        ))}
      </div>
    </>
  );
}

function MarkLabel({ label }: { label: MarkLabelModel }) {
  return (
    <div className={`label-mark label-${label.kind}`}>
      {label.lines.map((line, i) => (
        <div key={i} className="label-mark-line">
          {line.title && <span className="label-mark-title">{line.title} </span>}
          <span className="label-mark-value">{line.value}</span>
        </div>
      ))}
    </div>
  );
}

function CourierLabel({ label, size }: { label: CourierLabelModel; size: LabelSize }) {
  return (
    <>
      <div className="label-service">{label.service}</div>
      <div className="label-block label-parties">
        <Address title="FROM" lines={label.from} />
      </div>
      <div className="label-block">
        <Address title="TO" lines={label.to} />
        <div className="label-postcode">{label.postcode}</div>
      </div>
      <div className="label-block label-fields">
        <Field title="WEIGHT" value={label.weight} />
        <Field title="REFERENCE" value={label.reference} />
      </div>
      <div className="label-block label-barcodes">
        <div className="label-title">TRACKING NUMBER</div>
        <Barcode spec={label.barcode} heightMm={24} maxWidthMm={innerWidth(size) - 6} moduleMm={0.4} />
      </div>
    </>
  );
}

/**
 * An A5 label is the A6 layout enlarged (ISO 216 sizes are √2 apart; at 148/105 it fills the
 * width and 208.6 of the 210 mm height): bars, text and margins all grow alike, barcode modules
 * to 0.7 mm, within the GS1 logistic label's 0.495–0.94 mm.
 */
const A5_ZOOM = PAGE_MM.a5.width / PAGE_MM.a6.width;

export function LabelView({ label, size }: { label: LabelModel; size: LabelSize }) {
  if (size === 'a5') return <div style={{ zoom: A5_ZOOM }}><LabelView label={label} size="a6" /></div>;
  const { width, height } = PAGE_MM[size];
  return (
    <div className={`label label-kind-${label.kind}`} data-parcel-id={label.parcelId} style={{ width: `${width}mm`, height: `${height}mm`, '--label-padding': `${PADDING_MM}mm` } as CSSProperties}>
      {label.kind === 'gs1' && <><Footer label={label} /><Gs1Label label={label} size={size} /></>}
      {(label.kind === 'main-mark' || label.kind === 'side-mark') && <MarkLabel label={label} />}
      {label.kind === 'courier' && <CourierLabel label={label} size={size} />}
      {label.kind !== 'gs1' && <Footer label={label} />}
    </div>
  );
}
