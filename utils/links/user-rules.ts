import type { Platform } from '@/utils/platforms/schema';

/**
 * A wrapper a user describes in the options page: links on `host` (and its subdomains) under
 * `pathPrefix` carry their target in the query parameter `param`, written as a URL (`url`) or as
 * base64 (`base64`). Plain fields only, never a regular expression.
 */
export interface UserRule {
  host: string;
  pathPrefix: string;
  param: string;
  encoding: 'url' | 'base64';
}

/**
 * Query parameters that carry where a sign-in (or sign-out) returns to. A link with one is a login
 * page, not a redirect wrapper: jumping to its target would skip the login and could hand the return
 * address (with its code or ticket) to a page the user did not choose. Compared lower-case without
 * `_`, `-` and `.`, so `returnUrl`, `return_url` and `ReturnURL` are one name. Sources:
 * OAuth 2.0 `redirect_uri` (https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2);
 * OpenID Connect `post_logout_redirect_uri` (https://openid.net/specs/openid-connect-rpinitiated-1_0.html);
 * SAML 2.0 `RelayState` (https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf, 3.4.3);
 * CAS `service` (https://apereo.github.io/cas/7.2.x/protocol/CAS-Protocol-Specification.html);
 * WS-Federation `wreply` (https://docs.oasis-open.org/wsfed/federation/v1.2/os/ws-federation-1.2-spec-os.html);
 * ASP.NET Core `ReturnUrl` (https://learn.microsoft.com/en-us/aspnet/core/security/preventing-open-redirects);
 * Django `next` (https://docs.djangoproject.com/en/5.2/topics/auth/default/#the-login-required-decorator);
 * WordPress `redirect_to` (https://developer.wordpress.org/reference/functions/wp_login_url/);
 * Auth0 `returnTo` (https://auth0.com/docs/authenticate/login/logout/redirect-users-after-logout);
 * Zendesk `return_to` (https://developer.zendesk.com/documentation/api-basics/authentication/);
 * NextAuth `callbackUrl` (https://next-auth.js.org/getting-started/client#signin);
 * OpenAM `goto` (https://docs.pingidentity.com/pingam/7.5/security-guide/configure-goto-url.html);
 * Pyramid/Plone `came_from` (https://docs.pylonsproject.org/projects/pyramid/en/latest/tutorials/wiki2/authentication.html);
 * Google accounts `continue` (https://accounts.google.com/ServiceLogin?continue=…).
 */
const LOGIN_RETURN_PARAMS = new Set([
  'redirecturi',
  'postlogoutredirecturi',
  'relaystate',
  'service',
  'wreply',
  'returnurl',
  'returnto',
  'next',
  'continue',
  'redirectto',
  'goto',
  'camefrom',
  'callback',
  'callbackurl',
]);

/**
 * Whether a query parameter names where a login returns to (never a wrapper's target).
 * @example isLoginReturnParam('ReturnUrl') // true
 * @example isLoginReturnParam('target') // false
 */
export function isLoginReturnParam(name: string): boolean {
  return LOGIN_RETURN_PARAMS.has(name.toLowerCase().replace(/[-_.[\]]/g, ''));
}

/** The path pattern for a prefix: `/go` covers `/go` and `/go/…`, `/` covers every path. */
function pathPattern(prefix: string): string | undefined {
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed === '' ? undefined : `${trimmed}/**`;
}

/**
 * The user's rules as one platform, so they run through the same compiler and fail-closed resolver
 * as the registry.
 * @example userRulesPlatform([{ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }]).wrappers?.[0]?.to // '{u}'
 */
export function userRulesPlatform(rules: readonly UserRule[]): Platform {
  return {
    id: 'user',
    names: { en: 'Your rules', zh: '你的规则' },
    // Settings refuse such rules; the engine refuses them again, whatever reaches it.
    wrappers: rules
      .filter((rule) => !isLoginReturnParam(rule.param))
      .map((rule) => ({
        kind: 'wrapper' as const,
        hosts: [rule.host, `*.${rule.host}`],
        path: pathPattern(rule.pathPrefix),
        query: { [rule.param]: rule.encoding === 'base64' ? '{u:base64}' : '{u:url}' },
        to: rule.encoding === 'base64' ? '{u|base64}' : '{u}',
        // The user's own rule: no public source and no date to confirm (the registry's rules have both).
        source: 'your own rule',
        verified: '',
      })),
    examples: [{ input: 'user rules', url: null }],
  };
}
