// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { mirrorOptions, type MirrorChoice } from '@/utils/links/mirrors';
import { platforms } from '@/utils/platforms';
import { I18nContext, type I18n } from './i18n';
import { MirrorChoices } from './MirrorChoices';

/** Messages as their keys, so the test sees exactly which data each option was built from. */
const keys = (lang: 'en' | 'zh'): I18n => ({
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: lang,
  lang,
});

function renderChoices(chosen: MirrorChoice, onChange = vi.fn(), lang: 'en' | 'zh' = 'en') {
  const root = document.createElement('div');
  render(
    <I18nContext.Provider value={keys(lang)}>
      <MirrorChoices options={mirrorOptions(platforms)} chosen={chosen} onChange={onChange} />
    </I18nContext.Provider>,
    root,
  );
  return { root, select: root.querySelector('select')!, onChange };
}

function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('MirrorChoices', () => {
  it('offers Xiaohongshu’s mainland host, picked by default, and RedNote', () => {
    const { root, select } = renderChoices({});
    expect(root.querySelector('label span')?.textContent).toBe('mirrorLabel(Xiaohongshu (RED))');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['www.xiaohongshu.com', 'mirrorMain(Xiaohongshu (RED),www.xiaohongshu.com)'],
      ['www.rednote.com', 'mirrorOption(RedNote,www.rednote.com)'],
    ]);
    expect(select.value).toBe('www.xiaohongshu.com');
  });

  it('names the platform in the reader’s language', () => {
    const { root } = renderChoices({}, vi.fn(), 'zh');
    expect(root.querySelector('label span')?.textContent).toBe('mirrorLabel(小红书)');
  });

  it('shows the stored pick, and reports a pick of RedNote and of the main host again', () => {
    const { select, onChange } = renderChoices({ xiaohongshu: 'www.rednote.com' });
    expect(select.value).toBe('www.rednote.com');
    pick(select, 'www.xiaohongshu.com');
    pick(select, 'www.rednote.com');
    expect(onChange.mock.calls).toEqual([
      ['xiaohongshu', null],
      ['xiaohongshu', 'www.rednote.com'],
    ]);
  });

  it('shows nothing when no platform has mirrors', () => {
    const root = document.createElement('div');
    render(<MirrorChoices options={[]} chosen={{}} onChange={vi.fn()} />, root);
    expect(root.innerHTML).toBe('');
  });
});
