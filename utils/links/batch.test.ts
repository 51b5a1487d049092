import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { batchJob, resolveBatch } from './batch';
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

  it('gives a text over the limit no links without running the engine on it', () => {
    const seen: string[] = [];
    const spy: Pick<Engine, 'findLinks' | 'toDirectUrl'> = {
      findLinks: (text) => (seen.push(text), engine.findLinks(text)),
      toDirectUrl: engine.toDirectUrl,
    };
    const long = `${JD} ${'x'.repeat(100)}`;
    const { result } = finish(batchJob(spy, { texts: [long, JD], hrefs: [] }, 100));
    expect(result.texts.map((links) => links.length)).toEqual([0, 1]);
    expect(seen).toEqual([JD]);
  });

  it('counts the characters of its texts and hrefs as its size', () => {
    expect(batchJob(engine, { texts: ['abc', 'de'], hrefs: ['https://a.cn/'] }, 100).size).toBe(18);
  });
});
