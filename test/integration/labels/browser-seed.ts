// Seeds a label fixture into the page's real IndexedDB through the app's one write path
// (renderer/data/repository.ts). The e2e test and the benchmark bundle this file with
// esbuild and inject it into the app's origin, so the production build exposes nothing new.
import { labelFixture, type LabelFixture } from './fixtures';
import { storeLabelFixture } from './store';

export interface SeededLabels { fixture: LabelFixture; parcelIds: string[] }

async function seedLabels(options: Parameters<typeof labelFixture>[0]): Promise<SeededLabels> {
  const fixture = labelFixture(options);
  return { fixture, parcelIds: await storeLabelFixture(fixture) };
}

(globalThis as unknown as { seedLabels: typeof seedLabels }).seedLabels = seedLabels;
