// The export documents' print route is loaded on demand, outside the app layout.
import { lazy, Suspense } from 'react';

const DocumentPrintRoute = lazy(() => import('./DocumentPrintRoute'));

export function DocumentPrintPage() {
  return <Suspense fallback={null}><DocumentPrintRoute /></Suspense>;
}

export { OrderDocumentsPanel } from './OrderDocumentsPanel';
export { DOCUMENT_PRINT_PATH, documentPrintRoute } from './route';
