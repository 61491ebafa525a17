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
}

/** What the list needs from a stored product row. */
export type ProductRow = Pick<ProductFields, 'sku' | 'name' | 'localizedNames' | 'status' | 'tags' | 'hsCode' | 'moq' | 'unit' | 'priceTiers' | 'currency' | 'leadTimeDays'> & { id: string; updatedAt: string };

/**
 * One shared copy of each repeated value (status, unit, currency, HS code, tags…). Rows read
 * from IndexedDB each bring their own copy of every string; across 100k rows that is megabytes
 * of "USD"s. Only for fields with few distinct values, so the map itself stays small.
 */
const shared = new Map<string, string>();
function once(value: string): string {
  const known = shared.get(value);
  if (known !== undefined) return known;
  shared.set(value, value);
  return value;
}
const NO_TAGS: string[] = [];
const NO_NAMES: ProductFields['localizedNames'] = {};

export function toLight(p: ProductRow): LightProduct {
  const zh = p.localizedNames?.['zh-CN'];
  const ko = p.localizedNames?.ko;
  return {
    id: p.id, sku: p.sku, name: p.name,
    localizedNames: zh || ko ? p.localizedNames : NO_NAMES,
    status: once(p.status) as LightProduct['status'],
    tags: p.tags?.length ? p.tags.map(once) : NO_TAGS,
    hsCode: once(p.hsCode), hsChapter: once(hsChapter(p.hsCode)), moq: p.moq, unit: once(p.unit),
    price: p.priceTiers[0]?.unitPrice ?? '', currency: once(p.currency), leadTimeDays: p.leadTimeDays,
    updatedAt: p.updatedAt,
  };
}

/** What a query is matched against: SKU and every name, lower-cased, one per line. */
export function haystackOf(p: LightProduct): string {
  const names = [p.sku, p.name, p.localizedNames['zh-CN'] ?? '', p.localizedNames.ko ?? ''];
  return names.filter(Boolean).join('\n').toLowerCase();
}

/** `null` status shows the current catalog (draft and active); archived rows need asking for. */
export interface ProductFilter {
  query: string;
  status: ProductFields['status'] | 'all' | null;
  tag: string | null;
  hsChapter: string | null;
}

export const NO_FILTER: ProductFilter = { query: '', status: null, tag: null, hsChapter: null };

/** Row numbers into the index, each list ascending (so in the index's SKU order). */
interface Matches { prefix: number[]; substring: number[] }

function passesFilters(p: LightProduct, filter: ProductFilter): boolean {
  if (filter.status === null ? p.status === 'archived' : filter.status !== 'all' && p.status !== filter.status) return false;
  if (filter.tag !== null && !p.tags.includes(filter.tag)) return false;
  return filter.hsChapter === null || p.hsChapter === filter.hsChapter;
}

/**
 * All haystacks of an index in one string, rows separated by U+0001 (which a query cannot
 * contain): `indexOf` jumps straight to the next row containing the query instead of testing
 * every row. Built once per loaded index; the rows keep no haystack of their own.
 */
interface Corpus { text: string; starts: Int32Array }
const ROW_SEPARATOR = '\u0001';
const corpora = new WeakMap<readonly LightProduct[], Corpus>();

export function corpusFor(index: readonly LightProduct[]): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) {
    const starts = new Int32Array(index.length + 1);
    let offset = 0;
    const haystacks = index.map((p, i) => {
      const haystack = haystackOf(p);
      starts[i] = offset;
      offset += haystack.length + 1;
      return haystack;
    });
    starts[index.length] = offset;
    corpus = { text: haystacks.join(ROW_SEPARATOR) + ROW_SEPARATOR, starts };
    corpora.set(index, corpus);
  }
  return corpus;
}

const isPrefixMatch = (haystack: string, query: string) => haystack.startsWith(query) || haystack.includes('\n' + query);

