import { describe, expect, it } from 'vitest';
import { firstDifference, judgeAnchors, type AnchorState } from '../e2e/harness/realpages-judge';
import type { RealPage } from '../e2e/harness/realpages';

const WRAPPER = '//link.zhihu.com/?target=http%3A//weibo.com/2398074204/DnGy6813Y';
const TARGET = 'http://weibo.com/2398074204/DnGy6813Y';
const APP = 'zhihu://answers/2916374892';

const page: RealPage = {
  id: 'p',
  file: 'p.html',
  url: 'https://www.zhihu.com/',
  host: 'www.zhihu.com',
  site: 'zhihu',
  main: 'main',
  note: '',
  anchors: 3,
  expected: {
    wrappers: [{ href: WRAPPER, target: TARGET, format: 'link.zhihu.com', count: 1 }],
    wrapperCount: 1,
    appLinks: [{ href: APP, count: 1 }],
    appLinkCount: 1,
    mustStay: ['/people/x'],
  },
};

/** The page without Unwall: the wrapper, the app link and a plain link. */
const before: AnchorState[] = [WRAPPER, APP, '/people/x'].map((href) => ({ href, original: href }));

/** The page with Unwall, where the three anchors became `hrefs`. */
function withUnwall(...hrefs: string[]): AnchorState[] {
  return hrefs.map((href, i) => ({ href, original: before[i]!.href }));
}

describe('judging a real page', () => {
  it('counts a wrapper that went to its target, an app link made https, and a plain link kept', () => {
    const figures = judgeAnchors(
      page,
      before,
      withUnwall(TARGET, 'https://www.zhihu.com/answer/1', '/people/x'),
    );
    expect(figures).toEqual({ expected: 1, done: 1, missed: [], wrong: [], appLinks: 1, appLinksDone: 1 });
  });

  it('counts the https form of an http target as done (the engine upgrades platform hosts)', () => {
    const figures = judgeAnchors(
      page,
      before,
      withUnwall(TARGET.replace('http:', 'https:'), APP, '/people/x'),
    );
    expect(figures.done).toBe(1);
  });

  it.each([
    ['a wrapper kept', withUnwall(WRAPPER, 'https://a.cn/', '/people/x'), 1, 0],
    ['an app link kept', withUnwall(TARGET, APP, '/people/x'), 1, 0],
    ['a wrapper sent elsewhere', withUnwall('https://weibo.com/', 'https://a.cn/', '/people/x'), 0, 1],
    ['a plain link changed', withUnwall(TARGET, 'https://a.cn/', 'https://a.cn/people/x'), 0, 1],
  ])('reports %s', (_, after, missed, wrong) => {
    const figures = judgeAnchors(page, before, after);
    expect([figures.missed.length, figures.wrong.length]).toEqual([missed, wrong]);
  });

  it('reports an anchor Unwall added to the page’s own, and a page that differs between loads', () => {
    const added = [...withUnwall(TARGET, 'https://a.cn/', '/people/x'), { href: '/x', original: '/x' }];
    expect(judgeAnchors(page, before, added).wrong).toEqual(['3 anchors became 4']);
    const other = withUnwall(TARGET, 'https://a.cn/', '/people/y').map((a, i) =>
      i === 2 ? { ...a, original: '/people/y' } : a,
    );
    expect(judgeAnchors(page, before, other).wrong).toEqual([
      'anchor 2 is /people/x without Unwall, /people/y with it',
    ]);
  });

  it('reports an expected wrapper the page does not hold as often as the manifest says', () => {
    const after = [APP, '/people/x'].map((original, i) => ({
      href: ['https://a.cn/', original][i]!,
      original,
    }));
    const figures = judgeAnchors(page, before.slice(1), after);
    expect(figures.wrong).toEqual([]);
    expect(figures.missed).toEqual([`${WRAPPER}: 1 expected in the page, 0 found there`]);
  });
});

describe('comparing page texts', () => {
  it('says nothing of equal texts and shows where two texts part', () => {
    expect(firstDifference('知乎 link', '知乎 link')).toBeNull();
    expect(firstDifference('知乎 link', '知乎 link ↗')).toBe('at 7: "知乎 link" became "知乎 link ↗"');
    const long = 'x'.repeat(100);
    expect(firstDifference(long + 'a', long + 'b')).toBe(
      `at 100: "${'x'.repeat(40)}a" became "${'x'.repeat(40)}b"`,
    );
    expect(firstDifference(`ab${long}`, `ac${long}`)).toContain('"ab');
  });
});
