// The quotation pages; the print route (QuotePrintRoute) is loaded on demand by the app, outside its layout.
export { QuoteEditor } from './QuoteEditor';
export { QuotesPage } from './QuotesPage';
export { QUOTE_PRINT_PATH, quotePrintRoute } from './route';
