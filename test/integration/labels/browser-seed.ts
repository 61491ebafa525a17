// Seeds a label fixture into the page's real IndexedDB through the app's one write path
// (renderer/data/repository.ts). The e2e test and the benchmark bundle this file with
// esbuild and inject it into the app's origin, so the production build exposes nothing new.
import { parcelSchema } from '../../../shared/domain/parcel';
import { shipmentFields } from '../../../shared/domain/shipment';
import { write } from '../../../renderer/data/repository';
import { labelFixture, type LabelFixture } from './fixtures';

export interface SeededLabels { fixture: LabelFixture; parcelIds: string[] }

async function seedLabels(options: Parameters<typeof labelFixture>[0]): Promise<SeededLabels> {
  const fixture = labelFixture(options);
  // The repository does not validate parcels and shipments yet; never seed rows the app would refuse.
  shipmentFields.parse(fixture.shipment);
  fixture.parcels.forEach((p) => parcelSchema.parse(p));
  const parcelIds = await write(async (w) => {
    await w.create('buyers', fixture.buyer, fixture.buyerId);
    await w.create('shipments', fixture.shipment, fixture.shipmentId);
    return w.createMany('parcels', fixture.parcels);
  });
  return { fixture, parcelIds };
}

(globalThis as unknown as { seedLabels: typeof seedLabels }).seedLabels = seedLabels;
