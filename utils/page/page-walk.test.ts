// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { limits } from '@/utils/protocol';
import { pauser, taskFor, workOn, type Visitor } from './page-walk';

/** A visitor that notes what it is handed; texts pass the prefilter when they hold a `!`. */
function noting(busy = false) {
  const seen: string[] = [];
  const visitor: Visitor = {
    mayContainLinks: (text) => text.includes('!'),
    text: (_node, text) => seen.push(text),
    anchor: (a) => seen.push(`a:${a.id}`),
    busy: () => busy,
  };
  return { seen, visitor };
}

const never = () => false;

describe('the walk of one task', () => {
  it('hands on the texts that pass the prefilter, then the anchors', () => {
    document.body.innerHTML =
      '<p>one! <a id="x" href="/x">two</a> three!</p><a id="y" href="/y">four!</a><a>no</a>';
    const { seen, visitor } = noting();
    expect(workOn(taskFor(document, document.body)!, document, visitor, never)).toBe(true);
    expect(seen).toEqual(['one! ', ' three!', 'four!', 'a:x', 'a:y']);
  });

  it('reads a text node alone, the anchor a task is rooted at, and nothing else', () => {
    document.body.innerHTML = '<a id="z" href="/z">z!</a>';
    const { seen, visitor } = noting();
    workOn(taskFor(document, document.body.firstChild!.firstChild!)!, document, visitor, never);
    workOn(taskFor(document, document.body.firstChild!)!, document, visitor, never);
    expect(seen).toEqual(['z!', 'z!', 'a:z']);
    expect(taskFor(document, document.createComment('!'))).toBeNull();
  });

  it('leaves out texts too long to be a share text', () => {
    document.body.innerHTML = `<p>${'!'.repeat(limits.text + 1)}</p><p>${'!'.repeat(limits.text)}</p>`;
    const { seen, visitor } = noting();
    workOn(taskFor(document, document.body)!, document, visitor, never);
    expect(seen.map((s) => s.length)).toEqual([limits.text]);
  });

  it('pauses when late and goes on where it paused, or from the start when the page removed that node', () => {
    document.body.innerHTML = '<p id="a">1!</p><p id="b">2!</p><p id="c">3!</p>';
    const { seen, visitor } = noting();
    const task = taskFor(document, document.body)!;
    let late = true;
    expect(workOn(task, document, visitor, () => late)).toBe(false);
    late = false;
    expect(workOn(task, document, visitor, never)).toBe(true);
    expect(seen).toEqual(['1!', '2!', '3!']);
    const again = taskFor(document, document.body)!;
    seen.length = 0;
    workOn(again, document, visitor, () => true);
    document.getElementById('a')!.remove();
    workOn(again, document, visitor, never);
    expect(seen).toEqual(['1!', '2!', '3!']);
  });
});

describe('the pause check', () => {
  it('says to pause only at every 32nd step, once busy or past the budget', () => {
    const busy = pauser(Number.POSITIVE_INFINITY, noting(true).visitor);
    const steps = Array.from({ length: 64 }, () => busy());
    expect(steps.flatMap((late, i) => (late ? [i + 1] : []))).toEqual([32, 64]);
    const free = pauser(Number.POSITIVE_INFINITY, noting(false).visitor);
    expect(Array.from({ length: 64 }, () => free()).some(Boolean)).toBe(false);
    const spent = pauser(-1, noting(false).visitor);
    expect(Array.from({ length: 32 }, () => spent()).at(-1)).toBe(true);
  });
});
