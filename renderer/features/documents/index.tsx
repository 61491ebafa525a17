// The export documents' print route is loaded on demand, outside the app layout.
import { onDemand } from '../../ui/on-demand';

export const DocumentPrintPage = onDemand(() => import('./DocumentPrintRoute').then((m) => m.default));

export { OrderDocumentsPanel } from './OrderDocumentsPanel';
export { DOCUMENT_PRINT_PATH, documentPrintRoute } from './route';
