// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FixedLinks, type FixedLinksProps } from './FixedLinks';
import { I18nContext, type I18n } from './i18n';

const keys: I18n = {
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: 'en',
  lang: 'en',
};

const unblocked: FixedLinksProps['items'][number] = {
  label: 'JD.com share text',
  original: '【京东】…',
  url: 'https://3.cn/x',
};

function renderLinks(items: FixedLinksProps['items'], clickable: number): HTMLElement {
  const root = document.createElement('div');
  render(
    <I18nContext.Provider value={keys}>
      <FixedLinks items={items} clickable={clickable} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

describe('FixedLinks', () => {
  it('counts as fixed only what was unblocked, and plain addresses made clickable apart', () => {
    const root = renderLinks([unblocked], 3);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('fixedCountOne(1)');
    expect(root.querySelectorAll('.link')).toHaveLength(1);
    expect(root.querySelector('.clickable')?.textContent).toBe('clickableCountOther(3)');
  });

  it('says nothing was fixed on a page where links were only made clickable', () => {
    const root = renderLinks([], 2);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('fixedNone');
    expect(root.querySelector('.clickable')?.textContent).toBe('clickableCountOther(2)');
  });

  it('shows no clickable line when there were none', () => {
    expect(renderLinks([unblocked], 0).querySelector('.clickable')).toBeNull();
  });
});
