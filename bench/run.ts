/**
 * `npm run bench`: Unwall's cost in real headless Chromium, side by side in one run, and the bundle
 * budget. Prints a table and writes bench/results.json. See the README's "Benchmark" section.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { docOnlyKeys, stripPlatformData } from '../scripts/build/strip-platform-data';
import ensureFreshBuild, { extensionDir, root } from '../tests/e2e/harness/build';
import { findChromium } from '../tests/e2e/harness/chromium';
import { launchBrowser, type Launched } from '../tests/e2e/harness/launch';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';
import { floodDelay, type FloodResult } from './flood';
import { feedDocument, generateFeed } from './generate';
import { hostileGrowth, hostileTable } from './hostile-growth';
import { settledLinkCount } from './links-settled';
import { pageMemory, workerMemory, type PageMemory, type WorkerMemory } from './memory';
import { wakeCost, type WakeResult } from './wake';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [1000, 10_000, 100_000] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** The in-page benchmark script, bundled like the extension (platform files stripped the same way). */
async function pageScript(): Promise<string> {
  const drop = new Set(docOnlyKeys);
  const result = await build({
    entryPoints: [join(root, 'bench/page-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    plugins: [
      {
        name: 'strip-platform-data',
        setup(b) {
          b.onLoad({ filter: /[\\/]utils[\\/]platforms[\\/][^\\/]+\.ts$/ }, (args) =>
            /(schema|define-platform|index|sites)\.ts$/.test(args.path)
              ? undefined
              : { contents: stripPlatformData(readFileSync(args.path, 'utf8'), drop), loader: 'ts' },
          );
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

type Method = 'floor' | 'jobFloor' | 'unwall' | 'unwallWarm' | 'unwallPage' | 'peer' | 'peerIt';

/** Links of another feed (another seed), to warm the engine on for `unwallWarm`. */
const warmUp = (() => {
  const html = generateFeed(10_000, 9).html;
  const unescape = (t: string) =>
    t
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return {
    texts: [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => unescape(m[1]!)),
    hrefs: [...html.matchAll(/href="([^"]*)"/g)].map((m) => unescape(m[1]!)),
  };
})();

async function measure(
  context: BrowserContext,
  url: string,
  script: string,
  method: Method,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    ([m, warm]) => {
      const bench = (window as unknown as { unwallBench: Record<string, (arg: unknown) => { ms: number }> })
        .unwallBench;
      // Every method starts on a clean heap: no collection left over from loading the page.
      (window as unknown as { gc(): void }).gc();
      return bench[m]!(warm);
    },
    [method, warmUp] as const,
  );
  await page.close();
  return result.ms;
}

/** One size's medians, in ms. */
interface SizeResult {
  floorMs: number;
  jobFloorMs: number;
  unwallMs: number;
  unwallWarmMs: number;
  unwallPageMs: number;
  /** linkify-element. */
  peerMs: number;
  linkifyItMs: number;
}

async function scanCost(context: BrowserContext, server: FixtureServer, script: string) {
  const sizes: Record<string, SizeResult> = {};
  const samples: Record<string, Record<Method, number[]>> = {};
  for (const size of SIZES) {
    server.page(`https://bench.unwall.test/feed-${size}`, feedDocument(generateFeed(size).html));
    samples[size] = {
      floor: [],
      jobFloor: [],
      unwall: [],
      unwallWarm: [],
      unwallPage: [],
      peer: [],
      peerIt: [],
    };
  }
  const order: Method[] = ['floor', 'jobFloor', 'unwall', 'unwallWarm', 'unwallPage', 'peer', 'peerIt'];
  for (let run = 0; run < RUNS; run++) {
    for (const size of SIZES) {
      // Interleaved, and rotated so that no method always runs first.
      for (let i = 0; i < order.length; i++) {
        const method = order[(i + run) % order.length]!;
        samples[size]![method].push(
          await measure(context, `https://bench.unwall.test/feed-${size}`, script, method),
        );
      }
    }
  }
  for (const size of SIZES) {
    const s = samples[size]!;
    sizes[size] = {
      floorMs: round(median(s.floor)),
      jobFloorMs: round(median(s.jobFloor)),
      unwallMs: round(median(s.unwall)),
      unwallWarmMs: round(median(s.unwallWarm)),
      unwallPageMs: round(median(s.unwallPage)),
      peerMs: round(median(s.peer)),
      linkifyItMs: round(median(s.peerIt)),
    };
  }
  return sizes;
}

async function incremental(context: BrowserContext, script: string) {
  const appended = generateFeed(1000, 2).html;
  const full: number[] = [];
  const add: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.goto('https://bench.unwall.test/feed-100000');
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(async (html) => {
      type Bench = { unwall(): { ms: number }; append(h: string): Promise<{ ms: number; fixed: number }> };
      const bench = (window as unknown as { unwallBench: Bench }).unwallBench;
      (window as unknown as { gc(): void }).gc();
      const scan = bench.unwall();
      const more = await bench.append(html);
      return { fullMs: scan.ms, appendMs: more.ms, fixed: more.fixed };
    }, appended);
    if (result.fixed === 0) throw new Error('The appended nodes were not processed');
    full.push(result.fullMs);
    add.push(result.appendMs);
    await page.close();
  }
  return { appendMs: round(median(add)), fullMs: round(median(full)) };
}

/** Records long tasks from the start, and the \`load\` event, when Unwall's content script starts its work. */
const observerHead = `<script>
window.__tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) __tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
addEventListener('load', () => { window.__ranAt = performance.now(); });
</script>`;

/** The live tab: the real content script on the 100k page; the longest task from its start until the page is done. */
async function responsiveness(browser: Launched, expected: number) {
  const longest: number[] = [];
  const before: number[] = [];
  for (let run = 0; run < 3; run++) {
    const page = await browser.context.newPage();
    await page.goto('https://bench.unwall.test/live-100000');
    await settledLinkCount(page, expected);
    const { tasks, ranAt } = await page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][]; __ranAt: number };
      return { tasks: w.__tasks, ranAt: w.__ranAt };
    });
    longest.push(Math.max(0, ...tasks.filter(([start]) => start >= ranAt).map(([, d]) => d)));
    // The page's own parse before \`load\` shows that the observer sees long tasks at all.
    before.push(Math.max(0, ...tasks.filter(([start]) => start < ranAt).map(([, d]) => d)));
    await page.close();
  }
  return {
    longestTaskMs: round(Math.max(...longest)),
    runs: longest.map(round),
    pageParseLongestTaskMs: round(Math.max(...before)),
  };
}

async function loadTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto('https://bench.unwall.test/load-100000', { waitUntil: 'load' });
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await page.close();
  return ms;
}

