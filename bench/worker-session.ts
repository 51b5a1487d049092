/**
 * DevTools protocol access to the extension's service worker from the bench. Playwright opens
 * sessions on pages only, and a persistent context has no browser session, so the worker is reached
 * through a page's session: the `ServiceWorker` domain stops it (what Chrome does to an idle worker
 * after about 30 s) and reports its state, and `Target.sendMessageToTarget` talks to the worker itself.
 */
import type { BrowserContext, CDPSession } from '@playwright/test';

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

/** Sends protocol commands to the extension's running service worker, through `cdp` (a page's session). */
export async function workerCommands(cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && isExtension(t.url));
  if (!worker) throw new Error("The extension's service worker is not running");
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  const replies = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  });
  let lastId = 0;
  return async function send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++lastId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((ok) => replies.set(id, ok));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    replies.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  };
}
