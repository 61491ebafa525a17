// The labels print route, loaded on demand so that bwip-js stays out of the main bundle.
import { lazy, Suspense } from 'react';

const LabelPrintRoute = lazy(() => import('./LabelPrintRoute'));

export function LabelPrintPage() {
  return <Suspense fallback={null}><LabelPrintRoute /></Suspense>;
}

export { LABEL_ROUTE_PATH, labelPageSize, labelRoute, parseLabelQuery, type LabelQuery } from './route';
