import { z } from 'zod';
import { isUnderDomain } from '../url';

/**
 * The one schema every platform file is checked against (by the registry test, and by anything that
 * loads rules from outside the bundle). The content script uses the data as typed constants and never
 * ships zod.
 *
 * Patterns (`path`, `query` values, `match` of text ids) and `to` templates are the small language
 * documented once in `utils/links/pattern.ts`. No raw regular expressions.
 */

const hostName = z
  .string()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case host name, optionally starting with *.');
const pattern = z.string().min(1).max(300);
const template = z.string().min(1).max(300);

/**
 * Where a rule came from, so a newcomer can follow it: a public web address (a page, an issue, a
 * file), or a public repository and a file in it written `owner/repo path/to/file`. Several may be
 * joined with `; `. Never a private research note.
 */
export const sourceSchema = z
  .string()
  .min(3)
  .max(600)
  .refine(isCitation, 'a web address or `owner/repo path/to/file`')
  .refine((text) => !/\b(sharetext|redirects|payments)\.(md|json)\b/.test(text), 'not a private note');
const source = sourceSchema;

/** The day a rule was last confirmed against its source: `YYYY-MM-DD`. */
export const verifiedSchema = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
const verified = verifiedSchema;

/**
 * A citation: an http(s) address, or a repository (`owner/repo`) followed by a path in it.
 * @example isCitation('maomao1996/tampermonkey-scripts remove-redirect/src/sites/so.com.ts') // true
 */
export function isCitation(text: string): boolean {
  return (
    /https?:\/\/[^\s/]+\.[^\s]+/.test(text) ||
    /(^|[\s;(])[\w.-]+\/[\w.-]+ [^\s;]*[^\s;/.]\.[a-z]{1,5}(?![\w.])/i.test(text)
  );
}

const routeBase = {
  /** Literal path pattern (`/link`, `/i{id:digits}.htm`); a trailing `/**` also matches any rest. */
  path: pattern.optional(),
  /** Query parameters that must all be present and match (write two rules for alternatives). */
  query: z.record(z.string().min(1), pattern).optional(),
  /** The whole raw query string (after `?`) as a pattern: for targets written unencoded. */
  rawQuery: pattern.optional(),
  /** A query parameter whose value is JSON; its fields are matched like `query`. */
  json: z.strictObject({ param: z.string().min(1), fields: z.record(z.string().min(1), pattern) }).optional(),
  /** Where the match leads: a template over the placeholders, or null for "known, but no web page". */
  to: template.nullable(),
  /** The result must be on one of this platform's own hosts (for scheme-to-https swaps). */
  ownHostsOnly: z.boolean().optional(),
  note: z.string().optional(),
  source: source.optional(),
  verified: verified.optional(),
};

/** A rule's provenance: required on every rule (a scheme's routes may override their scheme's). */
const provenance = { source, verified };

/**
 * What a platform's warning page says of the link it stops: `unsafe` (it may be unsafe, continue at
 * your own risk) or `blocked` (the platform stopped access to it).
 */
export const verdictSchema = z.enum(['unsafe', 'blocked']);

/**
 * A route that carries its target in the address. `wrapper`: a redirect; `interstitial`: a page that
 * only says "you are leaving, continue?". `warning`: a page whose job is to stop a link the platform
 * flags or blocks; Unwall never rewrites a link to it nor forwards from it, it shows the verdict and
 * lets the user choose. A route whose page is not known to be a plain notice is a warning.
 */
export const wrapperSchema = z
  .strictObject({
    kind: z.enum(['wrapper', 'interstitial', 'warning']),
    /** For a warning: what the page says; the bar shows it in plain words. */
    verdict: verdictSchema.optional(),
    hosts: z.array(hostName).min(1),
    ...routeBase,
    ...provenance,
  })
  .refine(
    (w) => (w.kind === 'warning') === (w.verdict !== undefined),
    'a warning, and only a warning, has a verdict',
  )
  .refine((w) => w.kind !== 'warning' || w.source !== undefined, 'a warning names the source of its verdict');

/** An attribute a page keeps an anchor's target in; never one of Unwall's own (`data-unwall-*`). */
const attributeName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,40}$/)
  .refine((name) => !name.startsWith('data-unwall') && name !== 'href', "not Unwall's own, nor the href");

