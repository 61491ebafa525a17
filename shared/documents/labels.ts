// Label view-models (LBL-2…5): everything a label prints, decided here once, so that the
// React print views only lay it out. Titles are English per LBL-2; the data may be any script.
import type { Buyer } from '../domain/buyer';
import type { Parcel } from '../domain/parcel';
import type { Party, Shipment } from '../domain/shipment';
import { gtin14 } from './gs1';
import { isValidSscc } from './sscc';

export const LABEL_KINDS = ['gs1', 'main-mark', 'side-mark', 'courier'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
export const LABEL_SIZES = ['a6', 'a5', '4x6'] as const;
export type LabelSize = (typeof LABEL_SIZES)[number];

/** Sizes each kind is laid out for (LBL-2: A6, A5 and 4×6 are usual); a courier label is 4×6 only (LBL-4). */
export const SIZES_OF: Record<LabelKind, readonly LabelSize[]> = {
  gs1: ['a6', 'a5', '4x6'], 'main-mark': ['a6', 'a5', '4x6'], 'side-mark': ['a6', 'a5', '4x6'], courier: ['4x6'],
};

/** Page size in millimetres: A6 105×148, A5 148×210, 4×6 in 101.6×152.4, A4 sheet 210×297. */
export const PAGE_MM = {
  a6: { width: 105, height: 148 }, a5: { width: 148, height: 210 }, '4x6': { width: 101.6, height: 152.4 }, a4: { width: 210, height: 297 },
} as const;

/**
 * A barcode to draw. `text` is what bwip-js encodes (GS1 AIs in parentheses); `decoded` is
 * what a scanner reports for it (no parentheses, FNC1 separators as ASCII 29).
 */
export interface BarcodeSpec { symbology: 'gs1-128' | 'code128'; text: string; decoded: string; humanReadable: string }
/** A linear symbol's bars as its encoder gives them, in modules from its left edge (quiet zones not included). */
export interface SymbolBars { modules: number; bars: readonly { x: number; width: number }[] }

export interface LabelField { title: string; value: string }

interface LabelBase {
  parcelId: string; seq: number; count: number; nOfN: string;
  /** The word before "n of N" (LBL-5): CARTON, PALLET, or PARCEL on a courier label. */
  unit: 'CARTON' | 'PALLET' | 'PARCEL';
  /** On the second of a pallet's two GS1 labels (LBL-2: one on each of two adjacent sides). */
  copy?: 2;
  /** The parcel's label was printed before: this one says it is a re-print. */
  reprint: boolean;
}

export interface Gs1LabelModel extends LabelBase {
  kind: 'gs1';
  from: string[];
  to: string[];
  fields: LabelField[];
  /** Top to bottom; the SSCC barcode is always last (lowest). */
  barcodes: BarcodeSpec[];
}
export interface MarkLabelModel extends LabelBase { kind: 'main-mark' | 'side-mark'; lines: LabelField[] }
export interface CourierLabelModel extends LabelBase {
  kind: 'courier';
  service: string;
  from: string[];
  to: string[];
  postcode: string;
  weight: string;
  reference: string;
  barcode: BarcodeSpec;
}
export type LabelModel = Gs1LabelModel | MarkLabelModel | CourierLabelModel;

/** Why a label cannot be printed; `code` is an i18n key of the `labels` namespace. */
export class LabelError extends Error {
  constructor(readonly code: string, readonly parcelId: string, detail: string) {
    super(`${code}: parcel ${parcelId}: ${detail}`);
    this.name = 'LabelError';
  }
}

export interface LabelInput {
  parcel: Parcel;
  shipment: Shipment;
  buyer: Buyer | null;
}

const GS = String.fromCharCode(29);
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });

export function partyLines(party: Party): string[] {
  const a = party.address;
  return [
    party.name, a.line1, a.line2,
    [a.postalCode, a.city, a.region].filter(Boolean).join(' '),
    regionName.of(a.country) ?? a.country,
  ].filter((line) => line.trim() !== '');
}

