import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FixedLink } from '@/utils/protocol';
import {
  addToFrame,
  emptyRecord,
  helloFrame,
  SUB_FRAME_MAX,
  SUB_FRAMES_MAX,
  tabStateOf,
  TOP_FRAME_MAX,
  type TabRecord,
} from './tab-record';

const link = (n: number, kind: FixedLink['kind'] = 'wrapper'): FixedLink => ({
  original: `https://link.example/?u=${n}`,
  url: `https://a.example/${n}`,
  kind,
  platform: null,
  label: 'redirect wrapper',
});
const links = (count: number, from = 0) => Array.from({ length: count }, (_, i) => link(from + i));
const PAGE = 'https://www.csdn.net/article';

describe('a tab record', () => {
  it('lists the top frame first although a sub-frame reported first', () => {
    let record = helloFrame(emptyRecord(), 0, PAGE);
    record = addToFrame(record, 5, links(3, 100));
    record = addToFrame(record, 0, links(2));
    expect(tabStateOf(record).fixed.map((l) => l.url)).toEqual([
      'https://a.example/0',
      'https://a.example/1',
      'https://a.example/100',
      'https://a.example/101',
      'https://a.example/102',
    ]);
  });

  it('never lets third-party frames crowd the top frame’s links out', () => {
    let record = helloFrame(emptyRecord(), 0, PAGE);
    for (let frame = 1; frame <= 20; frame++) record = addToFrame(record, frame, links(500, frame * 1000));
    record = addToFrame(record, 0, links(TOP_FRAME_MAX + 10));
    const { fixed } = tabStateOf(record);
    expect(fixed.filter((l) => Number(l.url!.split('/').pop()) < 1000)).toHaveLength(TOP_FRAME_MAX);
    expect(fixed).toHaveLength(TOP_FRAME_MAX + SUB_FRAMES_MAX);
  });

  it('gives one sub-frame no more than its own share of the sub-frames’ room', () => {
    let record = addToFrame(emptyRecord(), 3, links(SUB_FRAMES_MAX));
    record = addToFrame(record, 4, links(5, 9000));
    expect(record.frames[3]).toHaveLength(SUB_FRAME_MAX);
    expect(record.frames[4]).toHaveLength(5);
  });

  it('keeps a tab small however long each reported link is', () => {
    const long = (n: number): FixedLink => ({
      ...link(n),
      original: 'x'.repeat(2048),
      url: `https://a.example/${'y'.repeat(8000)}${n}`,
    });
    let record = emptyRecord();
    for (let frame = 0; frame < 10; frame++)
      record = addToFrame(
        record,
        frame,
        Array.from({ length: 500 }, (_, i) => long(i)),
      );
    expect(JSON.stringify(record).length).toBeLessThan(500_000);
  });

  it('a frame that says hello again (its page restored) leaves none of its links, and the others keep theirs', () => {
    let record = helloFrame(emptyRecord(), 0, PAGE);
    record = addToFrame(addToFrame(record, 0, links(6)), 2, links(2, 50));
    expect(tabStateOf(helloFrame(record, 0, PAGE)).fixed).toHaveLength(2);
    expect(tabStateOf(helloFrame(record, 2)).fixed).toHaveLength(6);
    expect(tabStateOf(helloFrame(record, 0, PAGE)).url).toBe(PAGE);
  });

  it('a top frame on another address starts the whole tab again', () => {
    const record = addToFrame(addToFrame(helloFrame(emptyRecord(), 0, PAGE), 0, links(3)), 1, links(3));
    expect(tabStateOf(helloFrame(record, 0, 'https://other.example/'))).toEqual({
      url: 'https://other.example/',
      fixed: [],
      clickable: 0,
    });
  });

  it('counts plain addresses made clickable apart and lists only what was unblocked', () => {
    const record = addToFrame(emptyRecord(), 0, [
      link(1, 'url'),
      link(2, 'share'),
      link(3, 'url'),
      link(4, 'obfuscated'),
    ]);
    const state = tabStateOf(record);
    expect(state.fixed.map((l) => l.kind)).toEqual(['share', 'obfuscated']);
    expect(state.clickable).toBe(2);
  });

  it('holds no more than the popup takes, in any order of reports', () => {
    const report = fc.record({ frame: fc.nat(6), count: fc.nat(600), hello: fc.boolean() });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 30 }), (reports) => {
        const record = reports.reduce<TabRecord>(
          (r, { frame, count, hello }) => (hello ? helloFrame(r, frame) : addToFrame(r, frame, links(count))),
          emptyRecord(),
        );
        const subs = Object.entries(record.frames).filter(([id]) => id !== '0');
        expect(subs.flatMap(([, items]) => items).length).toBeLessThanOrEqual(SUB_FRAMES_MAX);
        expect((record.frames[0] ?? []).length).toBeLessThanOrEqual(TOP_FRAME_MAX);
        expect(tabStateOf(record).fixed.length).toBeLessThanOrEqual(1000);
      }),
    );
  });
});
