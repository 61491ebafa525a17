// A batch of labels as one ZPL job for a Zebra printer: read from the local database as the
// print route reads them, the bars from the app's own encoder. Loaded on demand: it brings
// bwip-js.
import { labelsToZpl, type ZplDpi } from '../../../shared/documents/zpl';
import { db } from '../../data/db';
import { encodeBars } from './draw-barcode';
import { loadLabels } from './load';
import type { LabelQuery } from './route';

export async function zplJob(query: LabelQuery, dpi: ZplDpi): Promise<string> {
  return labelsToZpl(await loadLabels(db(), query), query.size, dpi, encodeBars);
}
