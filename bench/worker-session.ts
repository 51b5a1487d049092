/**
 * DevTools protocol access to the extension's service worker from the bench. Playwright opens
 * sessions on pages only, and a persistent context has no browser session, so the worker is reached
 * through a page's session: the `ServiceWorker` domain stops it (what Chrome does to an idle worker
 * after about 30 s) and reports its state.
 */
import type { BrowserContext } from '@playwright/test';

type Status = 'stopped' | 'starting' | 'running' | 'stopping';
type Versions = { versions: { scriptURL: string; runningStatus: Status }[] };

const isExtension = (url: string) => url.startsWith('chrome-extension://');

/** A session on a blank page of `context` that follows the extension worker's running state. */
export async function controlSession(context: BrowserContext) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let status: Status | null = null;
  const waiting: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
    const ours = versions.find((v) => isExtension(v.scriptURL));
    if (!ours) return;
    status = ours.runningStatus;
    waiting.splice(0).forEach((wake) => wake());
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (wanted: Status) => {
    const deadline = Date.now() + 10_000;
    while (status !== wanted) {
      if (Date.now() > deadline) throw new Error(`The extension's worker stayed ${status}, not ${wanted}`);
      await new Promise<void>((wake) => {
        waiting.push(wake);
        setTimeout(wake, 100);
      });
    }
  };
  return {
    cdp,
    /** Stops every service worker of the profile, and waits until the extension's has stopped. */
    async stopWorker(): Promise<void> {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    /** Waits until the extension's worker runs (a warm start). */
    running: () => until('running'),
    close: () => page.close(),
  };
}
