// What other features use of the labels: the print route's address. The route itself
// (LabelPrintRoute) is loaded on demand by the app (renderer/app/App.tsx).
export { LABEL_ROUTE_PATH, labelPageSize, labelRoute, parseLabelQuery, type LabelQuery } from './route';
