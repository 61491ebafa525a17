// Seeds a label fixture into the page's real IndexedDB through the app's one write path
// (renderer/data/repository.ts). The e2e test and the benchmark bundle this file with
// esbuild and inject it into the app's origin, so the production build exposes nothing new.
import { parcelSchema } from '../../../shared/domain/parcel';
import { shipmentFields } from '../../../shared/domain/shipment';
import { write } from '../../../renderer/data/repository';
import type { LabelFixture } from './fixtures';

async function seedLabels(fixture: LabelFixture): Promise<string[]> {
  // The repository does not validate parcels and shipments yet; never seed rows the app would refuse.
  shipmentFields.parse(fixture.shipment);
  fixture.parcels.forEach((p) => parcelSchema.parse(p));
  return write(async (w) => {
    await w.create('buyers', fixture.buyer, fixture.buyerId);
    await w.create('shipments', fixture.shipment, fixture.shipmentId);
    return w.createMany('parcels', fixture.parcels);
  });
}

(globalThis as unknown as { seedLabels: typeof seedLabels }).seedLabels = seedLabels;
