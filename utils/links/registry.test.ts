import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { platformSchema, type Example, type Platform } from '@/utils/platforms/schema';
import { defaultRules } from './default-rules';
import { createEngine } from './engine';
import { createPageFilter, pageFilterData } from './page-filter';
import { appLinkOf as appLinkIn, compileAppLinks } from './app-links';
import { appLinkOf, createPageEngine, findLinks, toDirectUrl, type FoundLink } from './index';

const pageEngine = createPageEngine([]);

const platformsDir = resolve(import.meta.dirname, '../platforms');

const helperFiles = new Set(['index.ts', 'schema.ts', 'define-platform.ts', 'sites.ts', 'not-titles.ts']);

function firstUrl(links: FoundLink[]): FoundLink | undefined {
  return links.find((link) => link.url !== null);
}

function checkExample(example: Example, links: FoundLink[]): void {
  if (example.url === null) {
    expect(links.filter((l) => l.url !== null).map((l) => l.url)).toEqual([]);
    if (example.token) expect(links.map((l) => l.token)).toContain(example.token);
    return;
  }
  const first = firstUrl(links);
  expect(first?.url).toBe(new URL(example.url).href);
  if (example.title !== undefined) expect(first?.title).toBe(example.title);
  if (example.token !== undefined) expect(first?.token).toBe(example.token);
  if (example.kind !== undefined) expect(first?.kind).toBe(example.kind);
}

describe('the platform registry', () => {
  it('registers every platform file exactly once, under its file name', () => {
    const files = readdirSync(platformsDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const ids = files.filter((f) => !helperFiles.has(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(platforms.map((p) => p.id).sort()).toEqual(ids.sort());
  });

  it('reads the share texts or tokens of at least 40 platforms', () => {
    const sharing = platforms.filter((p) => p.markers?.length || p.tokens?.length || p.accessCodes?.length);
    expect(sharing.length).toBeGreaterThanOrEqual(40);
  });

  it.each(platforms.map((p) => [p.id, p] as const))('%s matches the platform schema', (_, platform) => {
    const result = platformSchema.safeParse(platform);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

/**
 * An example names the app link of its direct URL exactly when there is one, and the engine reads
 * that app link back to the URL: the app link is the exact inverse of a scheme route.
 */
function checkAppLink(example: Example, links: FoundLink[]): void {
  const url = firstUrl(links)?.url ?? null;
  expect(url === null ? undefined : (appLinkOf(url) ?? undefined)).toBe(example.appLink);
  if (example.appLink !== undefined) expect(toDirectUrl(example.appLink)).toBe(url);
}

describe.each(platforms.map((p) => [p.id, p] as const))('examples of %s', (_, platform: Platform) => {
  it.each(platform.examples.map((e) => [e.input, e] as const))('%s', (_, example) => {
    if (!example.page) {
      const links = findLinks(example.input);
      checkExample(example, links);
      return checkAppLink(example, links);
    }
    const link = pageEngine.pageTargetOf(example.page.host, example.input, example.page.read);
    expect(link?.url ?? null).toBe(example.url && new URL(example.url).href);
  });
});

describe('the page prefilter', () => {
  const filter = createPageFilter(pageFilterData(defaultRules));
  const texts = platforms.flatMap((p) =>
    p.examples.filter((e) => !e.page).map((e) => [p.id, e.input] as const),
  );

  it.each(texts)('lets through every example of %s that gives something: %s', (_, input) => {
    if (findLinks(input).length > 0) expect(filter.mayContainLinks(input)).toBe(true);
  });

  it('lets through a code that counts only beside its marker, by the marker', () => {
    const text = 'trR:/ 长按复制此条消息，打开抖音搜索，查看TA的更多作品。';
    expect(findLinks(text).map((l) => l.token)).toEqual(['trR:/']);
    expect(filter.mayContainLinks(text)).toBe(true);
  });
});

describe('page-target rules', () => {
  const withTargets = platforms.filter((p) => p.pageTargets !== undefined);
  it.each(withTargets.map((p) => [p.id, p] as const))(
    '%s shows each rule at work on its page',
    (_, platform) => {
      const pages = platform.examples.filter((e) => e.page && e.url !== null).map((e) => e.page!.host);
      for (const rule of platform.pageTargets ?? []) {
        expect(pages.some((host) => rule.pages.some((p) => host === p || host.endsWith(`.${p}`)))).toBe(true);
      }
    },
  );
});

describe('app-link rules', () => {
  const withAppLinks = platforms.filter((p) => p.appLinks !== undefined);
  it.each(withAppLinks.map((p) => [p.id, p] as const))('%s shows each rule at work', (_, platform) => {
    const shown = platform.examples.filter((e) => e.appLink !== undefined);
    for (const rule of platform.appLinks ?? []) {
      const alone = compileAppLinks([{ ...platform, appLinks: [rule] }]);
      expect(shown.some((e) => appLinkIn(alone, defaultRules, e.url!) === e.appLink)).toBe(true);
    }
  });
});

/**
 * Each platform's rules alone, run over every other platform's examples: where one of its rules
 * fires (a wrapper, an app link, a share text), it must agree with the whole engine.
 */
describe('no platform over-matches the examples of another', () => {
  it.each(platforms.map((p) => [p.id, p] as const))('%s', (_, platform) => {
    const alone = createEngine([platform]);
    const disagreements: string[] = [];
    for (const other of platforms) {
      if (other === platform) continue;
      for (const example of other.examples) {
        const full = findLinks(example.input);
        for (const link of alone.findLinks(example.input)) {
          if (link.kind === 'url' || link.kind === 'obfuscated') continue;
          const agreed = full.find((f) => f.start === link.start && f.end === link.end);
          if (agreed?.url !== link.url) disagreements.push(`${other.id}: ${example.input} -> ${link.url}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('no platform or app name is a title', () => {
  const names = platforms.flatMap((p) => [p.names.en, p.names.zh, ...(p.appNames ?? [])]);
  it.each(names.flatMap((name) => [name, `手机${name}`, `${name}APP`]))(
    '【%s】 before a token or after it',
    (name) => {
      for (const text of [`【${name}】￥dAEYbi4KO4D￥`, `￥dAEYbi4KO4D￥ 打开【${name}】即可查看`]) {
        expect(findLinks(text).map((l) => l.title)).toEqual([undefined]);
      }
    },
  );
});
