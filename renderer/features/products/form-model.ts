// The product form's values and their mapping to the product fields the repository and the
// zod schema take. Money and dimensions stay decimal strings; integers are numbers or null
// while the user edits.
import type { ProductFields } from '../../../shared/domain/product';

export interface ProductFormValues {
  sku: string;
  name: string;
  localizedNames: { 'zh-CN': string; ko: string };
  unit: ProductFields['unit'];
  moq: number | null;
  currency: string;
  priceTiers: { minQty: number | null; unitPrice: string }[];
  hsCode: string;
  originCountry: string;
  leadTimeDays: number | null;
  unitsPerCarton: number | null;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  grossWeightKg: string;
  netWeightKg: string;
  containsLithium: boolean;
  lithiumType: 'ion' | 'metal' | null;
  woodPackaging: boolean;
  food: boolean;
  kitchenware: boolean;
  notes: string;
  tags: string[];
  status: ProductFields['status'];
}

export function emptyProductValues(): ProductFormValues {
  return {
    sku: '', name: '', localizedNames: { 'zh-CN': '', ko: '' }, unit: 'pcs', moq: null, currency: 'USD',
    priceTiers: [{ minQty: null, unitPrice: '' }], hsCode: '', originCountry: 'CN', leadTimeDays: null,
    unitsPerCarton: null, lengthCm: '', widthCm: '', heightCm: '', grossWeightKg: '', netWeightKg: '',
    containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: false,
    notes: '', tags: [], status: 'active',
  };
}

export function productToValues(p: ProductFields): ProductFormValues {
  return {
    ...emptyProductValues(),
    ...p,
    localizedNames: { 'zh-CN': p.localizedNames?.['zh-CN'] ?? '', ko: p.localizedNames?.ko ?? '' },
    priceTiers: p.priceTiers.map((t) => ({ ...t })),
    tags: [...(p.tags ?? [])],
  };
}

const number = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);
const text = (v: string | null | undefined) => (v ?? '').trim();

/** Form values as product fields; empty localized names are left out rather than stored blank. */
export function valuesToFields(v: ProductFormValues): Record<string, unknown> {
  const localizedNames: Record<string, string> = {};
  for (const lng of ['zh-CN', 'ko'] as const) if (text(v.localizedNames?.[lng])) localizedNames[lng] = text(v.localizedNames[lng]);
  return {
    sku: text(v.sku), name: text(v.name), localizedNames, unit: v.unit, moq: number(v.moq),
    currency: text(v.currency).toUpperCase(),
    priceTiers: (v.priceTiers ?? []).map((t) => ({ minQty: number(t?.minQty), unitPrice: text(t?.unitPrice) })),
    hsCode: text(v.hsCode), originCountry: text(v.originCountry).toUpperCase(),
    leadTimeDays: number(v.leadTimeDays), unitsPerCarton: number(v.unitsPerCarton),
    lengthCm: text(v.lengthCm), widthCm: text(v.widthCm), heightCm: text(v.heightCm),
    grossWeightKg: text(v.grossWeightKg), netWeightKg: text(v.netWeightKg),
    containsLithium: Boolean(v.containsLithium), lithiumType: v.containsLithium ? (v.lithiumType ?? null) : null,
    woodPackaging: Boolean(v.woodPackaging), food: Boolean(v.food), kitchenware: Boolean(v.kitchenware),
    notes: v.notes ?? '', tags: v.tags ?? [], status: v.status,
  };
}
