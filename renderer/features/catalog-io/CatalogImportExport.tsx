// Import (CSV/XLSX with dry-run preview) and export buttons for the products page toolbar.
export function CatalogImportExport() {
  return null;
}