function match(index: readonly LightProduct[], filter: ProductFilter, query: string): Matches {
  const prefix: number[] = [];
  const substring: number[] = [];
  if (query === '') {
    index.forEach((p, row) => { if (passesFilters(p, filter)) prefix.push(row); });
    return { prefix, substring };
  }
  if (query.includes(ROW_SEPARATOR)) return { prefix, substring };
  const { text, starts } = corpusFor(index);
  const lineStart = '\n' + query;
  let row = 0;
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, starts[row + 1])) {
    while (starts[row + 1] <= at) row++; // offsets only grow: walk forward to the row holding `at`
    if (!passesFilters(index[row], filter)) continue;
    const startsLine = at === starts[row] || text.charCodeAt(at - 1) === 10
      || text.slice(starts[row], starts[row + 1] - 1).includes(lineStart);
    (startsLine ? prefix : substring).push(row);
  }
  return { prefix, substring };
}

/**
 * Narrows earlier matches to a longer query. A row that starts with the longer query starts
 * with the shorter one, so new prefix matches come only from old prefix matches; the old
 * prefix rows that now merely contain the query merge back into index order.
 */
function narrow(index: readonly LightProduct[], previous: Matches, query: string): Matches {
  const { text, starts } = corpusFor(index);
  const haystack = (row: number) => text.slice(starts[row], starts[row + 1] - 1);
  const prefix: number[] = [];
  const demoted: number[] = [];
  for (const row of previous.prefix) {
    const h = haystack(row);
    if (!h.includes(query)) continue;
    (isPrefixMatch(h, query) ? prefix : demoted).push(row);
  }
  const kept = previous.substring.filter((row) => haystack(row).includes(query));
  if (demoted.length === 0) return { prefix, substring: kept };
  const substring: number[] = [];
  let i = 0;
  let j = 0;
  while (i < demoted.length || j < kept.length) {
    if (j >= kept.length || (i < demoted.length && demoted[i] < kept[j])) substring.push(demoted[i++]);
    else substring.push(kept[j++]);
  }
  return { prefix, substring };
}

/** The matched rows, prefix matches first. */
function rowsOf(index: readonly LightProduct[], { prefix, substring }: Matches): LightProduct[] {
  const out = new Array<LightProduct>(prefix.length + substring.length);
  prefix.forEach((row, i) => { out[i] = index[row]; });
  substring.forEach((row, i) => { out[prefix.length + i] = index[row]; });
  return out;
}

const sameFilters = (a: ProductFilter, b: ProductFilter) => a.status === b.status && a.tag === b.tag && a.hsChapter === b.hsChapter;
const normalize = (query: string) => query.trim().toLowerCase();

/**
 * Rows matching `filter` from an index sorted by SKU, in that order except that rows where the query starts the
 * SKU or a name come before rows that merely contain it.
 */
export function searchProducts(index: readonly LightProduct[], filter: ProductFilter): LightProduct[] {
  return rowsOf(index, match(index, filter, normalize(filter.query)));
}

/**
 * `searchProducts` for search-as-you-type: when the user extends the query over the same
 * index and filters, only the previous matches are scanned. Same results, less work per key.
 */
export function createProductSearch(): (index: readonly LightProduct[], filter: ProductFilter) => LightProduct[] {
  type Searched = { index: readonly LightProduct[]; filter: ProductFilter; query: string; matches: Matches; rows: LightProduct[] };
  let last: Searched | null = null;
  // Clearing the box shows the whole filtered list again: keep it rather than rebuild it.
  let unfiltered: Searched | null = null;
  return (index, filter) => {
    const query = normalize(filter.query);
    const same = (s: Searched | null) => s !== null && s.index === index && sameFilters(s.filter, filter);
    if (same(last) && last!.query === query) return last!.rows;
    if (query === '' && same(unfiltered)) {
      last = unfiltered;
      return unfiltered!.rows;
    }
    const matches = same(last) && last!.query !== '' && query.startsWith(last!.query)
      ? narrow(index, last!.matches, query)
      : match(index, filter, query);
    last = { index, filter, query, matches, rows: rowsOf(index, matches) };
    if (query === '') unfiltered = last;
    return last.rows;
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