/** The "n of N" of LBL-5, e.g. "3 of 12". */
export const nOfN = (p: Pick<Parcel, 'seq' | 'count'>) => `${p.seq} of ${p.count}`;

/** What a label says about which parcel it is (LBL-5), e.g. "CARTON 3 OF 12". */
export const unitLine = (label: Pick<LabelModel, 'unit' | 'nOfN'>) => `${label.unit} ${label.nOfN.toUpperCase()}`;
/** Said after that line on the label of a parcel whose label was printed before. */
export const REPRINT_MARK = 'RE-PRINT';

/** What every label of `parcel` says about which parcel it is. */
const labelBase = (parcel: Parcel, unit: LabelBase['unit'] = parcel.kind === 'pallet' ? 'PALLET' : 'CARTON'): LabelBase =>
  ({ parcelId: parcel.id, seq: parcel.seq, count: parcel.count, nOfN: nOfN(parcel), unit, reprint: parcel.labelPrinted });

const totalQuantity = (p: Parcel) => p.contents.reduce((n, c) => n + c.quantity, 0);

export function sscc128(sscc: string): BarcodeSpec {
  return { symbology: 'gs1-128', text: `(00)${sscc}`, decoded: `00${sscc}`, humanReadable: `(00) ${sscc}` };
}

/**
 * Optional content data (LBL-2): (02) GTIN of the contained items and (37) their count — only
 * when the carton holds one GTIN — and (400) the customer's order number. (37) and (400) are
 * variable length, so a separator follows (37) when (400) comes after it.
 */
export function contentBarcode(parcel: Parcel, poNumber: string): BarcodeSpec | null {
  const gtins = new Set(parcel.contents.map((c) => c.gtin));
  const single = gtins.size === 1 && !gtins.has('') ? gtin14([...gtins][0]) : null;
  const ais: [string, string][] = [];
  if (single) ais.push(['02', single], ['37', String(totalQuantity(parcel))]);
  if (poNumber) ais.push(['400', poNumber]);
  if (ais.length === 0) return null;
  const text = ais.map(([ai, v]) => `(${ai})${v}`).join('');
  const decoded = ais.map(([ai, v], i) => `${ai}${v}${ai !== '02' && i < ais.length - 1 ? GS : ''}`).join('');
  return { symbology: 'gs1-128', text, decoded, humanReadable: ais.map(([ai, v]) => `(${ai}) ${v}`).join(' ') };
}

export function gs1Label({ parcel, shipment }: LabelInput): Gs1LabelModel {
  if (!isValidSscc(parcel.sscc)) throw new LabelError('errors.noSscc', parcel.id, 'a GS1 logistic label needs a valid SSCC');
  const content = contentBarcode(parcel, shipment.poNumber);
  const gtins = new Set(parcel.contents.map((c) => c.gtin));
  const fields: LabelField[] = [{ title: 'SSCC', value: parcel.sscc }];
  if (gtins.size === 1 && !gtins.has('')) fields.push({ title: 'CONTENT', value: gtin14([...gtins][0]) }, { title: 'COUNT', value: String(totalQuantity(parcel)) });
  if (shipment.poNumber) fields.push({ title: 'ORDER NUMBER', value: shipment.poNumber });
  const base = labelBase(parcel);
  fields.push({ title: base.unit, value: base.nOfN });
  return {
    kind: 'gs1', ...base,
    from: partyLines(shipment.shipper), to: partyLines(shipment.consignee), fields,
    barcodes: [...(content ? [content] : []), sscc128(parcel.sscc)],
  };
}

