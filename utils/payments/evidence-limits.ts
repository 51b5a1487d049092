/**
 * How much the collector reads and hands back (`utils/page/payment-reading.ts`), and what the popup
 * accepts (`utils/extension/seen-on-page.ts`): every count and length is capped.
 */
export const readingLimits = {
  perTag: 400,
  links: 2000,
  controls: 500,
  options: 200,
  actions: 100,
  pieces: 8,
  headings: 6,
  depth: 6,
  siblings: 12,
  text: 40,
  heading: 30,
  optionText: 200,
  path: 200,
};
