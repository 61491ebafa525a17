// Incoterms® 2020 and transport modes, defined once (DOMAIN-FACTS "Incoterms® 2020").
// Quotations, orders and the customs checklist all import these; the term/mode advice
// (INC-2, INC-5, INC-8) lives here so a quote warns exactly as the checklist does.
import { z } from 'zod';

export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** Terms for sea and inland waterway transport only. */
export const SEA_TERMS: readonly Incoterm[] = ['FAS', 'FOB', 'CFR', 'CIF'];

export const TRANSPORT_MODES = ['sea-fcl', 'sea-lcl', 'air', 'express', 'rail', 'road'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const SEA_MODES: readonly TransportMode[] = ['sea-fcl', 'sea-lcl'];
/** Modes that fly: express couriers move parcels by air, so air rules apply to them too. */
export const AIR_MODES: readonly TransportMode[] = ['air', 'express'];

export const incoterm = z.enum(INCOTERMS, { message: 'validation.choice' });
export const transportMode = z.enum(TRANSPORT_MODES, { message: 'validation.choice' });

export const INCOTERMS_EDITION = 'Incoterms® 2020';

export const isSeaTerm = (term: Incoterm) => SEA_TERMS.includes(term);
export const isSeaMode = (mode: TransportMode) => SEA_MODES.includes(mode);
export const isAirMode = (mode: TransportMode) => AIR_MODES.includes(mode);

/** The seller pays the main carriage (C and D terms). */
export const sellerPaysCarriage = (term: Incoterm) => ['CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'CFR', 'CIF'].includes(term);

/** INC-1: "FOB Ningbo Incoterms® 2020". */
export function formatIncotermLine(term: Incoterm, namedPlace: string): string {
  return `${term} ${namedPlace.trim()} ${INCOTERMS_EDITION}`;
}

/**
 * INC-8: a sea term with a mode that is not sea. DOMAIN-FACTS names air, express and rail;
 * road is included too because the term table limits sea terms to sea/inland water.
 */
export const seaTermOffSea = (term: Incoterm, mode: TransportMode) => isSeaTerm(term) && !isSeaMode(mode);

/** INC-2: a sea term for containerised goods (FCL and LCL both travel in containers). */
export const seaTermInContainer = (term: Incoterm, mode: TransportMode) => isSeaTerm(term) && isSeaMode(mode);

/** INC-5: EXW on an export leaves export clearance to the buyer. */
export const exwOnExport = (term: Incoterm) => term === 'EXW';

export type IncotermAdvice = { factId: 'INC-2' | 'INC-5' | 'INC-8'; severity: 'block' | 'warn'; key: string };

/** The term/mode advice for a quote or order; `mode` may still be unknown on a draft quote. */
export function incotermAdvice(term: Incoterm, mode: TransportMode | null): IncotermAdvice[] {
  const advice: IncotermAdvice[] = [];
  if (mode && seaTermOffSea(term, mode)) advice.push({ factId: 'INC-8', severity: 'block', key: 'validation.incotermMode' });
  if (mode && seaTermInContainer(term, mode)) advice.push({ factId: 'INC-2', severity: 'warn', key: 'validation.incotermContainer' });
  if (exwOnExport(term)) advice.push({ factId: 'INC-5', severity: 'warn', key: 'validation.incotermExw' });
  return advice;
}
