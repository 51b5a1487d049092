// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { characterChange, followMutations } from './follow-mutations';
import { createLedger } from './ledger';
import { plainLink } from './test-link';
import { linkifyTextNode } from './linkify';

const url = 'https://3.cn/2odH-z1a';
const contexts: AbortController[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.abort()));
const settle = () => new Promise((ok) => setTimeout(ok, 0));

/** A follower on the document, with what it queued and whether it dropped the work. */
function follower() {
  const context = new AbortController();
  contexts.push(context);
  const ledger = createLedger();
  const queued: Node[] = [];
  const moves: [readonly Node[], Node][] = [];
  let dropped = 0;
  const tasks = {
    add: (node: Node) => void queued.push(node),
    moveWalks: (from: readonly Node[], to: Node) => void moves.push([from, to]),
    drop: () => void dropped++,
  };
  const follow = followMutations({ doc: document, signal: context.signal, ledger, tasks });
  follow.follow();
  return { follow, ledger, queued, moves, context, dropped: () => dropped };
}

function linkedParagraph(ledger: ReturnType<typeof createLedger>) {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = `看 ${url} 看看`;
  const node = p.firstChild as Text;
  ledger.addText(linkifyTextNode(node, [plainLink(2)], { describe: () => '' }));
  return { p, node };
}

describe('following the page', () => {
  it('tells a text cut short from a new text written into it', () => {
    const record = (data: string, oldValue: string | null) =>
      ({ target: { data }, oldValue }) as unknown as MutationRecord;
    expect(characterChange(record('看', '看 https://3.cn/'))).toBe('cut');
    expect(characterChange(record('新的', '看 https://3.cn/'))).toBe('wrote');
    expect(characterChange(record('看看看', '看'))).toBe('wrote');
    expect(characterChange(record('看', null))).toBe('wrote');
  });

  it('queues what the page adds and the texts and hrefs it changes', async () => {
    document.body.innerHTML = '<p>one</p><a href="/x">x</a>';
    const { queued } = follower();
    const added = document.body.appendChild(document.createElement('div'));
    (document.querySelector('p')!.firstChild as Text).data = 'two';
    document.querySelector('a')!.setAttribute('href', '/y');
    await settle();
    expect(queued).toEqual([added, document.querySelector('p')!.firstChild, document.querySelector('a')]);
  });

  it("gives a linked text the page wrote to back to the page, with the walks moved off Unwall's pieces", async () => {
    document.body.innerHTML = '';
    const { ledger, moves } = follower();
    const { p, node } = linkedParagraph(ledger);
    const tail = p.lastChild!;
    expect(ledger.isInserted(tail)).toBe(true);
    tail.textContent = ' 看看看';
    node.data = '新的';
    await settle();
    expect(ledger.isInserted(tail)).toBe(false);
    expect(moves.map(([, to]) => to)).toEqual([node]);
    expect(p.querySelector('a')).toBeNull();
  });

  it('makes its own changes unseen, and handles what the page changed before them afterwards', async () => {
    document.body.innerHTML = '<p>one</p>';
    const { follow, queued } = follower();
    const before = document.body.appendChild(document.createElement('i'));
    follow.quietly(() => void document.body.appendChild(document.createElement('b')));
    expect(queued).toEqual([before]);
    await settle();
    expect(queued).toEqual([before]);
  });

  it('stops for good when its context goes away, dropping the work left', async () => {
    document.body.innerHTML = '';
    const { context, queued, dropped } = follower();
    context.abort();
    document.body.appendChild(document.createElement('i'));
    await settle();
    expect([queued, dropped()]).toEqual([[], 1]);
  });
});
