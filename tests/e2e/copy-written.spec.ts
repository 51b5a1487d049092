import { expect, test } from './fixtures';

const PAGE = 'https://weibo.com/u/written';
/** A Taobao 淘口令 share text: marker, title, the short link with its token, the code, the app's line. */
const TAOBAO =
  '【淘宝】7天无理由退货 https://e.tb.cn/h.826Ec69frH3tGlL?tk=4OaXgGvWPKX MF278 「IZ乐队 - 路过旧天堂书店」 点击链接直接打开';
const JD = '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开';
const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>微博</title>
<p id="taobao">${TAOBAO}</p><p id="jd">${JD}</p>`;

test("the popup copies a share text exactly as the page wrote it, and another fix's direct link", async ({
  context,
  server,
  openPopupFor,
}) => {
  server.page(PAGE, html);
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('#taobao a[data-unwall], #jd a[data-unwall]')).toHaveCount(2);
  const popup = await openPopupFor(page);
  // The clipboard is the system's: what the popup copied is read back in the page, which may read it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(PAGE).origin });
  const clipboard = async (): Promise<string> => {
    await page.bringToFront();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();
    return text;
  };
  const row = (label: string) => popup.locator('.links .link').filter({ hasText: label });

  await row('Taobao share text')
    .getByRole('button', { name: 'Copy the text as written: Taobao share text' })
    .press('Enter');
  await expect.poll(clipboard).toBe(TAOBAO);

  await row('JD.com share text')
    .getByRole('button', { name: 'Copy https://3.cn/2odH-z1a', exact: true })
    .press('Enter');
  await expect.poll(clipboard).toBe('https://3.cn/2odH-z1a');
});
