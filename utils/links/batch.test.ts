import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { batchJob, resolveBatch, windowStarts } from './batch';
import { createEngine, type Engine } from './engine';

const engine = createEngine(platforms);
const JD = '【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开';
const ZHIHU = 'https://link.zhihu.com/?target=https%3A//a.cn/';

function finish<L>(job: { step(): boolean; result(): L }): { result: L; steps: number } {
  let steps = 1;
  while (!job.step()) steps++;
  return { result: job.result(), steps };
}

describe('a batch worked one candidate at a time', () => {
  it('finds what the whole batch finds, one step per text and per href', () => {
    const request = { texts: [JD, 'no link here', `see ${ZHIHU}`], hrefs: [ZHIHU, 'https://a.cn/'] };
    const { result, steps } = finish(batchJob(engine, request, 100_000));
    expect(result).toEqual(resolveBatch(engine, request));
    expect(steps).toBe(5);
  });

  it('finds what the whole batch finds, for any texts and hrefs under the limit', () => {
    const piece = fc.constantFrom(
      JD,
      ZHIHU,
      'https://a.cn/x',
      ' ',
      '(',
      ')',
      'taobao://a',
      '￥AbCdEfGhIj1￥',
    );
    const text = fc.array(fc.oneof(piece, fc.string()), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.array(text, { maxLength: 5 }), (texts, hrefs) => {
        expect(finish(batchJob(engine, { texts, hrefs }, 100_000)).result).toEqual(
          resolveBatch(engine, { texts, hrefs }),
        );
      }),
    );
  });

  it('reads a text over the limit a window at a time, no step more than the limit, and finds what the whole text holds', () => {
    const seen: number[] = [];
    const spy: Pick<Engine, 'findLinks' | 'directLinkOf'> = {
      findLinks: (text) => (seen.push(text.length), engine.findLinks(text)),
      directLinkOf: engine.directLinkOf,
    };
    const filler = '今天天气不错，出去走走。'.repeat(300);
    const long = [JD, filler, ZHIHU, filler, `看看 ${JD}`, filler.slice(0, 1234), JD].join(' ');
    const { result, steps } = finish(batchJob(spy, { texts: [long, JD], hrefs: [] }, 10_000));
    expect(Math.max(...seen)).toBeLessThanOrEqual(10_000);
    expect(steps).toBe(windowStarts(long.length, 10_000).length + 1);
    expect(result.texts).toEqual([engine.findLinks(long), engine.findLinks(JD)]);
  });

  it('finds in a long text what the whole text holds, and never a link cut at a window edge', () => {
    const piece = fc.constantFrom(
      JD,
      ZHIHU,
      `https://a.cn/${'x'.repeat(2500)}`,
      '￥AbCdEfGhIj1￥',
      '复制打开抖音，看看 https://v.douyin.com/iksNQqte/ 复制此链接',
    );
    const filler = fc.integer({ min: 0, max: 5000 }).map((n) => '今天天气不错。'.repeat(n).slice(0, n));
    const text = fc
      .array(fc.tuple(filler, piece), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.flat().join(' '));
    fc.assert(
      fc.property(text, (long) => {
        const whole = engine.findLinks(long);
        const windowed = finish(batchJob(engine, { texts: [long], hrefs: [] }, 10_000)).result.texts[0]!;
        // Every link found is found whole, as in the whole text; short ones are all found.
        for (const link of windowed) expect(whole).toContainEqual(link);
        const short = whole.filter((l) => l.end - l.start < 1500);
        expect(windowed.filter((l) => l.end - l.start < 1500)).toEqual(short);
      }),
      { numRuns: 40 },
    );
  });

  it('reads in windows of any size, however small, and finds a short link in them', () => {
    for (const size of [1, 2, 3, 40, 100]) {
      const starts = windowStarts(1000, size);
      expect(starts.every((at, i) => i === 0 || at > starts[i - 1]!)).toBe(true);
      expect(starts.at(-1)! + size).toBeGreaterThanOrEqual(1000);
    }
    const text = `${'看'.repeat(150)} https://a.cn/x ${'看'.repeat(150)}`;
    const { result } = finish(batchJob(engine, { texts: [text], hrefs: [] }, 100));
    expect(result.texts[0]!.map((l) => l.url)).toEqual(['https://a.cn/x']);
  });

  it('counts the characters of its texts and hrefs as its size', () => {
    expect(batchJob(engine, { texts: ['abc', 'de'], hrefs: ['https://a.cn/'] }, 100).size).toBe(18);
  });
});
