/**
 * The shape of a page's address for a problem report: scheme, host and path, with the query's keys
 * kept and every value replaced by `…`, and no fragment, no credentials. A report says which page
 * went wrong without what the user searched, bought or was logged in as.
 */

const ELIDED = '…';

/** A query's keys as written (still percent-encoded), each followed by `=…` when it had a value. */
function shapeOfQuery(search: string): string {
  if (search.length <= 1) return '';
  const keys = search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => (part.includes('=') ? `${part.slice(0, part.indexOf('='))}=${ELIDED}` : part));
  return keys.length ? `?${keys.join('&')}` : '';
}

/**
 * An address reduced to its shape; a path's `;name=value` parameters (session ids) lose their values
 * too. Anything that is not an absolute address gives null.
 * @example addressShape('https://item.taobao.com/item.htm?id=123&spm=a.b#detail') // 'https://item.taobao.com/item.htm?id=…&spm=…'
 * @example addressShape('https://user:pw@a.cn/x;jsessionid=42') // 'https://a.cn/x;jsessionid=…'
 * @example addressShape('not an address') // null
 */
export function addressShape(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const path = url.pathname.replace(/;([^/=;]*)=[^/;]*/g, `;$1=${ELIDED}`);
  const origin = url.host ? `${url.protocol}//${url.host}` : url.protocol;
  return `${origin}${path}${shapeOfQuery(url.search)}`;
}
