/**
 * A realistic feed page for the benchmark, the same for every run (seeded): nested posts of mixed
 * Chinese and Latin text, about 2% share texts of several platforms, 1% wrapper links and 0.5%
 * app-scheme links among the text nodes.
 */
import { mulberry32 } from '../tests/qr/raster';

const words = [
  '今天的快递终于到了',
  '这家店的评价还不错',
  '大家觉得这个颜色怎么样',
  '周末一起去逛街吧',
  '刚看完这个视频',
  'shipping was fast',
  'the colour is nicer in person',
  'anyone tried this one?',
  'price dropped again',
  '链接在评论区',
  '求推荐一款耳机',
  'worth it for the price',
  '客服回复很及时',
  'see you at 3 pm',
];

const alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function id(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alnum[Math.floor(rand() * alnum.length)];
  return out;
}

const shareTexts: ((r: () => number) => string)[] = [
  (r) => `【淘宝】https://e.tb.cn/h.${id(r, 15)}?tk=${id(r, 11)} 「好物推荐 ${id(r, 4)}」 点击链接直接打开`,
  (r) => `【京东】https://3.cn/${id(r, 8)}「京东百亿补贴」点击链接直接打开`,
  (r) => `复制打开抖音，看看【作品${id(r, 3)}】 https://v.douyin.com/${id(r, 9)}/ 复制此链接`,
  (r) => `我说我不做 https://v.kuaishou.com/${id(r, 6)} 复制此消息，打开【快手】直接观看！`,
  (r) => `黑糖珍珠糍粑 http://xhslink.com/o/${id(r, 11)} 复制后打开【小红书】查看笔记！`,
  (r) => `【空间-哔哩哔哩】 https://b23.tv/${id(r, 7)}`,
];

const wrappers: ((r: () => number) => string)[] = [
  (r) => `https://link.zhihu.com/?target=https%3A%2F%2Fgithub.com%2F${id(r, 6)}`,
  (r) => `https://c.pc.qq.com/middlem.html?pfurl=https%3A%2F%2Fexample.org%2F${id(r, 6)}`,
  (r) => `https://link.csdn.net/?target=https%3A%2F%2Fexample.com%2F${id(r, 6)}`,
];

const schemes: ((r: () => number) => string)[] = [
  (r) => `taobao://item.taobao.com/item.htm?id=${Math.floor(r() * 1e12)}`,
  (r) => `snssdk1128://aweme/detail/${Math.floor(r() * 1e18)}`,
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface GeneratedPage {
  html: string;
  textNodes: number;
  shareTexts: number;
  wrappers: number;
  schemeLinks: number;
}

/** The body content of one post: its text nodes (each an element with one text child), as HTML. */
function node(rand: () => number, counts: Omit<GeneratedPage, 'html' | 'textNodes'>): string {
  const roll = rand();
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  if (roll < 0.02) {
    counts.shareTexts++;
    return `<p>${escapeHtml(pick(shareTexts)(rand))}</p>`;
  }
  if (roll < 0.03) {
    counts.wrappers++;
    return `<a href="${escapeHtml(pick(wrappers)(rand))}">${escapeHtml(pick(words))}</a>`;
  }
  if (roll < 0.035) {
    counts.schemeLinks++;
    return `<a href="${escapeHtml(pick(schemes)(rand))}">在 App 中打开</a>`;
  }
  const tag = pick(['span', 'b', 'i', 'em', 'span']);
  return `<${tag}>${escapeHtml(pick(words))} ${escapeHtml(pick(words))}</${tag}>`;
}

/**
 * The body HTML of a feed with `textNodes` text nodes (exactly: one per leaf element, no whitespace
 * nodes between tags), posts of 10 nested in sections of 10.
 * @example generateFeed(1000, 1).textNodes // 1000
 */
export function generateFeed(textNodes: number, seed = 1): GeneratedPage {
  const rand = mulberry32(seed);
  const counts = { shareTexts: 0, wrappers: 0, schemeLinks: 0 };
  const parts: string[] = [];
  for (let i = 0; i < textNodes; i++) {
    if (i % 100 === 0)
      parts.push(i ? '</div></section><section><div class="post">' : '<section><div class="post">');
    else if (i % 10 === 0) parts.push('</div><div class="post">');
    parts.push(node(rand, counts));
  }
  parts.push('</div></section>');
  return { html: parts.join(''), textNodes, ...counts };
}

/** A whole document around a feed. */
export function feedDocument(body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Feed</title>${head}</head><body><main id="feed">${body}</main></body></html>`;
}
