// Catalog → CSV. UTF-8 with a byte-order mark so Excel shows 中文/한국어 correctly; cells that
// start with = + - @ get a leading apostrophe so a spreadsheet does not run them as formulas
// (rows.ts removes it again on import, so an export imports back identically).
import Papa from 'papaparse';
import type { ProductFields } from '../../../shared/domain/product';
import { db } from '../../data/db';
import { EXPORT_HEADERS, productToRecord } from './rows';

export function catalogCsv(products: readonly ProductFields[]): string {
  const rows = [...products].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0)).map(productToRecord);
  return '\uFEFF' + Papa.unparse({ fields: EXPORT_HEADERS, data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

/** Every product that is not deleted (archived ones too: the file is the whole catalog). */
export async function liveProducts(): Promise<ProductFields[]> {
  return (await db().products.toArray()).filter((p) => !p.deleted);
}

/** Download the catalog as a CSV file; returns how many products it holds. */
export async function downloadCatalog(now = new Date()): Promise<number> {
  const products = await liveProducts();
  const blob = new Blob([catalogCsv(products)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `catalog-${now.toISOString().slice(0, 10)}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return products.length;
}
