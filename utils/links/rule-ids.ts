// Relative, not `@/`: the build config loads this module (for the options page's rule list).
import type { Platform } from '../platforms/schema';

/** The kinds of built-in rule the options page lists, each switchable on its own. */
export type BuiltInKind =
  | 'wrapper'
  | 'interstitial'
  | 'warning'
  | 'canonical'
  | 'scheme'
  | 'appLink'
  | 'token'
  | 'textId'
  | 'accessCode'
  | 'shareText'
  | 'pageInterstitial'
  | 'pageTarget'
  | 'clickTrap';

/** One built-in rule, named by an id that stays the same while the rule does. */
export interface RuleRef {
  /** `platform:kind:key`, the key from what the rule matches (host and path, scheme route, name). */
  id: string;
  platform: string;
  kind: BuiltInKind;
  /** What it matches, for a reader: `link.zhihu.com/`, `zhihu://question/{q:digits}`. */
  key: string;
}

/** The rule lists of a platform file the switches cover (the same order as the file). */
export type RuleList =
  | 'wrappers'
  | 'canonical'
  | 'appLinks'
  | 'tokens'
  | 'textIds'
  | 'accessCodes'
  | 'pageInterstitials'
  | 'pageTargets';

interface Keyed {
  list: RuleList | 'schemes' | 'markers' | 'clickTraps';
  /** Index in the list (for a scheme route: `scheme.route`). */
  at: string;
  kind: BuiltInKind;
  key: string;
}

const hostPath = (hosts: readonly string[], path?: string) => `${hosts[0]}${path ?? ''}`;

function listKeys(p: Platform): Keyed[] {
  const keyed: Keyed[] = [];
  const add = (list: Keyed['list'], at: number | string, kind: BuiltInKind, key: string) =>
    keyed.push({ list, at: String(at), kind, key });
  p.wrappers?.forEach((w, i) => add('wrappers', i, w.kind, hostPath(w.hosts, w.path)));
  p.canonical?.forEach((c, i) => add('canonical', i, 'canonical', hostPath(c.hosts, c.path)));
  p.schemes?.forEach((s, i) =>
    s.routes.forEach((r, j) => add('schemes', `${i}.${j}`, 'scheme', `${s.names[0]}://${r.path ?? ''}`)),
  );
  p.appLinks?.forEach((a, i) => add('appLinks', i, 'appLink', hostPath(a.hosts, a.path)));
  p.tokens?.forEach((t, i) => add('tokens', i, 'token', t.name.en));
  p.textIds?.forEach((t, i) => add('textIds', i, 'textId', t.match));
  p.accessCodes?.forEach((a, i) => add('accessCodes', i, 'accessCode', a.hosts[0]!));
  if (p.markers?.length) add('markers', 0, 'shareText', p.markers[0]!);
  p.pageInterstitials?.forEach((r, i) =>
    add('pageInterstitials', i, 'pageInterstitial', hostPath(r.hosts, r.path)),
  );
  p.pageTargets?.forEach((r, i) =>
    add('pageTargets', i, 'pageTarget', `${r.pages[0]} ${hostPath(r.hosts, r.path)}`),
  );
  if (p.clickTraps) add('clickTraps', 0, 'clickTrap', p.clickTraps.hosts[0]!);
  return keyed;
}

export type KeyedRule = RuleRef & Pick<Keyed, 'list' | 'at'>;

/**
 * Each rule of a platform with its id and where it sits in the file (`list`, and `at`: its index, or
 * `scheme.route` for a scheme route).
 * @example keyedRules(zhihu)[1] // { id: 'zhihu:scheme:zhihu://question/{q:digits}', list: 'schemes', at: '0.0', … }
 */
export function keyedRules(p: Platform): KeyedRule[] {
  const seen = new Map<string, number>();
  return listKeys(p).map(({ list, at, kind, key }) => {
    const base = `${p.id}:${kind}:${key}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    // Two rules on the same host and path (different parameters) are told apart by their order.
    return { id: count === 1 ? base : `${base}#${count}`, platform: p.id, kind, key, list, at };
  });
}

/**
 * Every built-in rule of the platforms, with its stable id, in registry order.
 * @example ruleRefs([zhihu])[0] // { id: 'zhihu:interstitial:link.zhihu.com/', platform: 'zhihu', kind: 'interstitial', key: 'link.zhihu.com/' }
 */
export function ruleRefs(platforms: readonly Platform[]): RuleRef[] {
  return platforms.flatMap((p) =>
    keyedRules(p).map(({ id, platform, kind, key }) => ({ id, platform, kind, key })),
  );
}

function without(p: Platform, off: ReadonlySet<string>): Platform {
  const drop = new Set(
    keyedRules(p)
      .filter((r) => off.has(r.id))
      .map((r) => `${r.list}/${r.at}`),
  );
  if (drop.size === 0) return p;
  const keep =
    (list: RuleList) =>
    <T>(items: readonly T[] | undefined) =>
      items?.filter((_, i) => !drop.has(`${list}/${i}`));
  const schemes = p.schemes
    ?.map((s, i) => ({ ...s, routes: s.routes.filter((_, j) => !drop.has(`schemes/${i}.${j}`)) }))
    .filter((s) => s.routes.length > 0);
  const lists = [
    'wrappers',
    'canonical',
    'appLinks',
    'tokens',
    'textIds',
    'accessCodes',
    'pageInterstitials',
    'pageTargets',
  ] as const;
  const copy = { ...p, schemes } as Record<string, unknown>;
  for (const list of lists) if (p[list]) copy[list] = keep(list)(p[list] as readonly unknown[]);
  if (drop.has('markers/0')) copy.markers = undefined;
  if (drop.has('clickTraps/0')) copy.clickTraps = undefined;
  return copy as Platform;
}

/**
 * The platforms without the switched-off rules (the others untouched, the same objects).
 * @example withoutRules([zhihu], ['zhihu:interstitial:link.zhihu.com/'])[0]?.wrappers // []
 */
export function withoutRules(platforms: readonly Platform[], off: readonly string[]): Platform[] {
  if (off.length === 0) return [...platforms];
  const set = new Set(off);
  return platforms.map((p) => without(p, set));
}
