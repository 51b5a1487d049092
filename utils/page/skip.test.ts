// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEditable, isSkippedText } from './skip';

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
