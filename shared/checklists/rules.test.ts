// Table-driven rule tests: each fact set asserts the exact set of rule ids it produces.
import { describe, expect, it } from 'vitest';
import { buildChecklist, type ChecklistOptions } from './engine';
import { shipmentFacts, type ShipmentFactsInput } from './facts';
import { INCOTERMS, TRANSPORT_MODES } from '../domain/incoterms';

/** A plain shipment between two countries without national rules: Vietnam to Thailand by road. */
const BASE: ShipmentFactsInput = {
  incoterm: 'FCA', mode: 'road', originCountry: 'VN', destinationCountry: 'TH',
  plannedDeparture: '2026-06-15', namedPlace: 'Hanoi',
};
/** Items every shipment gets. */
const ALWAYS = ['invoice-packing-list', 'invoice-fields', 'packing-list-fields', 'carton-n-of-n'];

const battery = (more: object = {}) => ({ hsCode: '85076000', containsLithium: true, lithiumType: 'ion' as const, ...more });

type Case = { name: string; facts: Partial<ShipmentFactsInput>; options?: ChecklistOptions; expected: string[] };

const CASES: Case[] = [
  // every term (with a mode it fits, unless the case is about a misfit)
  { name: 'EXW by sea FCL', facts: { incoterm: 'EXW', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'exw-export-clearance'] },
  { name: 'FCA by air', facts: { incoterm: 'FCA', mode: 'air' }, expected: ['air-waybill'] },
  { name: 'CPT by rail', facts: { incoterm: 'CPT', mode: 'rail' }, expected: [] },
  { name: 'CIP by air: insurance clauses (A)', facts: { incoterm: 'CIP', mode: 'air' }, expected: ['air-waybill', 'insurance-cip'] },
  { name: 'DAP by road', facts: { incoterm: 'DAP', mode: 'road' }, expected: [] },
  { name: 'DPU by road', facts: { incoterm: 'DPU' }, expected: ['dpu-unloading'] },
  { name: 'DDP by express', facts: { incoterm: 'DDP', mode: 'express' }, expected: ['courier-invoice', 'courier-labels', 'ddp-importer-identity'] },
  { name: 'FAS by sea LCL', facts: { incoterm: 'FAS', mode: 'sea-lcl' }, expected: ['bill-of-lading-lcl', 'container-sea-term'] },
  { name: 'FOB by sea FCL', facts: { incoterm: 'FOB', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'container-sea-term'] },
  { name: 'CFR by sea FCL', facts: { incoterm: 'CFR', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'container-sea-term'] },
  { name: 'CIF by sea FCL: insurance clauses (C)', facts: { incoterm: 'CIF', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'insurance-cif', 'container-sea-term'] },
  // sea terms off the sea (INC-8)
  { name: 'CFR by air blocks', facts: { incoterm: 'CFR', mode: 'air' }, expected: ['air-waybill', 'sea-term-mode'] },
  { name: 'FOB by express blocks', facts: { incoterm: 'FOB', mode: 'express' }, expected: ['courier-invoice', 'courier-labels', 'sea-term-mode'] },
  { name: 'CIF by rail blocks', facts: { incoterm: 'CIF', mode: 'rail' }, expected: ['insurance-cif', 'sea-term-mode'] },
  { name: 'FAS by road blocks', facts: { incoterm: 'FAS', mode: 'road' }, expected: ['sea-term-mode'] },
  { name: 'no named place', facts: { namedPlace: undefined }, expected: ['named-place'] },
  { name: 'blank named place', facts: { namedPlace: '  ' }, expected: ['named-place'] },
  // batteries
  {
    name: 'Li-ion alone by air from China to Germany',
    facts: { originCountry: 'CN', destinationCountry: 'DE', mode: 'air', goods: [battery({ hsCode: '850760' })] },
    expected: ['air-waybill', 'cn-export-declaration', 'hs-national-code', 'eu-ics2', 'lithium-air', 'cn-vat-refund', 'lithium-sds'],
  },
  { name: 'Li-ion in equipment by air (UN3481)', facts: { mode: 'air', goods: [battery({ packedWithEquipment: true })] }, expected: ['air-waybill', 'lithium-sds'] },
  { name: 'Li-metal alone by express (UN3090)', facts: { mode: 'express', goods: [battery({ lithiumType: 'metal' })] }, expected: ['courier-invoice', 'courier-labels', 'lithium-sds'] },
  { name: 'lithium of unstated type by air counts as Li-ion', facts: { mode: 'air', goods: [battery({ lithiumType: undefined })] }, expected: ['air-waybill', 'lithium-air', 'lithium-sds'] },
  { name: 'batteries by sea LCL', facts: { mode: 'sea-lcl', goods: [battery({ lithiumType: 'metal', packedWithEquipment: true })] }, expected: ['bill-of-lading-lcl', 'lithium-sea', 'lithium-sds'] },
  { name: 'batteries by rail', facts: { mode: 'rail', goods: [battery()] }, expected: ['lithium-sds'] },
  {
    name: 'CIF batteries and wood from China to the US by sea',
    facts: {
      incoterm: 'CIF', mode: 'sea-fcl', originCountry: 'CN', destinationCountry: 'US', namedPlace: 'Los Angeles',
      goods: [battery({ hsCode: '8507600020', woodPackaging: true })],
    },
    expected: ['bill-of-lading-fcl', 'insurance-cif', 'cn-export-declaration', 'cn-declaration-freight', 'cn-declaration-insurance',
      'us-isf', 'container-sea-term', 'lithium-sea', 'cn-vat-refund', 'lithium-sds', 'wood-ispm15'],
  },
  // packaging, food, kitchenware
  { name: 'wood packaging, any destination', facts: { goods: [{ hsCode: '940360', woodPackaging: true }] }, expected: ['wood-ispm15'] },
  {
    name: 'food to the US by air, 6-digit HS',
    facts: { destinationCountry: 'US', mode: 'air', goods: [{ hsCode: '210690', food: true }] },
    expected: ['air-waybill', 'hs-national-code', 'us-fda-prior-notice'],
  },
  {
    name: 'food to the US by sea, 10-digit HS',
    facts: { destinationCountry: 'US', mode: 'sea-fcl', goods: [{ hsCode: '2106909998', food: true }] },
    expected: ['bill-of-lading-fcl', 'us-isf', 'us-fda-prior-notice'],
  },
  { name: 'non-food to the US by air', facts: { destinationCountry: 'US', mode: 'air', goods: [{ hsCode: '9403600000' }] }, expected: ['air-waybill'] },
  {
    name: 'kitchenware to Japan',
    facts: { destinationCountry: 'JP', mode: 'sea-lcl', goods: [{ hsCode: '732393000', kitchenware: true }] },
    expected: ['bill-of-lading-lcl', 'jp-food-sanitation'],
  },
  {
    name: 'kitchenware to Japan, verify rule switched off',
    facts: { destinationCountry: 'JP', mode: 'sea-lcl', goods: [{ hsCode: '732393000', kitchenware: true }] },
    options: { disabledRules: ['jp-food-sanitation'] },
    expected: ['bill-of-lading-lcl'],
  },
  { name: 'kitchenware to Korea', facts: { destinationCountry: 'KR', goods: [{ hsCode: '732393', kitchenware: true }] }, expected: [] },
  // Australia's stink bug season, 1 September to 30 April
  { name: 'Australia in season (October)', facts: { destinationCountry: 'AU', plannedDeparture: '2026-10-01' }, expected: ['au-bmsb-season'] },
  { name: 'Australia, first day of season', facts: { destinationCountry: 'AU', plannedDeparture: '2026-09-01' }, expected: ['au-bmsb-season'] },
  { name: 'Australia, last day of season', facts: { destinationCountry: 'AU', plannedDeparture: '2027-04-30' }, expected: ['au-bmsb-season'] },
  { name: 'Australia out of season (1 May)', facts: { destinationCountry: 'AU', plannedDeparture: '2027-05-01' }, expected: [] },
  { name: 'Australia out of season (31 August)', facts: { destinationCountry: 'AU', plannedDeparture: '2026-08-31' }, expected: [] },
  { name: 'Australia in season, switched off', facts: { destinationCountry: 'AU', plannedDeparture: '2026-12-01' }, options: { disabledRules: ['au-bmsb-season'] }, expected: [] },
  // Korea
  {
    name: 'Korean export accepted 40 days before departure',
    facts: { originCountry: 'KR', mode: 'sea-fcl', exportDeclarationAcceptedAt: '2026-11-01', plannedDeparture: '2026-12-11' },
    expected: ['bill-of-lading-fcl', 'kr-export-declaration', 'kr-loading-window', 'kr-zero-rating'],
  },
  {
    name: 'Korean export accepted exactly 30 days before departure',
    facts: { originCountry: 'KR', mode: 'sea-fcl', exportDeclarationAcceptedAt: '2026-11-01', plannedDeparture: '2026-12-01' },
    expected: ['bill-of-lading-fcl', 'kr-export-declaration', 'kr-zero-rating'],
  },
  {
    name: 'Korean export within the window, but today is past its deadline',
    facts: { originCountry: 'KR', mode: 'sea-fcl', exportDeclarationAcceptedAt: '2026-11-01', plannedDeparture: '2026-11-20' },
    options: { today: '2026-12-05' },
    expected: ['bill-of-lading-fcl', 'kr-export-declaration', 'kr-loading-window', 'kr-zero-rating'],
  },
  {
    name: 'Korean RCEP export by air',
    facts: { originCountry: 'KR', mode: 'air', preferentialOrigin: 'RCEP' },
    expected: ['air-waybill', 'certificate-of-origin', 'kr-fta-certificate-timing', 'kr-export-declaration', 'kr-zero-rating'],
  },
  // China
  {
    name: 'Chinese trading company, CIF to Vietnam under RCEP',
    facts: { originCountry: 'CN', destinationCountry: 'VN', incoterm: 'CIF', mode: 'sea-lcl', sellerRole: 'trader', preferentialOrigin: 'RCEP' },
    expected: ['bill-of-lading-lcl', 'insurance-cif', 'certificate-of-origin', 'cn-export-declaration', 'cn-declaration-freight',
      'cn-declaration-insurance', 'container-sea-term', 'cn-vat-refund', 'cn-purchase-vat-invoice'],
  },
  {
    name: 'Chinese manufacturer, CPT to Thailand by rail',
    facts: { originCountry: 'CN', incoterm: 'CPT', mode: 'rail', sellerRole: 'manufacturer' },
    expected: ['cn-export-declaration', 'cn-declaration-freight', 'cn-vat-refund'],
  },
  {
    name: 'Chinese EXW: the buyer declares, the refund papers still matter',
    facts: { originCountry: 'CN', incoterm: 'EXW', mode: 'road' },
    expected: ['exw-export-clearance', 'cn-vat-refund'],
  },
  // destinations
  { name: 'United Kingdom', facts: { destinationCountry: 'GB', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'uk-eori'] },
  { name: 'EU by sea: no ICS2 air filing', facts: { destinationCountry: 'FR', mode: 'sea-lcl' }, expected: ['bill-of-lading-lcl'] },
  { name: 'EU by express: ICS2', facts: { destinationCountry: 'NL', mode: 'express' }, expected: ['courier-invoice', 'courier-labels', 'eu-ics2'] },
  { name: 'DDP to Germany by sea', facts: { destinationCountry: 'DE', incoterm: 'DDP', mode: 'sea-fcl' }, expected: ['bill-of-lading-fcl', 'ddp-importer-identity'] },
  { name: '8-digit HS to the EU suffices', facts: { destinationCountry: 'IT', goods: [{ hsCode: '94036010' }] }, expected: [] },
  { name: 'a line without HS code', facts: { goods: [{ woodPackaging: false }] }, expected: ['hs-national-code'] },
];

