// Consolidation planner: total CBM and gross weight of the parcels, and the container that
// fits (CTR-1), or LCL below a configurable volume. Warns past the payload or beyond the
// volume that is usable in practice (≈ 90 %).
import Decimal from 'decimal.js';
import { dec } from '../money/decimal';

export const CONTAINERS = [
  { type: '20GP', label: "20' GP", volumeM3: '33', payloadKg: '28000' },
  { type: '40GP', label: "40' GP", volumeM3: '67', payloadKg: '26000' },
  { type: '40HC', label: "40' HC", volumeM3: '76', payloadKg: '26000' },
] as const;
export type ContainerType = (typeof CONTAINERS)[number]['type'];

export interface CargoParcel { lengthCm: string; widthCm: string; heightCm: string; grossWeightKg: string }

export interface PlanOptions {
  /** Below this volume (m³) the cargo ships LCL. */
  lclBelowM3?: string;
  /** Share of a container's volume that can be used in practice. */
  usableShare?: string;
}

export type PlanWarning =
  | { code: 'consolidation.overPayload'; container: ContainerType; grossKg: string; payloadKg: string }
  | { code: 'consolidation.nearVolume'; container: ContainerType; cbm: string; usableM3: string }
  | { code: 'consolidation.tooBig'; cbm: string; grossKg: string };

export interface ConsolidationPlan {
  cbm: string;
  grossKg: string;
  parcels: number;
  /** 'LCL', a container type, or null when even one 40' HC cannot take it (split the shipment). */
  suggestion: 'LCL' | ContainerType | null;
  warnings: PlanWarning[];
}

const round = (d: Decimal, places: number) => d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);

export function planConsolidation(parcels: readonly CargoParcel[], options: PlanOptions = {}): ConsolidationPlan {
  const lclBelow = dec(options.lclBelowM3 ?? '15');
  const usableShare = dec(options.usableShare ?? '0.9');
  const cbmExact = parcels.reduce((s, p) => s.plus(dec(p.lengthCm).times(p.widthCm).times(p.heightCm).div(1_000_000)), dec(0));
  const kg = parcels.reduce((s, p) => s.plus(dec(p.grossWeightKg)), dec(0));
  const cbm = round(cbmExact, 3);
  const grossKg = round(kg, 3);
  const base = { cbm, grossKg, parcels: parcels.length };

  if (cbmExact.lessThan(lclBelow)) return { ...base, suggestion: 'LCL', warnings: [] };

  const usable = (c: (typeof CONTAINERS)[number]) => dec(c.volumeM3).times(usableShare);
  const fits = CONTAINERS.find((c) => cbmExact.lessThanOrEqualTo(usable(c)) && kg.lessThanOrEqualTo(c.payloadKg));
  if (fits) return { ...base, suggestion: fits.type, warnings: [] };

  // Nothing fits comfortably: take the first container whose full volume holds it and say why it is tight.
  const tight = CONTAINERS.find((c) => cbmExact.lessThanOrEqualTo(c.volumeM3));
  if (!tight) return { ...base, suggestion: null, warnings: [{ code: 'consolidation.tooBig', cbm, grossKg }] };
  const warnings: PlanWarning[] = [];
  if (cbmExact.greaterThan(usable(tight))) {
    warnings.push({ code: 'consolidation.nearVolume', container: tight.type, cbm, usableM3: round(usable(tight), 1) });
  }
  if (kg.greaterThan(tight.payloadKg)) {
    warnings.push({ code: 'consolidation.overPayload', container: tight.type, grossKg, payloadKg: tight.payloadKg });
  }
  return { ...base, suggestion: tight.type, warnings };
}
