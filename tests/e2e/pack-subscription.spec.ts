import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { trackerPack } from './harness/packs';

const ALARM = 'unwall-pack-refresh';
const DAY = 24 * 60 * 60 * 1000;
/** Pack files a server lets extensions read (as raw.githubusercontent.com does). */
const readable = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };

/**
 * Fires the background's hourly alarm now (an unpacked extension's alarm has no minimum delay), waits
 * until the background has run its listeners, and lets the refresh they start read its setting.
 */
async function fireRefreshAlarm(worker: Worker): Promise<void> {
  await worker.evaluate(async (name) => {
    const fired = new Promise<void>((ok) => {
      const listener = (alarm: chrome.alarms.Alarm) => {
        if (alarm.name !== name) return;
        chrome.alarms.onAlarm.removeListener(listener);
        ok();
      };
      chrome.alarms.onAlarm.addListener(listener);
    });
    await chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 60 });
    await fired;
    // The refresh reads storage once before it would request anything: two round trips are after it.
    await chrome.storage.local.get(null);
    await chrome.storage.local.get(null);
  }, ALARM);
}

/** When the subscription last started a download (it notes that before any request). */
async function lastAttempt(worker: Worker): Promise<string | undefined> {
  return worker.evaluate(async () => {
    const { packSubscription } = await chrome.storage.local.get('packSubscription');
    return (packSubscription as { lastAttempt?: string } | undefined)?.lastAttempt;
  });
}

/** Moves the subscription's last try two days back, as if a day had passed. */
async function ageLastAttempt(worker: Worker): Promise<void> {
  await worker.evaluate(async (day) => {
    const { packSubscription } = await chrome.storage.local.get('packSubscription');
    const lastAttempt = new Date(Date.now() - 2 * day).toISOString();
    await chrome.storage.local.set({ packSubscription: { ...(packSubscription as object), lastAttempt } });
  }, DAY);
}

/** Opens the generic fixture page afresh and waits for its tracker link to show `href`. */
async function expectTrackerHref(page: Page, href: string | RegExp): Promise<void> {
  await page.goto('https://forum.example.net/generic/');
  await expect(page.locator('#tracker')).toHaveAttribute('href', href);
}

test('with the subscription off, the pack server gets no request, not even when the refresh alarm fires', async ({
  context,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const packUrl = 'https://packs.example.org/off/unwall-pack.json';
  server.respond(packUrl, trackerPack('https://shop.example.org/item/1'), readable);
  // The background scheduled its hourly look on start.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async (name) => (await chrome.alarms.get(name))?.periodInMinutes, ALARM),
    )
    .toBe(60);
  const options = await openExtensionPage('options.html');
  // Typed but not subscribed: nothing.
  await options.getByLabel('Rule pack address (https)').fill(packUrl);
  await fireRefreshAlarm(serviceWorker);
  await options.reload();
  await expect(options.getByRole('button', { name: 'Subscribe', exact: true })).toBeVisible();
  // Pages at work keep the background busy; still nothing.
  const page = await context.newPage();
  await page.goto('https://weibo.com/feed/');
  await expect(page.locator('#taobao a[data-unwall]')).toHaveCount(1);
  expect(server.hits(packUrl)).toBe(0);
});

test('a subscription downloads the pack from its server, shows host and time, refreshes at most daily and keeps the last good pack', async ({
  context,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const packUrl = 'https://packs.example.org/on/unwall-pack.json';
  server.respond(packUrl, trackerPack('https://shop.example.org/item/1'), readable);
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Rule pack address (https)').fill('http://packs.example.org/on/unwall-pack.json');
  await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await expect(options.getByRole('alert')).toContainText('Enter an https address');
  expect(server.hits(packUrl)).toBe(0);

  await options.getByLabel('Rule pack address (https)').fill(packUrl);
  await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await expect(options.locator('.pack-subscribed')).toContainText(`Subscribed to ${packUrl}.`);
  await expect(options.locator('.pack-subscribed')).toContainText('Last good download');
  await expect(options.locator('.pack-current')).toContainText('In use: 1 platforms from packs.example.org');
  expect(server.hits(packUrl)).toBe(1);
  const page = await context.newPage();
  await expectTrackerHref(page, 'https://shop.example.org/item/1');

  // Within the day: the alarm looks and starts no download (none noted, none reached the server).
  const tried = await lastAttempt(serviceWorker);
  expect(tried).toBeDefined();
  await fireRefreshAlarm(serviceWorker);
  expect(await lastAttempt(serviceWorker)).toBe(tried);
  expect(server.hits(packUrl)).toBe(1);

  // A day later the server has a pack whose example fails: downloaded, refused, the last good one kept.
  server.respond(packUrl, trackerPack('https://shop.example.org/item/2'), readable);
  await ageLastAttempt(serviceWorker);
  await fireRefreshAlarm(serviceWorker);
  await expect.poll(() => server.hits(packUrl)).toBe(2);
  await expect(options.getByRole('alert')).toContainText('An example of clicktracker fails');
  await expect(options.locator('.pack-current')).toContainText('from packs.example.org');
  await expectTrackerHref(page, 'https://shop.example.org/item/1');

  // The server fails: the same.
  server.respond(packUrl, 'busy', { 'access-control-allow-origin': '*' }, 503);
  await options.getByRole('button', { name: 'Check now' }).click();
  await expect(options.getByRole('alert')).toContainText('HTTP status 503');
  expect(server.hits(packUrl)).toBe(3);
  await expectTrackerHref(page, 'https://shop.example.org/item/1');

  // Unsubscribed: no more requests, however old the last try.
  await options.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(options.getByRole('button', { name: 'Subscribe', exact: true })).toBeVisible();
  await ageLastAttempt(serviceWorker);
  const aged = await lastAttempt(serviceWorker);
  await fireRefreshAlarm(serviceWorker);
  expect(await lastAttempt(serviceWorker)).toBe(aged);
  expect(server.hits(packUrl)).toBe(3);
});
