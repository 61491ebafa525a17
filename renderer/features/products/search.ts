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

/**
 * All haystacks of an index in one string, rows separated by U+0001 (which a query cannot
 * contain): `indexOf` jumps straight to the next row containing the query instead of testing
 * every row. Built once per loaded index.
 */
interface Corpus { text: string; starts: Int32Array }
const ROW_SEPARATOR = '\u0001';
const corpora = new WeakMap<readonly LightProduct[], Corpus>();

export function corpusFor(index: readonly LightProduct[]): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) {
    const starts = new Int32Array(index.length + 1);
    let offset = 0;
    index.forEach((p, i) => { starts[i] = offset; offset += p.haystack.length + 1; });
    starts[index.length] = offset;
    corpus = { text: index.map((p) => p.haystack).join(ROW_SEPARATOR) + ROW_SEPARATOR, starts };
    corpora.set(index, corpus);
  }
  return corpus;
}

function isPrefixMatch(p: LightProduct, query: string): boolean {
  return p.haystack.startsWith(query) || p.haystack.includes('\n' + query);
}

function match(index: readonly LightProduct[], filter: ProductFilter, query: string): Matches {
  const prefix: LightProduct[] = [];
  const substring: LightProduct[] = [];
  if (query === '') {
    for (const p of index) if (passesFilters(p, filter)) prefix.push(p);
    return { prefix, substring };
  }
  if (query.includes(ROW_SEPARATOR)) return { prefix, substring };
  const { text, starts } = corpusFor(index);
  const lineStart = '\n' + query;
  let row = 0;
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, starts[row + 1])) {
    while (starts[row + 1] <= at) row++; // offsets only grow: walk forward to the row holding `at`
    const p = index[row];
    if (!passesFilters(p, filter)) continue;
    const startsLine = at === starts[row] || text.charCodeAt(at - 1) === 10 || p.haystack.includes(lineStart);
    (startsLine ? prefix : substring).push(p);
  }
  return { prefix, substring };
}

/**
 * Narrows earlier matches to a longer query. A row that starts with the longer query starts
 * with the shorter one, so new prefix matches come only from old prefix matches; the old
 * prefix rows that now merely contain the query merge back into SKU order.
 */
function narrow(previous: Matches, query: string): Matches {
  const prefix: LightProduct[] = [];
  const demoted: LightProduct[] = [];
  for (const p of previous.prefix) {
    if (!p.haystack.includes(query)) continue;
    (isPrefixMatch(p, query) ? prefix : demoted).push(p);
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
  type Searched = { index: readonly LightProduct[]; filter: ProductFilter; query: string; matches: Matches };
  let last: Searched | null = null;
  // Clearing the box shows the whole filtered list again: keep it rather than rebuild it.
  let unfiltered: Searched | null = null;
  return (index, filter) => {
    const query = normalize(filter.query);
    const same = (s: Searched | null) => s !== null && s.index === index && sameFilters(s.filter, filter);
    let matches: Matches;
    if (same(last) && last!.query === query) matches = last!.matches;
    else if (query === '' && same(unfiltered)) matches = unfiltered!.matches;
    else if (same(last) && last!.query !== '' && query.startsWith(last!.query)) matches = narrow(last!.matches, query);
    else matches = match(index, filter, query);
    last = { index, filter, query, matches };
    if (query === '') unfiltered = last;
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
