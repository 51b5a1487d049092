// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from './i18n';
import { SiteList } from './SiteList';

const keys: I18n = {
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: 'en',
  lang: 'en',
};

/** The list as the options page holds it: removing a site changes the list it is given. */
function Sites({ initial }: { initial: string[] }) {
  const [sites, setSites] = useState(initial);
  return (
    <SiteList
      sites={sites}
      onAdd={(site) => setSites([...sites, site])}
      onRemove={(site) => setSites(sites.filter((s) => s !== site))}
    />
  );
}

function renderSites(initial: string[]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => {
    render(
      <I18nContext.Provider value={keys}>
        <Sites initial={initial} />
      </I18nContext.Provider>,
      root,
    );
  });
  const removeButton = (site: string) =>
    root.querySelector<HTMLButtonElement>(`button[aria-label="sitesRemoveLabel(${site})"]`)!;
  const remove = (site: string) => {
    const button = removeButton(site);
    button.focus();
    act(() => button.click());
  };
  return { root, removeButton, remove };
}

describe('SiteList', () => {
  it('moves the focus to the next row’s remove button after a site is removed', () => {
    const { removeButton, remove } = renderSites(['a.example', 'b.example', 'c.example']);
    remove('a.example');
    expect(document.activeElement).toBe(removeButton('b.example'));
  });

  it('moves the focus to the row above when the last row is removed', () => {
    const { removeButton, remove } = renderSites(['a.example', 'b.example']);
    remove('b.example');
    expect(document.activeElement).toBe(removeButton('a.example'));
  });

  it('moves the focus to the add field when the list becomes empty', () => {
    const { root, remove } = renderSites(['a.example']);
    remove('a.example');
    expect(root.querySelector('button[aria-label^="sitesRemoveLabel"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('input'));
  });
});