const ids = (facts: Partial<ShipmentFactsInput>, options?: ChecklistOptions) =>
  buildChecklist(shipmentFacts.parse({ ...BASE, ...facts }), options).map((item) => item.ruleId);

describe('checklist rules', () => {
  it.each(CASES)('$name', ({ facts, options, expected }) => {
    expect(ids(facts, options).sort()).toEqual([...ALWAYS, ...expected].sort());
  });

  it('the table covers every term, every mode and every shipment fact', () => {
    const facts = CASES.map((c) => shipmentFacts.parse({ ...BASE, ...c.facts }));
    expect(new Set(facts.map((f) => f.incoterm))).toEqual(new Set(INCOTERMS));
    expect(new Set(facts.map((f) => f.mode))).toEqual(new Set(TRANSPORT_MODES));
    const cited = new Set(CASES.flatMap((c) => buildChecklist(shipmentFacts.parse({ ...BASE, ...c.facts }), c.options).flatMap((i) => i.source)));
    const required = ['INC-1', 'INC-2', 'INC-3', 'INC-4', 'INC-5', 'INC-6', 'INC-7', 'INC-8', 'DOC-1', 'DOC-2', 'DOC-3', 'DOC-4',
      'DOC-5', 'DOC-6', 'CN-1', 'CN-2', 'KR-1', 'HS-1', 'WPM-1', 'DG-1', 'DG-2', 'DG-3', 'US-1', 'US-2', 'EU-1', 'UK-1', 'AU-1', 'JP-1', 'LBL-5'];
    expect(required.filter((id) => !cited.has(id as never))).toEqual([]);
  });
});
