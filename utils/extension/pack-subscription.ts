import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  boundedProblems,
  isRefreshDue,
  readSubscription,
  subscriptionUrl,
  type Subscription,
} from '@/utils/settings/pack-subscription';
import { downloadPack, type Fetch } from './pack-download';
import { saveRulePack } from './rule-pack-store';

/**
 * The subscription in `storage.local` (`packSubscription`): the address, whether it is on, and how the
 * last download went. Nothing is downloaded while it is off (see `refreshPackSubscription`).
 */
const subscriptionItem = storage.defineItem<unknown>('local:packSubscription', {
  fallback: null,
  version: 1,
});

export async function readPackSubscription(): Promise<Subscription> {
  return readSubscription(await subscriptionItem.getValue());
}

async function writePackSubscription(subscription: Subscription): Promise<void> {
  await subscriptionItem.setValue(subscription);
}

export function watchPackSubscription(onChange: (subscription: Subscription) => void): () => void {
  return subscriptionItem.watch((value) => onChange(readSubscription(value)));
}

/** What the downloads depend on: the network and the clock (tests give their own). */
export interface SubscriptionDeps {
  fetch: Fetch;
  now: () => Date;
}

const browserDeps: SubscriptionDeps = {
  fetch: (url, init) => fetch(url, init),
  now: () => new Date(),
};

export type RefreshResult = 'off' | 'notDue' | 'updated' | 'failed';

/**
 * Writes `change` onto the subscription as stored now, only while it is still on for `url`: a
 * download that ends after the user unsubscribed, reset or subscribed elsewhere changes nothing.
 */
async function patchIfStill(url: string, change: Partial<Subscription>): Promise<boolean> {
  const now = await readPackSubscription();
  if (!now.on || now.url !== url) return false;
  await writePackSubscription({ ...now, ...change });
  return true;
}

async function refreshOnce(force: boolean, deps: SubscriptionDeps): Promise<RefreshResult> {
  const subscription = await readPackSubscription();
  if (!subscription.on) return 'off';
  const started = deps.now();
  if (!force && !isRefreshDue(subscription, started)) return 'notDue';
  const { url } = subscription;
  // Noted before the download, so that a background stopped halfway does not try again at once.
  if (!(await patchIfStill(url, { lastAttempt: started.toISOString() }))) return 'off';
  const download = await downloadPack(url, deps.fetch);
  if (!download.ok)
    return (await patchIfStill(url, { problems: boundedProblems(download.problems) })) ? 'failed' : 'off';
  // Turned off or moved to another address meanwhile: this download is not what the user wants now.
  if (!(await isStill(url))) return 'off';
  const at = deps.now().toISOString();
  await saveRulePack({ from: new URL(url).host, at, pack: download.pack });
  return (await patchIfStill(url, { lastSuccess: at, problems: undefined })) ? 'updated' : 'off';
}

async function isStill(url: string): Promise<boolean> {
  const now = await readPackSubscription();
  return now.on && now.url === url;
}

let running: Promise<RefreshResult> | null = null;

/**
 * Downloads the subscribed pack when the subscription is on and a day has passed since the last try
 * (or at once with `force`, when the user asks). Off: reads the setting and nothing else, no request.
 * One at a time in this page or worker: a second call while one runs gets the same answer.
 */
export function refreshPackSubscription(
  options: { force?: boolean } = {},
  deps: SubscriptionDeps = browserDeps,
): Promise<RefreshResult> {
  running ??= refreshOnce(options.force ?? false, deps).finally(() => (running = null));
  return running;
}

/**
 * Turns the subscription on for this address and downloads it at once; `invalid` when the address is
 * not https (nothing is stored then).
 */
export async function subscribeToPack(
  text: string,
  deps: SubscriptionDeps = browserDeps,
): Promise<RefreshResult | 'invalid'> {
  const url = subscriptionUrl(text);
  if (url === null) return 'invalid';
  await running?.catch(() => {});
  await writePackSubscription({ url, on: true });
  return refreshPackSubscription({ force: true }, deps);
}

/** Turns the subscription off: no more downloads; the address is kept to show, the pack stays until removed. */
export async function unsubscribeFromPack(): Promise<void> {
  const subscription = await readPackSubscription();
  if (subscription.on) await writePackSubscription({ ...subscription, on: false });
}

export const PACK_REFRESH_ALARM = 'unwall-pack-refresh';

/**
 * The background's part: look every hour whether the daily download is due (an alarm survives the
 * service worker stopping), and once when the background starts. Both only read the setting while the
 * subscription is off.
 */
export function schedulePackRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_REFRESH_ALARM) void refreshPackSubscription();
  });
  void browser.alarms.get(PACK_REFRESH_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PACK_REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
  void refreshPackSubscription();
}
