import type { Worker } from '@playwright/test';
import { defaultFeatures, type Features } from '@/utils/settings/features';
import { test as base } from '../fixtures';
import { launchBrowser, type Launched } from './launch';

/**
 * One browser with Unwall for all the tests of a spec file (each test opens its own tab), for specs
 * whose tests leave nothing behind but their tabs and the settings they set (see `setFeatures`).
 */
export const test = base.extend<object, { shared: Launched }>({
  shared: [
    async ({ server }, use) => {
      const launched = await launchBrowser(server, { lang: process.env.UNWALL_LANG });
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
});

export const expect = test.expect;

/** Stores the default switches with `changes` applied, as the options page would. */
export async function setFeatures(worker: Worker, changes: Partial<Features> = {}): Promise<void> {
  await worker.evaluate((features) => chrome.storage.local.set({ features }), {
    ...defaultFeatures,
    ...changes,
  });
}
