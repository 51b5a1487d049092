import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { extensionDir } from './harness/build';
import { expect, test } from './fixtures';
import { framesWithContentScript } from './harness/content-script';

const pagesDir = resolve(import.meta.dirname, '../fixtures/pages');
const STRESS_HOSTS = ['flood.example.org'];
const TAOBAO_TEXT =
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

interface FixturePage {
  url: string;
  html: string;
}

/** Every fixture page, at the address the fixture server serves it: `<host>/<path>`, `index.html` as its folder. */
function fixturePages(): FixturePage[] {
  return filesUnder(pagesDir)
    .filter((file) => ['', '.html', '.htm'].includes(extname(file)))
    .map((file) => {
      const [host, ...rest] = relative(pagesDir, file).split(sep);
      const path = rest.join('/').replace(/(^|\/)index\.html$/, '$1');
      return { url: `https://${host}/${path}`, html: readFileSync(file, 'utf8') };
    });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** What a page's HTML makes the browser load by itself: images, scripts, modules, styles, frames, media. */
function subresourcesOf(page: FixturePage): string[] {
  const tag =
    /<(?:img|script|link|iframe|frame|source|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|href|data|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  // Modules its inline scripts import (a page built with a framework loads it from `/__lib/`).
  const imports = /\bimport\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
  return [...page.html.matchAll(tag), ...page.html.matchAll(imports)]
    .map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''))
    .filter((value) => value && !/^(?:data|about|javascript):/i.test(value))
    .map((value) => new URL(value, page.url).href);
}

/** The http(s) addresses a page names anywhere in its source (a "you are leaving" page names its target). */
function addressesNamedIn(page: FixturePage): Set<string> {
  const found = decodeEntities(page.html).match(/https?:\/\/[^\s"'<>]+/gi) ?? [];
  return new Set(found.map((href) => new URL(href).href));
}

/** Hosts of the registry's "you are leaving" pages, as the built manifest gives them to the interstitial script. */
function interstitialHosts(): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; matches?: string[] }[];
  };
  const script = manifest.content_scripts?.find((c) => c.js?.some((js) => js.includes('interstitial')));
  return (script?.matches ?? []).map((pattern) => pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, ''));
}

function describe(request: Request): string {
  let from: string;
  try {
    from = request.serviceWorker()
      ? `service worker ${request.serviceWorker()!.url()}`
      : request.frame().url();
  } catch {
    from = 'unknown frame';
  }
  return `${request.method()} ${request.url()} (${request.resourceType()}, from ${from})`;
}

test('the extension makes no requests of its own', async ({
  context,
  extensionId,
  openPopupFor,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  // Stress pages (the flood keeps the background busy on purpose) are for the flood spec: here they
  // would only slow every other page's answers, and they load nothing but their own frames.
  const pages = fixturePages().filter((p) => !STRESS_HOSTS.includes(new URL(p.url).hostname));
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const ownFiles = new Set(
    filesUnder(extensionDir).map((file) => `/${relative(extensionDir, file).split(sep).join('/')}`),
  );
  const leaving = interstitialHosts();

  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  // Pages the test opens, and what they load by themselves (frames included, recursively).
  const expected = new Set<string>();
  const expectLoad = (url: string) => {
    if (expected.has(url)) return;
    expected.add(url);
    const fixture = byUrl.get(url);
    if (fixture) subresourcesOf(fixture).forEach(expectLoad);
  };
  // A "you are leaving" page forwards its tab to the target it names: a navigation the user asked for.
  const forwards = new Set<string>();

  const tabs: Page[] = [];
  for (const fixture of pages) {
    expectLoad(fixture.url);
    if (leaving.includes(new URL(fixture.url).hostname))
      addressesNamedIn(fixture).forEach((u) => forwards.add(u));
    const tab = await context.newPage();
    tabs.push(tab);
    await tab.goto(fixture.url);
    // A "you are leaving" page forwards: the content script runs in whatever page the tab shows.
    await expect
      .poll(async () => (await framesWithContentScript(tab, extensionId)).includes(tab.url()), {
        message: fixture.url,
      })
      .toBe(true);
    await tab.waitForLoadState('networkidle');
  }
  const feedIndex = pages.findIndex((p) => p.url === 'https://weibo.com/feed/');
  expect(feedIndex, 'the feed fixture is among the pages').toBeGreaterThanOrEqual(0);
  const feed = tabs[feedIndex]!;
  await expect(feed.locator('#appended a[data-unwall]')).toHaveCount(1);
  const popup = await openPopupFor(feed);
  await expect(popup.locator('.links .link').first()).toBeVisible();
  await popup.getByRole('textbox', { name: 'Paste a share text or link' }).fill(TAOBAO_TEXT);
  await expect(
    popup
      .getByRole('list', { name: 'Direct links found' })
      .getByRole('link', { name: 'Open https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX' }),
  ).toBeVisible();
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('switch', { name: /^Share texts/ })).toBeVisible();
  await options.waitForLoadState('networkidle');
  // Late work (feeds that load more, reports to the background) still counts.
  await popup.waitForTimeout(1000);

  // A forward goes to an address the page names, maybe without the parameters its platform adds on
  // the way out (Weibo's `continueFlag`): the same address, with some of its parameters.
  const isForward = (url: URL) =>
    [...forwards].some((named) => {
      const n = new URL(named);
      const same = n.origin === url.origin && n.pathname === url.pathname && n.hash === url.hash;
      return same && [...url.searchParams].every(([k, v]) => n.searchParams.getAll(k).includes(v));
    });
  const isOwnFile = (url: URL) =>
    url.protocol === 'chrome-extension:' && url.host === extensionId && ownFiles.has(url.pathname);
  const isExpected = (request: Request) => {
    const url = new URL(request.url());
    if (isOwnFile(url)) return true;
    if (expected.has(request.url())) return true;
    return (
      request.isNavigationRequest() &&
      !request.serviceWorker() &&
      request.frame().parentFrame() === null &&
      isForward(url)
    );
  };
  const unexpected = requests.filter((r) => !isExpected(r)).map(describe);
  const fromWorker = requests.filter((r) => r.serviceWorker());
  test.info().annotations.push(
    { type: 'requests seen', description: `${requests.length}:\n${requests.map(describe).join('\n')}` },
    { type: 'service worker requests', description: fromWorker.map(describe).join('\n') || 'none' },
    {
      type: 'forwards from "you are leaving" pages',
      description:
        requests
          .filter((r) => isForward(new URL(r.url())))
          .map(describe)
          .join('\n') || 'none',
    },
  );
  // The recording works: it saw every fixture page and the extension's own pages.
  for (const fixture of pages)
    expect(
      requests.map((r) => r.url()),
      fixture.url,
    ).toContain(fixture.url);
  expect(requests.some((r) => isOwnFile(new URL(r.url())))).toBe(true);
  expect(unexpected, 'requests that are neither the extension’s own files nor the test’s pages').toEqual([]);
  expect(fromWorker.filter((r) => !isOwnFile(new URL(r.url()))).map(describe)).toEqual([]);
});
