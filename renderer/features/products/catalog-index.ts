// Keeps the light index (see search.ts) in step with Dexie. First paint uses a cheap
// 100-row query; the full index loads in primary-key pages (so the full rows of 100k products
// are never in memory at once) and reloads, debounced, whenever the products table changes,
// so a sync or import burst costs one reload, not thousands.
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import { db, type LocalProduct } from '../../data/db';
import { afterPaint } from '../../ui/paint';
import { corpusFor, toLight, type LightProduct, type ProductRow } from './search';

export interface CatalogSnapshot {
  rows: readonly LightProduct[];
  /** False while `rows` holds only the first page (first paint). */
  complete: boolean;
}

const FIRST_PAINT_ROWS = 100;
const PAGE_ROWS = 2000;
const RELOAD_DEBOUNCE_MS = 150;

const bySku = (a: LightProduct, b: LightProduct) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);

async function loadFirstPage(): Promise<LightProduct[]> {
  const rows = await db().products.orderBy('sku').limit(FIRST_PAINT_ROWS).toArray();
  return rows.filter((p) => !p.deleted).map((p) => toLight(p as ProductRow));
}

/** Yields to the event loop so typing and scrolling stay responsive while pages load. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The full index, or null if `wanted` turned false between pages (a newer reload superseded it). */
export async function loadIndex(pageRows = PAGE_ROWS, wanted: () => boolean = () => true): Promise<LightProduct[] | null> {
  const out: LightProduct[] = [];
  let after: string | null = null;
  for (;;) {
    if (!wanted()) return null;
    const table = db().products;
    const page: LocalProduct[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(pageRows).toArray();
    for (const p of page) if (!p.deleted) out.push(toLight(p as ProductRow));
    if (page.length < pageRows) break;
    after = page[page.length - 1].id;
    await breathe();
  }
  return out.sort(bySku);
}

let snapshot: CatalogSnapshot = { rows: [], complete: false };
const listeners = new Set<() => void>();
let changes: Subscription | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
let active = false;

function publish(next: CatalogSnapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

async function reload() {
  const mine = ++generation;
  const rows = await loadIndex(PAGE_ROWS, () => mine === generation);
  if (rows === null || mine !== generation) return;
  corpusFor(rows); // built here, with the index, so the first search does not pay for it
  publish({ rows, complete: true });
}

let firstPage: Promise<LightProduct[]> | null = null;

/**
 * Starts reading the first rows before React renders (the catalog is the start page), so the
 * IndexedDB round trips overlap the start-up work and the first render can already show rows.
 */
export function preloadCatalog(): void {
  firstPage ??= loadFirstPage().then((rows) => {
    if (!snapshot.complete && snapshot.rows.length === 0) publish({ rows, complete: false });
    return rows;
  });
}

function start() {
  active = true;
  const first = firstPage ?? loadFirstPage();
  firstPage = null;
  void first.then(async (rows) => {
    if (!snapshot.complete) publish({ rows, complete: false });
    // The full load would compete with the first rows for the main thread: start it once they are on screen.
    await afterPaint();
    if (active && !changes) watchChanges();
  });
}

function watchChanges() {
  // Any write to products changes this count query's observed range, waking the subscriber.
  changes = liveQuery(() => db().products.count()).subscribe({
    next: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), snapshot.complete ? RELOAD_DEBOUNCE_MS : 0);
    },
    error: (e) => console.error('catalog index', e),
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!active) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      // The index stays cached for the next visit; it is refreshed as soon as someone subscribes.
      active = false;
      generation++;
      changes?.unsubscribe();
      changes = null;
      clearTimeout(timer);
    }
  };
}

/** The index as an external store (the hook below; tests and the benchmark may subscribe directly). */
export const catalogIndex = { subscribe, snapshot: (): CatalogSnapshot => snapshot };

export function useCatalogIndex(): CatalogSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}
