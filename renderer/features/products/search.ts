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

interface Matches { prefix: LightProduct[]; substring: LightProduct[] }

function passesFilters(p: LightProduct, filter: ProductFilter): boolean {
  if (filter.status === null ? p.status === 'archived' : filter.status !== 'all' && p.status !== filter.status) return false;
  if (filter.tag !== null && !p.tags.includes(filter.tag)) return false;
  return filter.hsChapter === null || p.hsChapter === filter.hsChapter;
}

function match(rows: Iterable<LightProduct>, filter: ProductFilter, query: string): Matches {
  const prefix: LightProduct[] = [];
  const substring: LightProduct[] = [];
  const lineStart = '\n' + query;
  for (const p of rows) {
    if (!passesFilters(p, filter)) continue;
    if (query === '') { prefix.push(p); continue; }
    if (!p.haystack.includes(query)) continue;
    if (p.haystack.startsWith(query) || p.haystack.includes(lineStart)) prefix.push(p);
    else substring.push(p);
  }
  return { prefix, substring };
}

/**
 * Narrows earlier matches to a longer query. A row that starts with the longer query starts
 * with the shorter one, so new prefix matches come only from old prefix matches; the old
 * prefix rows that now merely contain the query merge back into SKU order.
 */
function narrow(previous: Matches, query: string): Matches {
  const lineStart = '\n' + query;
  const prefix: LightProduct[] = [];
  const demoted: LightProduct[] = [];
  for (const p of previous.prefix) {
    if (!p.haystack.includes(query)) continue;
    if (p.haystack.startsWith(query) || p.haystack.includes(lineStart)) prefix.push(p);
    else demoted.push(p);
  }
  const kept = previous.substring.filter((p) => p.haystack.includes(query));
  if (demoted.length === 0) return { prefix, substring: kept };
  const substring: LightProduct[] = [];
  let i = 0;
  let j = 0;
  while (i < demoted.length || j < kept.length) {
    if (j >= kept.length || (i < demoted.length && demoted[i].sku < kept[j].sku)) substring.push(demoted[i++]);
    else substring.push(kept[j++]);
  }
  return { prefix, substring };
}

const sameFilters = (a: ProductFilter, b: ProductFilter) => a.status === b.status && a.tag === b.tag && a.hsChapter === b.hsChapter;
const normalize = (query: string) => query.trim().toLowerCase();

/**
 * Rows matching `filter` from an index sorted by SKU, in that order except that rows where the query starts the
 * SKU or a name come before rows that merely contain it.
 */
export function searchProducts(index: readonly LightProduct[], filter: ProductFilter): LightProduct[] {
  const { prefix, substring } = match(index, filter, normalize(filter.query));
  return substring.length === 0 ? prefix : prefix.concat(substring);
}

/**
 * `searchProducts` for search-as-you-type: when the user extends the query over the same
 * index and filters, only the previous matches are scanned. Same results, less work per key.
 */
export function createProductSearch(): (index: readonly LightProduct[], filter: ProductFilter) => LightProduct[] {
  let last: { index: readonly LightProduct[]; filter: ProductFilter; query: string; matches: Matches } | null = null;
  return (index, filter) => {
    const query = normalize(filter.query);
    let matches: Matches;
    if (last && last.index === index && sameFilters(last.filter, filter) && last.query !== '' && query.startsWith(last.query)) {
      matches = query === last.query ? last.matches : narrow(last.matches, query);
    } else {
      matches = match(index, filter, query);
    }
    last = { index, filter, query, matches };
    return matches.substring.length === 0 ? matches.prefix : matches.prefix.concat(matches.substring);
  };
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
