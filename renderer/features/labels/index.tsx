// The labels print route, loaded on demand so that bwip-js stays out of the main bundle.
import { onDemand } from '../../ui/on-demand';

export const LabelPrintPage = onDemand(() => import('./LabelPrintRoute').then((m) => m.default));

export { LABEL_ROUTE_PATH, labelPageSize, labelRoute, parseLabelQuery, type LabelQuery } from './route';
