// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext, type I18n } from './i18n';
import { SettingsTransfer } from './SettingsTransfer';

const keys: I18n = { t: (key) => key, locale: 'en', lang: 'en' };

function renderTransfer(reset = vi.fn(() => Promise.resolve())) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => {
    render(
      <I18nContext.Provider value={keys}>
        <SettingsTransfer exportText={() => '{}'} importFile={() => Promise.resolve([])} reset={reset} />
      </I18nContext.Provider>,
      root,
    );
  });
  const button = (text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === text) ?? null;
  const press = async (text: string) => {
    const target = button(text)!;
    target.focus();
    await act(async () => target.click());
  };
  return { root, button, press, reset };
}

describe('SettingsTransfer', () => {
  it('moves the focus to cancel when it asks to confirm a reset', async () => {
    const { button, press } = renderTransfer();
    await press('resetButton');
    expect(document.activeElement).toBe(button('cancel'));
  });

  it('moves the focus back to the reset button after cancelling', async () => {
    const { button, press, reset } = renderTransfer();
    await press('resetButton');
    await press('cancel');
    expect(reset).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('resetButton'));
  });

  it('moves the focus back to the reset button after resetting, and says it was done', async () => {
    const { root, button, press, reset } = renderTransfer();
    await press('resetButton');
    await press('resetConfirm');
    expect(reset).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(button('resetButton'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('resetDone');
  });
});
