// The in-memory light index of the catalog and its pure, synchronous search. 100k full
// product rows would blow the heap budget, so the list keeps only what it shows, filters
// and matches on; the edit form reads the full row from Dexie.
import type { ProductFields } from '../../../shared/domain/product';
import { hsChapter } from '../../../shared/domain/product';

export interface LightProduct {
  id: string;
  sku: string;
  name: string;
  localizedNames: ProductFields['localizedNames'];
  status: ProductFields['status'];
  tags: string[];
  hsCode: string;
  hsChapter: string;
  moq: number;
  unit: string;
  price: string;
  currency: string;
  leadTimeDays: number;
  updatedAt: string;
  /** SKU and every name, lower-cased, one per line: one `includes` tests them all. */
  haystack: string;
}

/** What the list needs from a stored product row. */
export type ProductRow = Pick<ProductFields, 'sku' | 'name' | 'localizedNames' | 'status' | 'tags' | 'hsCode' | 'moq' | 'unit' | 'priceTiers' | 'currency' | 'leadTimeDays'> & { id: string; updatedAt: string };

export function toLight(p: ProductRow): LightProduct {
  const names = [p.sku, p.name, p.localizedNames?.['zh-CN'] ?? '', p.localizedNames?.ko ?? ''];
  return {
    id: p.id, sku: p.sku, name: p.name, localizedNames: p.localizedNames ?? {}, status: p.status,
    tags: p.tags ?? [], hsCode: p.hsCode, hsChapter: hsChapter(p.hsCode), moq: p.moq, unit: p.unit,
    price: p.priceTiers[0]?.unitPrice ?? '', currency: p.currency, leadTimeDays: p.leadTimeDays,
    updatedAt: p.updatedAt,
    haystack: names.filter(Boolean).join('\n').toLowerCase(),
  };
}

/** `null` status shows the current catalog (draft and active); archived rows need asking for. */
export interface ProductFilter {
  query: string;
  status: ProductFields['status'] | 'all' | null;
  tag: string | null;
  hsChapter: string | null;
}

export const NO_FILTER: ProductFilter = { query: '', status: null, tag: null, hsChapter: null };

/**
 * Rows matching `filter`, in index order (by SKU) except that rows where the query starts the
 * SKU or a name come before rows that merely contain it.
 */
export function searchProducts(index: readonly LightProduct[], filter: ProductFilter): LightProduct[] {
  const query = filter.query.trim().toLowerCase();
  const prefix: LightProduct[] = [];
  const substring: LightProduct[] = [];
  const lineStart = '\n' + query;
  for (const p of index) {
    if (filter.status === null ? p.status === 'archived' : filter.status !== 'all' && p.status !== filter.status) continue;
    if (filter.tag !== null && !p.tags.includes(filter.tag)) continue;
    if (filter.hsChapter !== null && p.hsChapter !== filter.hsChapter) continue;
    if (query === '') { prefix.push(p); continue; }
    if (!p.haystack.includes(query)) continue;
    if (p.haystack.startsWith(query) || p.haystack.includes(lineStart)) prefix.push(p);
    else substring.push(p);
  }
  return substring.length === 0 ? prefix : prefix.concat(substring);
}

/** Distinct tags and HS chapters present, sorted, for the filter drop-downs. */
export function facets(index: readonly LightProduct[]): { tags: string[]; hsChapters: string[] } {
  const tags = new Set<string>();
  const chapters = new Set<string>();
  for (const p of index) {
    for (const tag of p.tags) tags.add(tag);
    chapters.add(p.hsChapter);
  }
  return { tags: [...tags].sort(), hsChapters: [...chapters].sort() };
}
