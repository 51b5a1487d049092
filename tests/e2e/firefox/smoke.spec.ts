import type { Page } from 'puppeteer-core';
import { FEED } from '../harness/feed';
import type { ExtensionTab } from '../harness/firefox/extension-tab';
import { expect, test } from './fixtures';

const DOUYIN_TEXT =
  '3.30 复制打开抖音，看看【钱江晚报的作品】近日，萧山城河街一家复古老茶馆悄然走红。https://v.douyin.com/zhw_hrZ0E-c/ :3pm w@f.OX 04/21 PXm:/ 。';

/** The href of the first element matching `selector` in the page, or null while there is none. */
function hrefOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector<HTMLAnchorElement>(s)?.href ?? null, selector);
}

/** Clicks the switch labelled `label` on an extension page; its state after the click, null if not there yet. */
function flipSwitch(tab: ExtensionTab, label: string): Promise<boolean | null> {
  return tab.run((win, label) => {
    const input = [...win.document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
      (i) => i.closest('label')?.querySelector('.switch__label')?.textContent === label,
    );
    input?.click();
    return input ? input.checked : null;
  }, label);
}

test.describe('Unwall in Firefox', () => {
  test('a share text on a page under its real host name becomes a link to the direct address', async ({
    tab,
  }) => {
    await tab.goto(FEED);
    await expect.poll(() => hrefOf(tab, '#jd a[data-unwall]')).toBe('https://3.cn/2odH-z1a');
    await expect
      .poll(() => hrefOf(tab, '#taobao a[data-unwall]'))
      .toBe('https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX');
    // The page's text stays as it was, character for character.
    expect(await tab.$eval('#jd', (post) => post.textContent)).toBe(
      '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开',
    );
  });

  test('a share text on a plain http page is linked too', async ({ tab, server }) => {
    server.page('http://bbs.example.cn/thread/1', `<p id="post">${DOUYIN_TEXT}</p>`);
    await tab.goto('http://bbs.example.cn/thread/1');
    await expect.poll(() => hrefOf(tab, '#post a[data-unwall]')).toBe('https://v.douyin.com/zhw_hrZ0E-c/');
    expect(tab.url()).toBe('http://bbs.example.cn/thread/1');
  });

  test('wrapper and app-link anchors point at their targets; their text stays', async ({ tab }) => {
    await tab.goto(FEED);
    await expect.poll(() => hrefOf(tab, '#zhihu-wrapper')).toBe('https://github.com/unwall/anchor');
    expect(await hrefOf(tab, '#qq-wrapper')).toBe('https://developer.mozilla.org/');
    await expect
      .poll(() => hrefOf(tab, '#app-link'))
      .toBe('https://item.taobao.com/item.htm?id=601009971043');
    expect(await tab.$eval('#zhihu-wrapper', (a) => a.textContent)).toBe('GitHub 项目');
  });

  test('a Zhihu "you are leaving" page forwards to its target', async ({ tab }) => {
    await tab.goto('https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2Funwall');
    await expect.poll(() => tab.url()).toBe('https://github.com/unwall');
  });

  test('the popup page renders and resolves a pasted share text', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await expect
      .poll(() => popup.run((win) => win.document.querySelector('h1')?.textContent ?? null, null))
      .toBe('Unwall');
    expect(await popup.run((win) => win.document.title, null)).toBe('Unwall');
    expect(
      await popup.run((win) => win.document.querySelector('.brand__tagline')?.textContent ?? '', null),
    ).toContain('Direct links on this page');
    await popup.run((win, text) => {
      const box = win.document.querySelector<HTMLTextAreaElement>('textarea.paste')!;
      box.value = text;
      box.dispatchEvent(new win.Event('input', { bubbles: true }));
    }, DOUYIN_TEXT);
    await expect
      .poll(() =>
        popup.run(
          (win) => [...win.document.querySelectorAll('.links .link__url')].map((url) => url.textContent),
          null,
        ),
      )
      .toEqual(['https://v.douyin.com/zhw_hrZ0E-c/']);
  });

  test('switches on the options page change an open page at once, and back', async ({
    tab,
    openExtensionPage,
  }) => {
    await tab.goto(FEED);
    await expect.poll(() => hrefOf(tab, '#taobao a[data-unwall]')).not.toBeNull();
    await expect.poll(() => hrefOf(tab, '#zhihu-wrapper')).toBe('https://github.com/unwall/anchor');
    const options = await openExtensionPage('options.html');
    await expect.poll(() => flipSwitch(options, 'Share texts')).toBe(false);
    await expect.poll(() => hrefOf(tab, '#taobao a[data-unwall]')).toBeNull();
    // The page is redone with the new settings: wrappers are fixed again.
    await expect.poll(() => hrefOf(tab, '#zhihu-wrapper')).toBe('https://github.com/unwall/anchor');
    expect(await flipSwitch(options, 'Redirect wrappers')).toBe(false);
    await expect.poll(() => hrefOf(tab, '#zhihu-wrapper')).toMatch(/^https:\/\/link\.zhihu\.com\//);
    // Back on: the page is linked again, and the browser is left as the next test expects it.
    expect(await flipSwitch(options, 'Share texts')).toBe(true);
    expect(await flipSwitch(options, 'Redirect wrappers')).toBe(true);
    await expect.poll(() => hrefOf(tab, '#taobao a[data-unwall]')).not.toBeNull();
    await expect.poll(() => hrefOf(tab, '#zhihu-wrapper')).toBe('https://github.com/unwall/anchor');
  });
});
