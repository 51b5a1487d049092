import { browser, type Browser } from 'wxt/browser';

/** The first-run page, in the extension's own pages. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * After a fresh install (not an update, not a browser update), the first-run page opens once in a
 * tab of its own. It is reachable later from the options page.
 */
export async function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => {});
}

/**
 * What the first-run page shows to try, each taken from a platform file's own examples (the unit
 * test checks that each still gives its fix).
 */
export const welcomeSamples = {
  shareText:
    '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店 12寸2LP半透明棕色胶+画册套盒现货包邮」\n点击链接直接打开 或者 淘宝搜索直接打开',
  wrapper: 'https://link.zhihu.com/?target=https%3A//github.com/Aixile/chainer-cyclegan',
  appLink: 'taobao://item.taobao.com/item.htm?id=601009971043',
  token: '￥dAEYbi4KO4D￥',
} as const;