async function pageLoad(withExt: Launched, without: Launched) {
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < RUNS * 2; run++) {
    if (run % 2 === 0) {
      a.push(await loadTime(withExt.context));
      b.push(await loadTime(without.context));
    } else {
      b.push(await loadTime(without.context));
      a.push(await loadTime(withExt.context));
    }
  }
  const withMs = round(median(a));
  const withoutMs = round(median(b));
  return { withMs, withoutMs, ratio: round(withMs / withoutMs) };
}

/** Bytes of a page and every script and style it loads, following static imports between chunks. */
function pageBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(extensionDir, file), 'utf8');
    const refs = [
      ...text.matchAll(
        /(?:src|href)="\/?([^"]+\.(?:js|css))"|from\s*"\.?\.?\/?([^"]+\.js)"|import\s*"\.?\.?\/?([^"]+\.js)"/g,
      ),
    ];
    for (const m of refs) {
      const ref = (m[1] ?? m[2] ?? m[3])!;
      visit(ref.startsWith('chunks/') || ref.startsWith('assets/') ? ref : join(dirname(file), ref));
    }
  };
  visit(html);
  return [...seen].reduce((sum, file) => sum + statSync(join(extensionDir, file)).size, 0);
}

function bundle() {
  const content = readFileSync(join(extensionDir, 'content-scripts/links.js'));
  return {
    contentScriptBytes: content.length,
    contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
    popupBytes: pageBytes('popup.html'),
  };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

function table(results: Record<string, unknown> & ReturnType<typeof Object>): string {
  const r = results as unknown as Results;
  const lines = [
    '| nodes | floor ms | job floor ms | Unwall ms (all work) | … engine warm | … page share | linkify-element ms | linkify-it ms | Unwall / floor | Unwall / linkify-element | Unwall / linkify-it |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const size of SIZES) {
    const s = r.sizes[size]!;
    lines.push(
      `| ${size.toLocaleString('en')} | ${s.floorMs} | ${s.jobFloorMs} (${round(s.jobFloorMs / s.floorMs)}× floor) | ${s.unwallMs} | ${s.unwallWarmMs} | ${s.unwallPageMs} | ${s.peerMs} | ${s.linkifyItMs} | ${round(s.unwallMs / s.floorMs)} (warm ${round(s.unwallWarmMs / s.floorMs)}, page ${round(s.unwallPageMs / s.floorMs)}) | ${round(s.unwallMs / s.peerMs)} (warm ${round(s.unwallWarmMs / s.peerMs)}) | ${round(s.unwallMs / s.linkifyItMs)} (warm ${round(s.unwallWarmMs / s.linkifyItMs)}) |`,
    );
  }
  lines.push('', '| measure | value | target |', '|---|---:|---:|');
  lines.push(`| growth (Unwall 100k / 10k) | ${r.growth} | ≤ 12 |`);
  lines.push(
    `| append 1k nodes to a scanned 100k page | ${r.incremental.appendMs} ms (${round((100 * r.incremental.appendMs) / r.incremental.fullMs)}% of ${r.incremental.fullMs} ms) | ≤ 3% |`,
  );
  lines.push(
    `| longest task, live tab, 100k page (after \`load\`; the page's own parse before it: ${r.pageParseLongestTaskMs} ms) | ${r.longestTaskMs} ms | ≤ 50 ms |`,
  );
  lines.push(
    `| page load with / without | ${r.pageLoad.withMs} / ${r.pageLoad.withoutMs} ms = ${r.pageLoad.ratio} | ≤ 1.05 |`,
  );
  lines.push(
    `| content script | ${r.bundle.contentScriptBytes} B, ${r.bundle.contentScriptGzipBytes} B gzip | ≤ 12 KB gzip |`,
  );
  lines.push(`| popup (page, scripts, styles) | ${r.bundle.popupBytes} B | |`);
  lines.push(
    `| another tab's first link under a flood, delay (median / worst of ${r.flood.runs}; ${r.flood.quietMs} ms quiet) | ${r.flood.delayMs} / ${r.flood.delayWorstMs} ms | ≤ 1,000 ms |`,
  );
  lines.push(
    `| first link after \`load\`, worker stopped / running (from navigation start: ${r.wake.coldFromStartMs} / ${r.wake.warmFromStartMs} ms) | ${r.wake.coldMs} / ${r.wake.warmMs} ms (waking: +${r.wake.wakeMs} ms) | |`,
  );
  const heaps = Object.entries(r.workerMemory.heapBytes);
  lines.push(
    `| service worker's JS heap after ${heaps.map(([pages]) => pages).join(' / ')} pages | ${heaps.map(([, bytes]) => mib(bytes)).join(' / ')} | |`,
  );
  lines.push(
    `| content script, 100k page: the page's JS heap with less without the extension (${mib(r.pageMemory.withBytes)} − ${mib(r.pageMemory.withoutBytes)}; DOM heap +${mib(r.pageMemory.domExtraBytes)}) | ${mib(r.pageMemory.extensionBytes)} | |`,
  );
  return lines.join('\n');
}

interface Results {
  sizes: Record<string, SizeResult>;
  growth: number;
  incremental: { appendMs: number; fullMs: number };
  longestTaskMs: number;
  pageParseLongestTaskMs: number;
  pageLoad: { withMs: number; withoutMs: number; ratio: number };
  bundle: ReturnType<typeof bundle>;
  flood: FloodResult;
  wake: WakeResult;
  workerMemory: WorkerMemory;
  pageMemory: PageMemory;
}

async function main(): Promise<void> {
  ensureFreshBuild();
  const script = await pageScript();
  const server = await startFixtureServer();
  const heavy = generateFeed(100_000, 3);
  const links = heavy.shareTexts + heavy.wrappers + heavy.schemeLinks;
  server.page('https://bench.unwall.test/live-100000', feedDocument(heavy.html, observerHead));
  server.page('https://bench.unwall.test/load-100000', feedDocument(heavy.html));
  const bare = await launchBrowser(server, { withExtension: false, args: ['--js-flags=--expose-gc'] });
  const withExt = await launchBrowser(server, { args: ['--js-flags=--expose-gc'] });
  try {
    console.log(`Scan cost: ${RUNS} runs per size and method, interleaved…`);
    const sizes = await scanCost(bare.context, server, script);
    console.log('Incremental…');
    const inc = await incremental(bare.context, script);
    console.log('Responsiveness in a live tab…');
    const live = await responsiveness(withExt, links);
    console.log('Page load…');
    const load = await pageLoad(withExt, bare);
    console.log('Hostile growth…');
    const hostile = hostileGrowth();
    console.log('Another tab under a flood…');
    const flood = await floodDelay(server, RUNS);
    console.log('The service worker waking from sleep…');
    const wake = await wakeCost(server, RUNS);
    console.log('Memory: the service worker over 200 pages, the content script on the 100k page…');
    const worker = await workerMemory(server);
    const page = await pageMemory(withExt, bare, 'https://bench.unwall.test/load-100000', links);
    const results = {
      chromium: execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim(),
      date: new Date().toISOString(),
      runs: RUNS,
      sizes,
      ratios: Object.fromEntries(
        Object.entries(sizes).map(([k, s]) => [
          k,
          {
            unwallPerFloor: round(s.unwallMs / s.floorMs),
            jobFloorPerFloor: round(s.jobFloorMs / s.floorMs),
            unwallPerJobFloor: round(s.unwallMs / s.jobFloorMs),
            unwallPagePerFloor: round(s.unwallPageMs / s.floorMs),
            unwallWarmPerFloor: round(s.unwallWarmMs / s.floorMs),
            unwallWarmPerPeer: round(s.unwallWarmMs / s.peerMs),
            unwallPerPeer: round(s.unwallMs / s.peerMs),
            unwallPerLinkifyIt: round(s.unwallMs / s.linkifyItMs),
            unwallWarmPerLinkifyIt: round(s.unwallWarmMs / s.linkifyItMs),
          },
        ]),
      ),
      growth: round(sizes['100000']!.unwallMs / sizes['10000']!.unwallMs),
      incremental: inc,
      longestTaskMs: live.longestTaskMs,
      longestTaskRuns: live.runs,
      pageParseLongestTaskMs: live.pageParseLongestTaskMs,
      pageLoad: load,
      bundle: bundle(),
      hostileGrowth: hostile,
      flood,
      wake,
      workerMemory: worker,
      pageMemory: page,
    };
    writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(
      `\n${results.chromium}, ${results.date}\n\n${table(results)}\n\n${hostileTable(hostile)}\n\nWritten to bench/results.json`,
    );
  } finally {
    await withExt.close();
    await bare.close();
    await server.close();
  }
}

await main();