/** Main mark (LBL-3): buyer mark, destination port, PO number, "C/NO. n/N", "MADE IN …". */
export function mainMark({ parcel, shipment, buyer }: LabelInput): MarkLabelModel {
  const mark = buyer?.buyerMark || buyer?.company || shipment.consignee.name;
  return {
    kind: 'main-mark', ...labelBase(parcel),
    lines: [
      { title: '', value: mark },
      { title: 'PORT', value: shipment.destinationPort },
      { title: 'PO NO.', value: shipment.poNumber },
      { title: 'C/NO.', value: `${parcel.seq}/${parcel.count}` },
      { title: '', value: `MADE IN ${(regionName.of(shipment.originCountry) ?? shipment.originCountry).toUpperCase()}` },
    ].filter((l) => l.value !== ''),
  };
}

/** Side mark (LBL-3): item number, pieces, net and gross weight, dimensions. */
export function sideMark({ parcel }: LabelInput): MarkLabelModel {
  return {
    kind: 'side-mark', ...labelBase(parcel),
    lines: [
      { title: 'ITEM NO.', value: parcel.contents.map((c) => c.sku).join(', ') },
      { title: 'QTY', value: parcel.contents.map((c) => `${c.quantity} PCS`).join(' + ') },
      { title: 'N.W.', value: `${parcel.netWeightKg} KG` },
      { title: 'G.W.', value: `${parcel.grossWeightKg} KG` },
      { title: 'MEAS.', value: `${parcel.lengthCm} × ${parcel.widthCm} × ${parcel.heightCm} CM` },
      { title: 'C/NO.', value: `${parcel.seq}/${parcel.count}` },
    ],
  };
}

/** Courier label (LBL-4): one per parcel, its own tracking number as text and Code 128. */
export function courierLabel({ parcel, shipment }: LabelInput): CourierLabelModel {
  if (!parcel.trackingNumber) throw new LabelError('errors.noTracking', parcel.id, 'a courier label needs the parcel\'s tracking number');
  return {
    kind: 'courier', ...labelBase(parcel, 'PARCEL'),
    service: [shipment.carrier, shipment.service].filter(Boolean).join(' ').toUpperCase(),
    from: partyLines(shipment.shipper), to: partyLines(shipment.consignee),
    postcode: shipment.consignee.address.postalCode,
    weight: `${parcel.grossWeightKg} KG`,
    reference: shipment.reference || shipment.poNumber,
    barcode: { symbology: 'code128', text: parcel.trackingNumber, decoded: parcel.trackingNumber, humanReadable: parcel.trackingNumber },
  };
}

const BUILDERS: Record<LabelKind, (input: LabelInput) => LabelModel> = {
  gs1: gs1Label, 'main-mark': mainMark, 'side-mark': sideMark, courier: courierLabel,
};

/**
 * Labels for `inputs` in the given order: one per parcel, two in a row for a pallet's GS1 label
 * (LBL-2). Refuses (throws) rather than print a partial set, and never lets one parcel's data
 * reach another's label (LBL-5).
 */
export function buildLabels(kind: LabelKind, inputs: readonly LabelInput[]): LabelModel[] {
  return inputs.flatMap((input) => {
    if (input.parcel.deleted) throw new LabelError('errors.deleted', input.parcel.id, 'the parcel was deleted');
    if (input.parcel.shipmentId !== input.shipment.id) {
      throw new LabelError('errors.wrongShipment', input.parcel.id, `parcel belongs to shipment ${input.parcel.shipmentId}, not ${input.shipment.id}`);
    }
    const label = BUILDERS[kind](input);
    return labelCopies(kind, input.parcel) === 2 ? [label, { ...label, copy: 2 as const }] : [label];
  });
}

/** How many labels of `kind` a parcel gets: a pallet two GS1 labels, for two adjacent sides (LBL-2). */
export const labelCopies = (kind: LabelKind, parcel: Pick<Parcel, 'kind'>): 1 | 2 => (kind === 'gs1' && parcel.kind === 'pallet' ? 2 : 1);

/** A label's key in a print: its parcel's id, and which of a pallet's two labels it is. */
export const labelKey = (label: Pick<LabelBase, 'parcelId' | 'copy'>) => (label.copy ? `${label.parcelId}/${label.copy}` : label.parcelId);