/** An interstitial whose target is only in the page (weixin110): read by the page layer. */
export const pageInterstitialSchema = z.strictObject({
  hosts: z.array(hostName).min(1),
  path: pattern,
  /** CSS selectors whose text or href holds the target, tried in order. */
  selectors: z.array(z.string().min(1)).optional(),
  /** Elements whose attribute holds the target (`body[data-url]`), tried after the selectors. */
  attributes: z.array(z.strictObject({ selector: z.string().min(1), name: attributeName })).optional(),
  /** Query parameters the platform adds to the target on its way out (Weibo's `continueFlag`): taken off. */
  strip: z.array(z.string().min(1)).optional(),
  /**
   * The page's own "continue" control, for a page that gives its target only to a click: clicked
   * once, when the user lets Unwall skip such pages and nothing else gave the target.
   */
  click: z.array(z.string().min(1)).optional(),
  /** Inline-script assignments holding the target: the exact key path `object.property`. */
  scriptKeys: z.array(z.string().regex(/^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/)).optional(),
  /**
   * When the same address serves both a notice and a block page, the block page's words: a page whose
   * text holds any of them is a warning (checked before any forward; fail closed).
   */
  warning: z
    .strictObject({ markers: z.array(z.string().min(2)).min(1), verdict: verdictSchema, source })
    .optional(),
  ...provenance,
});

/**
 * Where a page keeps an anchor's real target: an attribute of the anchor; or, with `within`, of the
 * one element that carries it inside the anchor's nearest ancestor matching that CSS selector (a
 * search result's box); or the anchor's own text when that text is a whole http(s) address.
 */
export const pageTargetSourceSchema = z.union([
  z.strictObject({ attribute: attributeName, within: z.string().min(1).max(120).optional() }),
  z.strictObject({ text: z.literal(true) }),
]);

/**
 * Anchors whose address does not carry their target (an opaque id: Baidu's `/link?url=…`, t.co),
 * while the page that shows them keeps it beside the link. Read by the page layer on `pages` only,
 * for anchors on `hosts` whose path matches; the target then passes the checks every answer passes.
 */
export const pageTargetSchema = z.strictObject({
  /** The pages that keep the target (a host covers its subdomains). */
  pages: z.array(hostName).min(1),
  /** The anchors' hosts (as for wrappers: exact, or `*.parent`). */
  hosts: z.array(hostName).min(1),
  path: pattern.optional(),
  /** Tried in order; the first that holds a value decides. */
  from: z.array(pageTargetSourceSchema).min(1),
  ...provenance,
});

/** For app links, `path` is matched against what follows `scheme://` up to the query: `video/{id:digits}`. */
export const schemeRouteSchema = z.strictObject(routeBase);

export const schemeSchema = z.strictObject({
  /** Lower-case scheme names (matched case-insensitively): `taobao`, `openapp.jdmobile`. */
  names: z.array(z.string().regex(/^[a-z][a-z0-9+.-]{1,30}$/)).min(1),
  routes: z.array(schemeRouteSchema).min(1),
  ...provenance,
});

/**
 * A web page's app link: the address a phone's camera opens straight in the platform's app
 * (`https://www.douyin.com/video/1` → `snssdk1128://aweme/detail/1`). The inverse of one of the
 * platform's `schemes` routes: `hosts`, `path` and `query` match the direct web address (its path
 * without a trailing slash), `to` writes the app link, whose scheme is one of the platform's scheme
 * names. Only ever shown as a QR code for a phone, never as a link to click.
 */
export const appLinkSchema = z.strictObject({
  hosts: z.array(hostName).min(1),
  path: pattern.optional(),
  query: z.record(z.string().min(1), pattern).optional(),
  to: template,
  note: z.string().optional(),
  ...provenance,
});

export const canonicalSchema = z.strictObject({
  hosts: z.array(hostName).min(1),
  ...routeBase,
  ...provenance,
});

