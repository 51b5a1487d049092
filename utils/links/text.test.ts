import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBodyChar, plainRunEnd } from './text';

/** The plain definition: step while the character continues a path and is not `&` or `\`. */
function steppedRunEnd(text: string, start: number, json: boolean): number {
  let j = start;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === 38 || code === 92 || !isBodyChar(code, json)) break;
    j++;
  }
  return j;
}

describe('plainRunEnd', () => {
  it('ends where stepping with isBodyChar ends, for web and app links', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'&\\<>"{}|^[]` \n'),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, fc.nat(), fc.boolean(), (t, at, json) => {
        const start = t.length ? at % t.length : 0;
        expect(plainRunEnd(t, start, json)).toBe(steppedRunEnd(t, start, json));
      }),
      { numRuns: 3000 },
    );
  });
});
