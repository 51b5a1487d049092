import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from './default-rules';
import { findMarkers, type MarkerHit } from './share';

/** The plain definition: every occurrence of every marker, by position, longest marker first where two start together. */
function everyOccurrence(text: string): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const [marker, platform] of defaultRules.markers) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      hits.push({ index: at, marker, platform });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

describe('findMarkers', () => {
  it('finds every occurrence of every marker, overlapping ones too, in order', () => {
    const markers = defaultRules.markers.map(([m]) => m);
    // Texts built from markers, pieces of markers and other characters, so that markers overlap and touch.
    const piece = fc.oneof(
      fc.constantFrom(...markers),
      fc.constantFrom(...markers).chain((m) => fc.nat(m.length).map((n) => m.slice(0, n))),
      fc.constantFrom(...markers).chain((m) => fc.nat(m.length).map((n) => m.slice(n))),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(findMarkers(text, defaultRules)).toEqual(everyOccurrence(text));
      }),
      { numRuns: 2000 },
    );
  });
});