export const tokenSchema = z.strictObject({
  name: z.strictObject({ en: z.string(), zh: z.string() }),
  /** Code lengths: 6 and more, or less for a code a suffix closes (see `shortCodesHaveSuffix`). */
  lengths: z.array(z.number().int().min(1).max(32)).min(1),
  /** Characters that may stand right before and after the token (emoji allowed). */
  wrappers: z.array(z.string().min(1).max(2)).optional(),
  /** Literal prefixes that introduce the token instead of wrappers (`#小程序://`). */
  prefixes: z.array(z.string().min(1)).optional(),
  /** After a prefix, a name (and maybe a page name), each up to `/`, comes before the token. */
  namedPrefix: z.boolean().optional(),
  /** Closes a prefixed token where it follows the code (`#` after an Alipay 吱口令); copied with it. */
  closer: z.string().min(1).max(3).optional(),
  /**
   * A literal that closes a code written without wrappers, the code standing after a space or at a
   * line's start (Douyin's `bNW:/`): code and suffix are the token. Such a token needs a marker.
   */
  suffix: z.string().min(2).max(3).optional(),
  /** A promotion code such as `CZ3457 ` may stand between the opening wrapper and the token. */
  channelCode: z.boolean().optional(),
  /** Tokens mix upper and lower case (tells them from words and numbers). */
  mixedCase: z.boolean().optional(),
  /** Only counts when one of the platform's markers stands in the same text. */
  needsMarker: z.boolean().optional(),
  /** URL parameters of the platform's links that carry this token (`tk`, base64 `sp_tk`). */
  params: z.array(z.strictObject({ name: z.string(), base64: z.boolean().optional() })).optional(),
  ...provenance,
});

/**
 * A code shorter than 6 letters and digits is a token only where a suffix closes it (Douyin's
 * `bNW:/`, which also needs a marker): in wrappers or after a prefix, it would match words.
 * @example shortCodesHaveSuffix({ lengths: [3], suffix: ':/' }) // true
 */
export function shortCodesHaveSuffix(token: Pick<Token, 'lengths' | 'suffix'>): boolean {
  return token.suffix !== undefined || token.lengths.every((n) => n >= 6);
}

/**
 * The access code a share text writes right after a share link of these hosts (`链接: … 提取码: abcd`),
 * read by `utils/links/access-codes.ts`. With `param`, the site fills its code box from that query
 * parameter, so the code goes into the link; without it, the code is the token the user copies.
 */
export const accessCodeSchema = z.strictObject({
  /** The share links' hosts; each covers its subdomains. */
  hosts: z.array(hostName).min(1),
  /** Share-link paths (patterns); any path when absent. */
  paths: z.array(pattern).min(1).optional(),
  /** The words written before the code (`提取码`, `密码`), then maybe `:` or `：` and spaces. */
  labels: z.array(z.string().min(2).max(8)).min(1),
  /** The lengths a code has; a code is letters and digits. */
  lengths: z.array(z.number().int().min(2).max(16)).min(1),
  /** The query parameter the site reads the code from; a link that has it already keeps its own. */
  param: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,15}$/)
    .optional(),
  ...provenance,
});

/**
 * Pages whose own scripts route clicks on links that are already direct through the site: a
 * `mousedown` that swaps in the site's redirect, a `ping` beacon, an inline handler. On these page
 * hosts (an exact host, or `*.` and a domain for its subdomains) the page layer keeps a click on a
 * link to another site going to the address it shows, and takes the listed attributes off it.
 */
export const clickTrapsSchema = z.strictObject({
  hosts: z.array(hostName).min(1),
  /**
   * The attributes the page's click tracking reads: `ping`, inline `on…` handlers and `data-…`
   * attributes only, never one that says where the link goes or one of Unwall's own.
   */
  attributes: z.array(
    z
      .string()
      .regex(/^(ping|on[a-z]+|data-[a-z0-9-]+)$/)
      .refine((name) => !name.startsWith('data-unwall'), "not one of Unwall's own attributes"),
  ),
  ...provenance,
});

/** A lower-case host name, exactly: no `*.`. */
const exactHost = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case host name, exactly');

/**
 * Other web hosts that serve the platform's pages at the same paths and queries (RedNote's
 * `www.rednote.com` for Xiaohongshu). The user may pick one in the settings: the platform's direct
 * links on `main` then open there (see `utils/links/mirrors.ts`). Every host is one of the
 * platform's own (under its `domains`).
 */
