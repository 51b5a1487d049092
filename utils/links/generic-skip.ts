/**
 * Where the generic fallback never guesses: the pages and parameters whose embedded address is not
 * a redirect target. Skip Redirect (sblask-webextensions/webextension-skip-redirect, `background.js`:
 * `DEFAULT_NO_SKIP_URLS_LIST`, `DEFAULT_NO_SKIP_PARAMETERS_LIST`) learned from its users that skipping
 * on sign-in, account and payment pages breaks them; its lists are the start of these ones.
 */
// Relative, not `@/`: the build config loads the engine before the alias exists.
import { isLoginReturnParam } from './user-rules';

/**
 * Parameters that name where the visitor came from, never where to go (Skip Redirect's default
 * no-skip parameters), and a payment's server callback (Alipay's `notify_url`), compared like
 * `isLoginReturnParam`.
 */
const SOURCE_PARAMS = new Set(['from', 'ref', 'refurl', 'referer', 'referrer', 'source', 'notifyurl']);

/**
 * Whether a query parameter may never carry a generic target: a login's return address (OAuth
 * `redirect_uri`, CAS `service`, SAML `RelayState`, `next`, `continue`… see `isLoginReturnParam`) or
 * where the visitor came from.
 * @example isNoSkipParam('redirect_uri') // true
 * @example isNoSkipParam('url') // false
 */
export function isNoSkipParam(name: string): boolean {
  return isLoginReturnParam(name) || SOURCE_PARAMS.has(name.toLowerCase().replace(/[-_.[\]]/g, ''));
}

/**
 * Words in a token of a wrapper's subdomain or path on a page whose embedded address must stay:
 * Skip Redirect's no-skip paths (`/account`, `/auth`, `/login`, `/logout`, `/oauth`, `/pay`,
 * `/signin`, `/register`, `/verification`, …), the Chinese platforms' sign-in and cashier pages
 * (`passport.jd.com`, `login.taobao.com`, QQ's `ptlogin2` and `xlogin`, Alipay's `cashier`), OAuth's
 * `authorize` endpoint (RFC 6749 §3.1) and WeChat's `qrconnect`, and share dialogs (`sharer.php?u=`,
 * `share.php?url=`), whose address is their subject, not their destination. The first words count
 * anywhere in a token (few other words hold them), the rest only at its start (`auth`, not `author`).
 */
const ROLE_INSIDE =
  /login|logon|logoff|logout|oauth|passport|signin|signon|signoff|signout|signup|checkout|cashier|qrconnect/;
const ROLE_PREFIXES = /^(?:account|auth|sso|register|verif|consent|pay|subscribe|share|qzshare)/;

/**
 * Whole tokens of the same kind, too short or too common to match as prefixes (Skip Redirect's
 * `/adfs`, `/saml`, `/openid`, `/profile`, `/cookie`, CAS's `/cas/login`), and pages that take an
 * address as their subject: archives and caches (`web.archive.org/web/…/https://…`, `archive.ph`),
 * translators, validators, submit and bookmark forms, intents (`intent/tweet?url=`), embeds, QR-code
 * makers and searches.
 */
const ROLE_WORDS = new Set(
  'adfs saml openid cas profile preference cookie wallet billing web webcache archive cache translate validator check submit bookmark intent pin embed oembed preview qr qrcode search'.split(
    ' ',
  ),
);

/** Names of whole sites whose addresses are their subject (`archive.ph`, `archive.org`). */
const SUBJECT_SITES = new Set(['archive', 'webcache', 'translate']);

/**
 * Payment sites whose every page is a cashier or a gateway (Alipay's `gateway.do` carries the
 * shop's `notify_url` next to its `return_url`: https://opendocs.alipay.com/open/203/105285).
 */
const PAYMENT_DOMAINS = new Set(['alipay.com', 'tenpay.com', 'paypal.com', 'unionpay.com', '95516.com']);

/** Runs of letters and digits, lower case. */
function tokensOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/);
}

const isRole = (token: string) =>
  ROLE_WORDS.has(token) || ROLE_PREFIXES.test(token) || ROLE_INSIDE.test(token);

/**
 * Whether a wrapper's host is a sign-in, account, payment, share or archive site, where the generic
 * fallback never applies. `host` is lower case, `registrable` its registrable domain, whose own name
 * is a brand, not a role (`shareasale.com` is an affiliate tracker, `search.app` Google's share
 * link), so only an archive's or translator's name counts there.
 * @example isNoSkipHost('passport.jd.com', 'jd.com') // true
 * @example isNoSkipHost('web.archive.org', 'archive.org') // true
 * @example isNoSkipHost('go.shareasale.com', 'shareasale.com') // false
 */
export function isNoSkipHost(host: string, registrable: string): boolean {
  if (PAYMENT_DOMAINS.has(registrable)) return true;
  const subdomain = host.slice(0, Math.max(0, host.length - registrable.length - 1));
  return tokensOf(subdomain).some(isRole) || tokensOf(registrable).some((t) => SUBJECT_SITES.has(t));
}

/**
 * Whether the wrapper's own part of a path (before the embedded address, whose words are the
 * target's) names a sign-in, account, payment or share page.
 * @example isNoSkipPath('/new/login.aspx') // true
 * @example isNoSkipPath('/go/out') // false
 */
export function isNoSkipPath(path: string): boolean {
  return tokensOf(path).some(isRole);
}
