// The quotation print route is loaded on demand, outside the app layout.
import { lazy, Suspense } from 'react';

const QuotePrintRoute = lazy(() => import('./QuotePrintRoute'));

export function QuotePrintPage() {
  return <Suspense fallback={null}><QuotePrintRoute /></Suspense>;
}

export { QuoteEditor } from './QuoteEditor';
export { QuotesPage } from './QuotesPage';
export { QUOTE_PRINT_PATH, quotePrintRoute } from './route';