export const mirrorsSchema = z.strictObject({
  /** The web host the platform's direct links are on. */
  main: exactHost,
  hosts: z
    .array(
      z.strictObject({
        host: exactHost,
        /** What the settings call this host (`RedNote`); the main host goes by the platform's name. */
        names: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
      }),
    )
    .min(1),
  ...provenance,
});

/** A lower-case app scheme name (matched case-insensitively): `taobao`, `openapp.jdmobile`. */
const schemeName = z.string().regex(/^[a-z][a-z0-9+.-]{1,30}$/);

/**
 * What an app-only QR code is for: paying (a shop's or a person's payment code), signing in on
 * another screen, opening a mini-program, joining a group.
 */
export const appOnlyKindSchema = z.enum(['payment', 'login', 'mini-program', 'group']);

/**
 * QR codes that only the platform's app reads: no browser can pay, sign in, open a mini-program or
 * join a group with them, so Unwall names the app (the platform's names) instead of offering a link
 * (`utils/links/app-only-codes.ts`). A code is the whole text of a QR code: an address on one of
 * `hosts` (exact, or `*.` and a domain), or a link of one of `schemes`; `path` as for wrappers (for a
 * scheme, what follows `scheme://` up to the query), any path when absent.
 */
export const appOnlyCodeSchema = z
  .strictObject({
    kind: appOnlyKindSchema,
    hosts: z.array(hostName).min(1).optional(),
    schemes: z.array(schemeName).min(1).optional(),
    path: pattern.optional(),
    /** Whole code texts that must be read as this code (`app-only-codes.test.ts` runs them). */
    examples: z.array(z.string().min(1)).min(1),
    note: z.string().optional(),
    ...provenance,
  })
  .refine((c) => (c.hosts === undefined) !== (c.schemes === undefined), 'either hosts or schemes');

export const textIdSchema = z.strictObject({
  /** A literal prefix followed by placeholders: `BV1{id:base58:9}`. */
  match: pattern,
  to: template,
  ...provenance,
});

/**
 * Where a share text keeps its title: `corner-after` 「…」 after the link, `lenticular-before` and
 * `-after` 【…】, `book-before` 《…》 before it (a song's name), `line-before` the line above ending
 * in a `titleSuffixes` entry, `line-after` the rest of the link's line.
 */
export const titleStyleSchema = z.enum([
  'corner-after',
  'lenticular-before',
  'lenticular-after',
  'book-before',
  'line-before',
  'line-after',
]);

export const exampleSchema = z.strictObject({
  input: z.string().min(1),
  /**
   * For a page-target rule: the page's host and the value the page keeps beside the anchor `input`;
   * `url` is then what the anchor becomes (null: left alone).
   */
  page: z.strictObject({ host: z.string().min(1), read: z.string() }).optional(),
  /** The direct URL the input must give (first link found), or null when it must give none. */
  url: z.string().nullable(),
  /** For findLinks: the token the link must carry. */
  token: z.string().optional(),
  title: z.string().optional(),
  /**
   * For findLinks: the kind the link must be found as; `share` says a marker or title made it a share
   * text (a bare address on the platform's host is found as `url` anyway).
   */
  kind: z.enum(['share', 'url', 'obfuscated', 'scheme', 'wrapper', 'generic', 'token']).optional(),
  /** The app link (`appLinks`) of the direct URL `url`; the engine must read it back to `url`. */
  appLink: z.string().optional(),
});

