// The print route's address: `#/print/labels?kind=gs1&size=a6&sheet=a4&parcels=id,id` or
// `…&shipment=id`. Everything a print needs is in the URL, so support can reproduce a print
// by opening the same URL in any Chromium.
import { uuid } from '../../../shared/domain/common';
import { LABEL_KINDS, LABEL_SIZES, PAGE_MM, SIZES_OF, type LabelKind, type LabelSize } from '../../../shared/documents/labels';
import type { PrintRequest } from '../../../shared/ipc/desktop-api';

export const LABEL_ROUTE_PATH = '/print/labels';

export type LabelQuery = {
  kind: LabelKind;
  size: LabelSize;
  /** Four A6 labels per A4 page, with cut marks. */
  sheet: boolean;
} & ({ parcelIds: string[]; shipmentId?: undefined } | { shipmentId: string; parcelIds?: undefined });

/** The route (hash path) that prints `query`, for links and the DesktopApi print calls. */
export function labelRoute(query: LabelQuery): string {
  const params = new URLSearchParams({ kind: query.kind, size: query.size });
  if (query.sheet) params.set('sheet', 'a4');
  if (query.shipmentId) params.set('shipment', query.shipmentId);
  else params.set('parcels', query.parcelIds!.join(','));
  return `${LABEL_ROUTE_PATH}?${params.toString().replaceAll('%2C', ',')}`;
}

/** The paper size to pass with this route to `DesktopApi.print` / `savePdf` (it matches the route's @page rule). */
export function labelPageSize(query: Pick<LabelQuery, 'size' | 'sheet'>): PrintRequest['pageSize'] {
  const page = query.sheet ? PAGE_MM.a4 : PAGE_MM[query.size];
  return { widthMicrons: Math.round(page.width * 1000), heightMicrons: Math.round(page.height * 1000) };
}

/** A query, or the i18n key (namespace `labels`) of what is wrong with the URL. */
export function parseLabelQuery(params: URLSearchParams): LabelQuery | { error: string; detail?: string } {
  const kind = params.get('kind') as LabelKind;
  if (!LABEL_KINDS.includes(kind)) return { error: 'errors.badKind', detail: params.get('kind') ?? '' };
  const size = (params.get('size') ?? SIZES_OF[kind][0]) as LabelSize;
  if (!LABEL_SIZES.includes(size)) return { error: 'errors.badSize', detail: size };
  if (!SIZES_OF[kind].includes(size)) return { error: 'errors.sizeNotForKind', detail: size };
  const sheetParam = params.get('sheet');
  if (sheetParam !== null && sheetParam !== 'a4') return { error: 'errors.badSheet', detail: sheetParam };
  const sheet = sheetParam === 'a4';
  if (sheet && size !== 'a6') return { error: 'errors.sheetNeedsA6', detail: size };
  const shipment = params.get('shipment');
  const parcels = params.get('parcels');
  if (shipment !== null && parcels === null) {
    return uuid.safeParse(shipment).success ? { kind, size, sheet, shipmentId: shipment } : { error: 'errors.badId', detail: shipment };
  }
  if (parcels === null || shipment !== null) return { error: 'errors.noParcels' };
  const ids = parcels.split(',').filter(Boolean);
  const bad = ids.find((id) => !uuid.safeParse(id).success);
  if (bad !== undefined) return { error: 'errors.badId', detail: bad };
  if (ids.length === 0) return { error: 'errors.noParcels' };
  if (new Set(ids).size !== ids.length) return { error: 'errors.duplicateId', detail: ids.find((id, i) => ids.indexOf(id) !== i) };
  return { kind, size, sheet, parcelIds: ids };
}
