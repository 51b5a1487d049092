import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import zhihu from '@/utils/platforms/zhihu';
import { createPageEngine, effectivePlatforms } from './index';
import { ruleCatalog } from './rule-catalog';
import { keyedRules, ruleRefs, withoutRules } from './rule-ids';

const zhihuWrapper = 'zhihu:interstitial:link.zhihu.com/';
const zhihuLink = 'https://link.zhihu.com/?target=https%3A//github.com/x';
const csdnLink = 'https://link.csdn.net/?target=https%3A%2F%2Fgithub.com%2Fy';

describe('built-in rule ids', () => {
  const refs = ruleRefs(platforms);

  it('names every built-in rule once', () => {
    expect(new Set(refs.map((r) => r.id)).size).toBe(refs.length);
    expect(refs.length).toBeGreaterThan(250);
  });

  it('names a rule by its platform, kind and what it matches, not by its place in the file', () => {
    expect(refs.map((r) => r.id)).toContain(zhihuWrapper);
    expect(refs.map((r) => r.id)).toContain('zhihu:scheme:zhihu://question/{q:digits}');
    const moved = {
      ...zhihu,
      schemes: [{ ...zhihu.schemes[0], routes: [...zhihu.schemes[0].routes].reverse() }],
    };
    expect(new Set(keyedRules(moved).map((r) => r.id))).toEqual(new Set(keyedRules(zhihu).map((r) => r.id)));
  });

  it('covers every kind of rule in the registry', () => {
    expect(new Set(refs.map((r) => r.kind))).toEqual(
      new Set([
        'wrapper',
        'interstitial',
        'warning',
        'canonical',
        'scheme',
        'appLink',
        'token',
        'textId',
        'accessCode',
        'shareText',
        'pageInterstitial',
        'pageTarget',
        'clickTrap',
      ]),
    );
  });
});

describe('switching built-in rules off', () => {
  it('leaves a Zhihu wrapper link alone once its rule is off, and the other rules at work', () => {
    const engine = createPageEngine([], { off: [zhihuWrapper] });
    expect(engine.toDirectUrl(zhihuLink)).toBeNull();
    expect(engine.toDirectUrl(csdnLink)).toBe('https://github.com/y');
    expect(engine.toDirectUrl('zhihu://questions/485657993')).toBe(
      'https://www.zhihu.com/question/485657993',
    );
    expect(createPageEngine([]).toDirectUrl(zhihuLink)).toBe('https://github.com/x');
  });

  it('takes a scheme route off alone', () => {
    const [off] = withoutRules([zhihu], ['zhihu:scheme:zhihu://question/{q:digits}']);
    expect(off!.schemes?.[0]?.routes.length).toBe(zhihu.schemes[0].routes.length - 1);
  });

  it('takes the share-text markers and a click trap off', () => {
    const chosen = effectivePlatforms({
      off: ['zhihu:shareText: - 知乎', 'facebook:clickTrap:www.facebook.com'],
    });
    expect(chosen.find((p) => p.id === 'zhihu')?.markers).toBeUndefined();
    expect(chosen.find((p) => p.id === 'facebook')?.clickTraps).toBeUndefined();
  });

  it('ignores ids it does not know, and hands back the registry itself when nothing is off', () => {
    expect(effectivePlatforms({})).toBe(platforms);
    expect(createPageEngine([], { off: ['nobody:wrapper:x.example.com/'] }).toDirectUrl(zhihuLink)).toBe(
      'https://github.com/x',
    );
  });

  it("lets a user rule win a built-in rule's host", () => {
    const engine = createPageEngine([
      { host: 'link.zhihu.com', pathPrefix: '/', param: 'other', encoding: 'url' },
    ]);
    const both =
      'https://link.zhihu.com/?other=https%3A%2F%2Fmine.example.org%2F&target=https%3A//github.com/x';
    expect(engine.toDirectUrl(both)).toBe('https://mine.example.org/');
    expect(engine.toDirectUrl(zhihuLink)).toBe('https://github.com/x');
  });
});

describe('the rule catalog', () => {
  const catalog = ruleCatalog([zhihu]);

  it('lists each rule with its names, source and an example that rule reads', () => {
    const wrapper = catalog.find((e) => e.id === zhihuWrapper);
    expect(wrapper).toMatchObject({ names: zhihu.names, source: zhihu.wrappers[0].source });
    expect(wrapper?.example?.input).toContain('link.zhihu.com');
    const article = catalog.find((e) => e.id === 'zhihu:scheme:zhihu://articles/{p:digits}');
    expect(article?.example).toEqual({
      input: 'zhihu://articles/498759256',
      url: 'https://zhuanlan.zhihu.com/p/498759256',
    });
  });
});