export const platformSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9]*$/),
    names: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
    /**
     * Other names the platform or its app goes by in share texts (`手淘`, `抖音商城`). Like `names`,
     * and like either with `手机` before it or `APP` after it, never a share text's title.
     */
    appNames: z.array(z.string().min(1)).optional(),
    /** Web hosts (a host covers its subdomains). */
    domains: z.array(hostName).optional(),
    /** Short-link and share hosts; they are kept as they are (expanding them needs the network). */
    shortDomains: z.array(hostName).optional(),
    /** Literal strings that mark a share text of this platform (`【淘宝】`, `复制打开抖音`). */
    markers: z.array(z.string().min(2)).optional(),
    /**
     * Where the share-text format (markers, short-link hosts, title styles) was seen, and when it was
     * last confirmed: required with `markers` or `shortDomains`.
     */
    shareText: z.strictObject(provenance).optional(),
    /** Where a share text keeps its title, tried in order. */
    titles: z.array(titleStyleSchema).optional(),
    /** Suffixes cut from a title (`-哔哩哔哩`), then an author after the last separator. */
    titleSuffixes: z.array(z.string().min(1)).optional(),
    titleAuthorSeparator: z.string().optional(),
    /** An honest web page for a title when only a token is known (`{title}` is filled in). */
    searchUrl: template.optional(),
    tokens: z
      .array(tokenSchema.refine(shortCodesHaveSuffix, 'a code shorter than 6 needs a suffix'))
      .optional(),
    accessCodes: z.array(accessCodeSchema).optional(),
    textIds: z.array(textIdSchema).optional(),
    schemes: z.array(schemeSchema).optional(),
    appLinks: z.array(appLinkSchema).optional(),
    wrappers: z.array(wrapperSchema).optional(),
    pageInterstitials: z.array(pageInterstitialSchema).optional(),
    pageTargets: z.array(pageTargetSchema).optional(),
    /**
     * Pages that open outside links from script, through `window.open(wrapper)`, where no anchor shows
     * the wrapper: only on these hosts does a page-world script pass `window.open` through the simple
     * wrappers (see `utils/links/open-wrappers.ts`).
     */
    windowOpenHosts: z.array(hostName).optional(),
    canonical: z.array(canonicalSchema).optional(),
    appOnlyCodes: z.array(appOnlyCodeSchema).optional(),
    clickTraps: clickTrapsSchema.optional(),
    mirrors: mirrorsSchema.optional(),
    sources: z.array(source).optional(),
    examples: z.array(exampleSchema).min(1),
  })
  .refine((p) => p.shareText !== undefined || (p.markers === undefined && p.shortDomains === undefined), {
    message: 'markers and short-link hosts come with `shareText`: where the format was seen, and when',
    path: ['shareText'],
  })
  .refine((p) => p.mirrors === undefined || mirrorHostsAreOwn(p.mirrors, p.domains ?? []), {
    message: "a mirror's hosts, the main one too, are the platform's own (under its domains), each once",
    path: ['mirrors'],
  })
  .refine((p) => (p.appLinks ?? []).every((link) => isOwnAppLink(link.to, p.schemes ?? [])), {
    message: "an app link's scheme is one of the platform's own `schemes` (whose routes read it back)",
    path: ['appLinks'],
  });

function isOwnAppLink(to: string, schemes: readonly z.infer<typeof schemeSchema>[]): boolean {
  return schemes.some((scheme) => scheme.names.some((name) => to.startsWith(`${name}://`)));
}

function mirrorHostsAreOwn(mirrors: z.infer<typeof mirrorsSchema>, domains: readonly string[]): boolean {
  const hosts = [mirrors.main, ...mirrors.hosts.map((h) => h.host)];
  const own = (host: string) => domains.some((d) => isUnderDomain(host, d.replace(/^\*\./, '')));
  return new Set(hosts).size === hosts.length && hosts.every(own);
}

export type Platform = z.infer<typeof platformSchema>;
export type Wrapper = z.infer<typeof wrapperSchema>;
export type PageInterstitial = z.infer<typeof pageInterstitialSchema>;
export type PageTarget = z.infer<typeof pageTargetSchema>;
export type PageTargetSource = z.infer<typeof pageTargetSourceSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeRoute = z.infer<typeof schemeRouteSchema>;
export type Canonical = z.infer<typeof canonicalSchema>;
export type AppLink = z.infer<typeof appLinkSchema>;
export type Mirrors = z.infer<typeof mirrorsSchema>;
export type ClickTraps = z.infer<typeof clickTrapsSchema>;
export type Token = z.infer<typeof tokenSchema>;
export type AccessCode = z.infer<typeof accessCodeSchema>;
export type TextId = z.infer<typeof textIdSchema>;
export type TitleStyle = z.infer<typeof titleStyleSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type AppOnlyCode = z.infer<typeof appOnlyCodeSchema>;
export type AppOnlyKind = z.infer<typeof appOnlyKindSchema>;
