// Stores a label fixture through the app's one write path (renderer/data/repository.ts), into
// whichever IndexedDB the caller's database is: fake-indexeddb in vitest, the page's own in
// the browser seed of the e2e tests and the benchmark.
import { parcelSchema } from '../../../shared/domain/parcel';
import { shipmentFields } from '../../../shared/domain/shipment';
import { write } from '../../../renderer/data/repository';
import type { LabelFixture } from './fixtures';

/** The parcels' ids, in carton order. */
export async function storeLabelFixture(fixture: LabelFixture): Promise<string[]> {
  // The repository does not validate parcels and shipments yet; never store rows the app would refuse.
  shipmentFields.parse(fixture.shipment);
  fixture.parcels.forEach((p) => parcelSchema.parse(p));
  return write(async (w) => {
    await w.create('buyers', fixture.buyer, fixture.buyerId);
    await w.create('shipments', fixture.shipment, fixture.shipmentId);
    return w.createMany('parcels', fixture.parcels);
  });
}
