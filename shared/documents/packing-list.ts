// The packing list (DOC-3) as a view-model: per package range its contents and quantity, net
// and gross weight, dimensions and marks; totals of packages, quantity, net, gross and CBM. It
// also owns what both export documents share: the shipping marks (the carton main mark of
// LBL-3, with the carton range) and the consistency check run before printing.
import type { Buyer } from '../domain/buyer';
import type { Parcel } from '../domain/parcel';
import type { Shipment } from '../domain/shipment';
import { add, cmp, dec, mul, roundTo } from '../money/decimal';
import { mainMark } from './labels';

export type DocumentParcel = Pick<Parcel, 'id' | 'seq' | 'count' | 'contents' | 'netWeightKg' | 'grossWeightKg' | 'lengthCm' | 'widthCm' | 'heightCm'>;
export type DocumentLine = { id: string; sku: string; description: string; quantity: number; unit: string };

export interface PackingRange {
  /** Package numbers, e.g. 1–12. */
  from: number;
  to: number;
  packages: number;
  /** Per package. */
  contents: { sku: string; description: string; quantity: number; unit: string }[];
  /** Units in the whole range. */
  quantity: number;
  netPerPackageKg: string;
  grossPerPackageKg: string;
  netKg: string;
  grossKg: string;
  dimensionsCm: string;
  cbm: string;
}

export interface PackingTotals { packages: number; quantity: number; netKg: string; grossKg: string; cbm: string }

export interface PackingListModel { marks: string[]; ranges: PackingRange[]; totals: PackingTotals }

/** m³ of one parcel, from its outer dimensions in cm. */
const cbmOf = (p: DocumentParcel) => dec(p.lengthCm).times(p.widthCm).times(p.heightCm).div(1_000_000).toFixed();

const sameKind = (a: DocumentParcel, b: DocumentParcel) =>
  a.netWeightKg === b.netWeightKg && a.grossWeightKg === b.grossWeightKg
  && a.lengthCm === b.lengthCm && a.widthCm === b.widthCm && a.heightCm === b.heightCm
  && JSON.stringify(a.contents.map((c) => [c.orderLineId, c.quantity])) === JSON.stringify(b.contents.map((c) => [c.orderLineId, c.quantity]));

/** Where the marks come from when the order has no shipment yet: the buyer and the origin. */
export interface MarksSource { buyer: Buyer | null; shipment: Shipment | null; originCountry: string }

/**
 * The shipping marks the documents print: the carton main mark (labels.ts, LBL-3) of the
 * first carton, with "C/NO." giving the whole range (1-N) instead of one carton.
 */
export function documentMarks(parcels: readonly DocumentParcel[], source: MarksSource): string[] {
  const first = [...parcels].sort((a, b) => a.seq - b.seq)[0];
  if (!first) return [];
  const shipment = source.shipment ?? ({
    destinationPort: '', poNumber: '', originCountry: source.originCountry,
    consignee: { name: source.buyer?.company ?? '' },
  } as unknown as Shipment);
  return mainMark({ parcel: first as Parcel, shipment, buyer: source.buyer }).lines
    .map((l) => (l.title === 'C/NO.' ? `C/NO. 1-${parcels.length}` : l.title ? `${l.title} ${l.value}` : l.value));
}

export function packingList(lines: readonly DocumentLine[], parcels: readonly DocumentParcel[], marks: string[]): PackingListModel {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const sorted = [...parcels].sort((a, b) => a.seq - b.seq);
  const groups: DocumentParcel[][] = [];
  for (const parcel of sorted) {
    const last = groups.at(-1);
    if (last && sameKind(last[0], parcel) && last.at(-1)!.seq + 1 === parcel.seq) last.push(parcel);
    else groups.push([parcel]);
  }
  const ranges = groups.map((group): PackingRange => {
    const p = group[0];
    const n = group.length;
    return {
      from: p.seq, to: group.at(-1)!.seq, packages: n,
      contents: p.contents.map((c) => {
        const line = byId.get(c.orderLineId);
        return { sku: c.sku, description: line?.description ?? '', quantity: c.quantity, unit: line?.unit ?? '' };
      }),
      quantity: n * p.contents.reduce((s, c) => s + c.quantity, 0),
      netPerPackageKg: p.netWeightKg, grossPerPackageKg: p.grossWeightKg,
      netKg: mul(p.netWeightKg, n), grossKg: mul(p.grossWeightKg, n),
      dimensionsCm: `${p.lengthCm} × ${p.widthCm} × ${p.heightCm}`,
      cbm: roundTo(mul(cbmOf(p), n), 3),
    };
  });
  return { marks, ranges, totals: packingTotals(sorted) };
}

/** Totals straight from the parcels (not from the rounded ranges). */
export function packingTotals(parcels: readonly DocumentParcel[]): PackingTotals {
  return {
    packages: parcels.length,
    quantity: parcels.reduce((s, p) => s + p.contents.reduce((t, c) => t + c.quantity, 0), 0),
    netKg: add(...parcels.map((p) => p.netWeightKg)),
    grossKg: add(...parcels.map((p) => p.grossWeightKg)),
    cbm: roundTo(add(...parcels.map(cbmOf)), 3),
  };
}

/** What differs between the invoice, the packing list and the parcels. `key` is an i18n key of the `documents` namespace. */
export type Difference =
  | { key: 'diff.noParcels' }
  | { key: 'diff.quantity'; sku: string; invoiced: number; packed: number }
  | { key: 'diff.unknownLine'; sku: string; packed: number }
  | { key: 'diff.grossBelowNet'; seq: number; net: string; gross: string }
  | { key: 'diff.cartonCount'; seq: number; stated: number; actual: number }
  | { key: 'diff.cartonNumbers'; expected: string; actual: string };

/**
 * The check before printing: invoice quantities against the packed quantities per line,
 * gross ≥ net per parcel, and each parcel's "of N" and numbering against the parcels there are.
 */
export function checkDocuments(lines: readonly DocumentLine[], parcels: readonly DocumentParcel[]): Difference[] {
  if (parcels.length === 0) return [{ key: 'diff.noParcels' }];
  const out: Difference[] = [];
  const packed = new Map<string, number>();
  for (const p of parcels) for (const c of p.contents) packed.set(c.orderLineId, (packed.get(c.orderLineId) ?? 0) + c.quantity);
  for (const line of lines) {
    const n = packed.get(line.id) ?? 0;
    if (n !== line.quantity) out.push({ key: 'diff.quantity', sku: line.sku, invoiced: line.quantity, packed: n });
    packed.delete(line.id);
  }
  for (const [lineId, n] of packed) {
    const sku = parcels.flatMap((p) => p.contents).find((c) => c.orderLineId === lineId)?.sku ?? lineId;
    out.push({ key: 'diff.unknownLine', sku, packed: n });
  }
  const sorted = [...parcels].sort((a, b) => a.seq - b.seq);
  for (const p of sorted) {
    if (cmp(p.grossWeightKg, p.netWeightKg) < 0) out.push({ key: 'diff.grossBelowNet', seq: p.seq, net: p.netWeightKg, gross: p.grossWeightKg });
    if (p.count !== parcels.length) out.push({ key: 'diff.cartonCount', seq: p.seq, stated: p.count, actual: parcels.length });
  }
  const numbers = sorted.map((p) => p.seq).join(',');
  const expected = sorted.map((_, i) => i + 1).join(',');
  if (numbers !== expected) out.push({ key: 'diff.cartonNumbers', expected, actual: numbers });
  return out;
}
