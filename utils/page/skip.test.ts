// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEditable, isSkippedElement, isSkippedText } from './skip';

function textIn(html: string, id: string): Text {
  document.body.innerHTML = html;
  return document.getElementById(id)!.firstChild as Text;
}

describe('text Unwall leaves alone', () => {
  it.each([
    ['an editable region', '<div contenteditable><p id="t">x</p></div>', true],
    [
      'an editable region written contenteditable="true"',
      '<div contenteditable="TRUE"><b id="t">x</b></div>',
      true,
    ],
    ['plaintext-only editing', '<div contenteditable="plaintext-only"><b id="t">x</b></div>', true],
    [
      'a read-only island in an editable region',
      '<div contenteditable><p contenteditable="false"><b id="t">x</b></p></div>',
      false,
    ],
    ['a plain paragraph', '<p id="t">x</p>', false],
  ])('%s: editable %s', (_, html, editable) => {
    expect(isEditable(textIn(html, 't').parentElement!)).toBe(editable);
  });

  it('treats a whole document in design mode as editable', () => {
    const node = textIn('<p id="t">x</p>', 't');
    document.designMode = 'on';
    try {
      expect(isSkippedText(node)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });

  it.each([
    ['a textarea', '<textarea id="t">x</textarea>'],
    ['a link', '<a id="t" href="/">x</a>'],
    ['a script', '<script id="t">x</script>'],
  ])('skips text in %s', (_, html) => {
    expect(isSkippedText(textIn(html, 't'))).toBe(true);
  });
});

describe('isSkippedText', () => {
  it('says the same as asking about its parent element the long way (editable region, then skipped element)', () => {
    const level = fc.record({
      tag: fc.constantFrom('div', 'p', 'b', 'a', 'span', 'button', 'code', 'section', 'template'),
      editable: fc.constantFrom(null, '', 'true', 'false', 'FALSE', 'plaintext-only'),
      unwall: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 6 }), fc.boolean(), (levels, designMode) => {
        document.body.innerHTML = '';
        let parent: Element = document.body;
        for (const { tag, editable, unwall } of levels) {
          const el = document.createElement(tag);
          if (editable !== null) el.setAttribute('contenteditable', editable);
          if (unwall) el.setAttribute('data-unwall', 'share');
          parent.append(el);
          parent = el;
        }
        const text = document.createTextNode('x');
        parent.append(text);
        document.designMode = designMode ? 'on' : 'off';
        try {
          expect(isSkippedText(text)).toBe(isSkippedElement(parent));
        } finally {
          document.designMode = 'off';
        }
      }),
      { numRuns: 1000 },
    );
  });
});
