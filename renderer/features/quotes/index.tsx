// The quotation print route is loaded on demand, outside the app layout.
import { onDemand } from '../../ui/on-demand';

export const QuotePrintPage = onDemand(() => import('./QuotePrintRoute').then((m) => m.default));

export { QuoteEditor } from './QuoteEditor';
export { QuotesPage } from './QuotesPage';
export { QUOTE_PRINT_PATH, quotePrintRoute } from './route';
