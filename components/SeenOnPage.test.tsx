// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeenMethod } from '@/utils/payments/evidence';
import { I18nContext, type I18n } from './i18n';
import { SeenOnPage } from './SeenOnPage';

/** Messages as the catalogue words them, with `$1`, `$2` filled in. */
const words: Record<string, string> = {
  seenTitle: 'Seen on this page today',
  seenNote: 'Read from this page just now.',
  seenJoin: '; ',
  seenByLabel: 'option “$1” in the payment choices',
  seenByProcessor: '$1 ($2)',
  seenBy_script: 'script from $1',
  seenBy_form: 'form posting to $1',
  method_alipay: 'Alipay',
  method_intl_cards: 'International cards',
};
const i18n: I18n = {
  t: (key, subs) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return list.reduce((text, sub, i) => text.replace(`$${i + 1}`, sub), words[key] ?? key);
  },
  locale: 'en',
  lang: 'en',
};

function show(seen: SeenMethod[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <I18nContext.Provider value={i18n}>
      <SeenOnPage seen={seen} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

afterEach(() => (document.body.innerHTML = ''));

describe('the "seen on this page" section', () => {
  it('names each method and what showed it', () => {
    const root = show([
      {
        method: 'alipay',
        evidence: [
          { kind: 'form', host: 'openapi.alipay.com' },
          { kind: 'label', text: '支付宝' },
        ],
      },
      { method: 'intl_cards', evidence: [{ kind: 'script', host: 'js.stripe.com', processor: 'Stripe' }] },
    ]);
    expect(root.querySelector('h2')!.textContent).toBe('Seen on this page today');
    const rows = [...root.querySelectorAll('li')].map((li) => [
      li.querySelector('.seen__name')!.textContent,
      li.querySelector('.seen__how')!.textContent,
    ]);
    expect(rows).toEqual([
      ['Alipay', 'form posting to openapi.alipay.com; option “支付宝” in the payment choices'],
      ['International cards', 'script from js.stripe.com (Stripe)'],
    ]);
  });

  it('shows nothing when the page showed nothing', () => {
    expect(show([]).innerHTML).toBe('');
  });
});
