import type { FoundLink } from '@/utils/links';

type Span = Pick<FoundLink, 'start' | 'end' | 'kind'>;

/** How far a share text's stretch reaches before and after its link: share texts are a line or two. */
export const WRITTEN_REACH = 200;

/**
 * What the page wrote for each link of a text, as the popup's "copy the text as written" copies it:
 * a share text's whole stretch (its marker, title and 口令 with the address, for the app that reads
 * them), the link's own span for anything else. A share text's stretch is its text, trimmed, up to its
 * neighbours: from the line after the previous link's end, to the line before the next link's start,
 * and never more than `WRITTEN_REACH` characters either side of its link (cut at a line break inside
 * that reach where there is one), so a long post in one text node is not copied whole.
 * @example writtenTexts('看 【京东】https://3.cn/x「好」打开 ', [{ start: 7, end: 21, kind: 'share' }]) // ['看 【京东】https://3.cn/x「好」打开']
 */
export function writtenTexts(text: string, links: readonly Span[]): string[] {
  return links.map((link, i) => {
    if (link.kind !== 'share') return text.slice(link.start, link.end);
    const before = i > 0 ? links[i - 1]!.end : 0;
    const after = i + 1 < links.length ? links[i + 1]!.start : text.length;
    const lineAfterBefore = i > 0 ? text.indexOf('\n', before) : -1;
    let from = lineAfterBefore >= 0 && lineAfterBefore < link.start ? lineAfterBefore + 1 : before;
    const lineBeforeAfter = i + 1 < links.length ? text.lastIndexOf('\n', after) : -1;
    let to = lineBeforeAfter >= link.end ? lineBeforeAfter : after;
    if (link.start - from > WRITTEN_REACH) {
      const cut = link.start - WRITTEN_REACH;
      const line = text.indexOf('\n', cut);
      from = line >= 0 && line < link.start ? line + 1 : cut;
    }
    if (to - link.end > WRITTEN_REACH) {
      const cut = link.end + WRITTEN_REACH;
      const line = text.lastIndexOf('\n', cut);
      to = line >= link.end ? line : cut;
    }
    return text.slice(from, to).trim();
  });
}
