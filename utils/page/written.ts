import type { FoundLink } from '@/utils/links';

type Span = Pick<FoundLink, 'start' | 'end' | 'kind'>;

/**
 * What the page wrote for each link of a text, as the popup's "copy the text as written" copies it:
 * a share text's whole stretch (its marker, title and 口令 with the address, for the app that reads
 * them), the link's own span for anything else. A share text's stretch is its text, trimmed, up to its
 * neighbours: from the line after the previous link's end, to the line before the next link's start.
 * @example writtenTexts('看 【京东】https://3.cn/x「好」打开 ', [{ start: 7, end: 21, kind: 'share' }]) // ['看 【京东】https://3.cn/x「好」打开']
 */
export function writtenTexts(text: string, links: readonly Span[]): string[] {
  return links.map((link, i) => {
    if (link.kind !== 'share') return text.slice(link.start, link.end);
    const before = i > 0 ? links[i - 1]!.end : 0;
    const after = i + 1 < links.length ? links[i + 1]!.start : text.length;
    const lineAfterBefore = i > 0 ? text.indexOf('\n', before) : -1;
    const from = lineAfterBefore >= 0 && lineAfterBefore < link.start ? lineAfterBefore + 1 : before;
    const lineBeforeAfter = i + 1 < links.length ? text.lastIndexOf('\n', after) : -1;
    const to = lineBeforeAfter >= link.end ? lineBeforeAfter : after;
    return text.slice(from, to).trim();
  });
}
