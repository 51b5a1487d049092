import type { Example, Platform } from '@/utils/platforms/schema';
import { createEngine } from './engine';
import { keyedRules, withoutRules, type KeyedRule, type RuleRef } from './rule-ids';

/** A built-in rule as the options page lists it: its id, platform, an example of it at work, its source. */
export interface CatalogEntry extends RuleRef {
  names: { en: string; zh: string };
  source?: string;
  verified?: string;
  /** An example of the platform's own this rule alone reads (or, failing that, one on its host). */
  example?: { input: string; url: string | null };
}

interface Provenance {
  source?: string;
  verified?: string;
}

function provenanceOf(p: Platform, rule: KeyedRule): Provenance {
  if (rule.list === 'markers') return p.shareText ?? {};
  if (rule.list === 'clickTraps') return p.clickTraps ?? {};
  const index = Number(rule.at.split('.')[0]);
  const item = (p[rule.list] as readonly Provenance[] | undefined)?.[index];
  return { source: item?.source, verified: item?.verified };
}

const isHost = (text: string) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text);

type Engine = ReturnType<typeof createEngine>;

function firstLink(engine: Engine, input: string): string {
  const link = engine.findLinks(input).find((l) => l.url !== null);
  return link ? `${link.kind} ${link.url}` : '';
}

/** Whether the platform gives the example's answer, and without this one rule would not. */
function readsExample(full: Engine, without: Engine, example: Example): boolean {
  if (example.url === null || example.page) return false;
  const found = firstLink(full, example.input);
  return found.endsWith(` ${new URL(example.url).href}`) && found !== firstLink(without, example.input);
}

function exampleOf(p: Platform, rule: KeyedRule, full: Engine): CatalogEntry['example'] {
  const without = createEngine(withoutRules([p], [rule.id]));
  const literal = rule.key.split('{')[0]!;
  const host = rule.key.split(/[/ ]/)[0]!.replace(/^\*\./, '');
  const found =
    p.examples.find((e) => e.input.includes(literal) && readsExample(full, without, e)) ??
    p.examples.find((e) => readsExample(full, without, e)) ??
    (isHost(host)
      ? p.examples.find((e) => e.url !== null && (e.page?.host ?? e.input).includes(host))
      : undefined);
  return found && { input: found.input, url: found.url };
}

/**
 * Every built-in rule with its names, source and an example, for the options page's list (built with
 * the extension from the full platform files, whose examples and sources the bundles leave out).
 * @example ruleCatalog([zhihu])[0]?.example // { input: 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan', url: 'https://github.com/Aixile/chainer-cyclegan' }
 */
export function ruleCatalog(platforms: readonly Platform[]): CatalogEntry[] {
  return platforms.flatMap((p) => {
    const rules = keyedRules(p);
    const full = createEngine([p]);
    return rules.map((rule) => ({
      id: rule.id,
      platform: rule.platform,
      kind: rule.kind,
      key: rule.key,
      names: p.names,
      ...provenanceOf(p, rule),
      example: exampleOf(p, rule, full),
    }));
  });
}
