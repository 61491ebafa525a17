// The export documents' panel; the print route (DocumentPrintRoute) is loaded on demand by the app, outside its layout.
export { OrderDocumentsPanel } from './OrderDocumentsPanel';
export { DOCUMENT_PRINT_PATH, documentPrintRoute } from './route';
