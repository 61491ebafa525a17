// Carton generator: packs order lines into cartons from the products' packaging. Full cartons
// first, then one last partial carton per line — or, on demand, the partial remainders of
// several lines share mixed cartons. Weights and sizes are decimal strings (never floats).
import Decimal from 'decimal.js';
import { dec } from '../money/decimal';
import type { ParcelContent } from '../domain/parcel';

/** What the generator needs from an order line and its product's packaging. */
export interface PackingLine {
  orderLineId: string;
  productId: string;
  sku: string;
  gtin?: string;
  quantity: number;
  unitsPerCarton: number;
  /** Per full carton. */
  netWeightKg: string;
  grossWeightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
}

export interface CartonDraft {
  seq: number;
  count: number;
  contents: ParcelContent[];
  mixed: boolean;
  netWeightKg: string;
  grossWeightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
}

export interface CartonOptions {
  /** Pack the partial remainders of different lines together instead of one partial carton each. */
  mixPartials?: boolean;
}

export class CartonError extends Error {
  constructor(readonly code: string, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'CartonError';
  }
}

type Packed = Omit<CartonDraft, 'seq' | 'count'>;
interface Part { line: PackingLine; quantity: number; fill: Decimal }

const content = (line: PackingLine, quantity: number): ParcelContent => ({
  orderLineId: line.orderLineId, productId: line.productId, sku: line.sku, quantity, gtin: line.gtin ?? '',
});

const volume = (l: PackingLine) => dec(l.lengthCm).times(l.widthCm).times(l.heightCm);

/** A carton holding `parts`: net weight pro rata per unit, plus the empty-carton weight (gross − net) of the box used. */
function carton(parts: Part[]): Packed {
  const box = parts.reduce((a, b) => (volume(b.line).greaterThan(volume(a.line)) ? b : a)).line;
  const net = parts.reduce((sum, p) => sum.plus(dec(p.line.netWeightKg).times(p.quantity).div(p.line.unitsPerCarton)), dec(0));
  const tare = dec(box.grossWeightKg).minus(box.netWeightKg);
  return {
    contents: parts.map((p) => content(p.line, p.quantity)),
    mixed: parts.length > 1,
    netWeightKg: net.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(),
    grossWeightKg: net.plus(tare).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(),
    lengthCm: box.lengthCm, widthCm: box.widthCm, heightCm: box.heightCm,
  };
}

function checkLine(line: PackingLine): void {
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    throw new CartonError('cartons.quantity', `line ${line.sku}: quantity must be a whole number ≥ 1, got ${line.quantity}`);
  }
  if (!Number.isInteger(line.unitsPerCarton) || line.unitsPerCarton < 1) {
    throw new CartonError('cartons.unitsPerCarton', `line ${line.sku}: units per carton must be a whole number ≥ 1, got ${line.unitsPerCarton}`);
  }
}

/** Cartons for `lines`, numbered 1…N in line order (mixed cartons last). */
export function generateCartons(lines: readonly PackingLine[], options: CartonOptions = {}): CartonDraft[] {
  if (lines.length === 0) throw new CartonError('cartons.noLines', 'nothing to pack: no order lines');
  lines.forEach(checkLine);
  const packed: Packed[] = [];
  const remainders: Part[] = [];
  for (const line of lines) {
    const full = Math.floor(line.quantity / line.unitsPerCarton);
    for (let i = 0; i < full; i++) packed.push(carton([{ line, quantity: line.unitsPerCarton, fill: dec(1) }]));
    const rest = line.quantity % line.unitsPerCarton;
    if (rest > 0) {
      const part = { line, quantity: rest, fill: dec(rest).div(line.unitsPerCarton) };
      if (options.mixPartials) remainders.push(part);
      else packed.push(carton([part]));
    }
  }
  // First-fit decreasing on the fraction of its own carton each remainder fills.
  const bins: Part[][] = [];
  for (const part of [...remainders].sort((a, b) => b.fill.comparedTo(a.fill))) {
    const bin = bins.find((b) => b.reduce((s, p) => s.plus(p.fill), dec(0)).plus(part.fill).lessThanOrEqualTo(1));
    if (bin) bin.push(part);
    else bins.push([part]);
  }
  for (const bin of bins) packed.push(carton(bin));
  return packed.map((c, i) => ({ ...c, seq: i + 1, count: packed.length }));
}
