// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { findLinks, readQrText } from '@/utils/links';
import { I18nContext, type I18n } from './i18n';
import { QrReader, type QrPicture, type QrReaderProps } from './QrReader';

const keys: I18n = {
  t: (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`),
  locale: 'en',
  lang: 'en',
};
const WRAPPED = 'https://link.zhihu.com/?target=https%3A//github.com/x';
const read = (text: string) => readQrText(findLinks, text);
const picture = (fromTab = false): QrPicture => ({ load: async () => new Blob(['png']), fromTab });
const broken: QrPicture = { load: () => Promise.reject(new Error('not a picture')), fromTab: false };

function renderReader(props: Partial<QrReaderProps>): HTMLElement {
  const root = document.createElement('div');
  render(
    <I18nContext.Provider value={keys}>
      <QrReader decode={async () => []} read={read} {...props} />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

describe('QrReader', () => {
  it('reads the tab as shown when the picture itself cannot be loaded, and says so', async () => {
    const root = renderReader({
      initial: async () => [broken, picture(true)],
      decode: async () => [WRAPPED],
    });
    await vi.waitFor(() =>
      expect(root.querySelector('.link__url')?.textContent).toBe('https://github.com/x'),
    );
    expect(root.textContent).toContain('qrFromTab');
    expect(root.querySelector('.link__title')?.textContent).toBe('qrKind_wrapper');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://github.com/x');
  });

  it.each([
    ['no code in any picture', [picture(), picture(true)], 'qrNone'],
    ['no picture that loads', [broken], 'qrFailed'],
  ])('says so for %s', async (_, pictures, message) => {
    const root = renderReader({ initial: async () => pictures });
    await vi.waitFor(() => expect(status(root)).toBe(message));
  });

  it('says when the context menu’s request is gone', async () => {
    const root = renderReader({ initial: async () => null });
    await vi.waitFor(() => expect(status(root)).toBe('qrGone'));
  });

  it('names the app of a payment code and offers no link to open', async () => {
    const root = renderReader({ initial: async () => [picture()], decode: async () => ['wxp://f2f0abc'] });
    await vi.waitFor(() =>
      expect(root.querySelector('.qr-app-only')?.textContent).toBe('qrAppOnly_payment(WeChat)'),
    );
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelector('.qr-reading code')?.textContent).toBe('wxp://f2f0abc');
  });

  it('reads a picture pasted onto the paste box it wraps, and leaves pasted text alone', async () => {
    const decode = vi.fn(async () => ['https://item.jd.com/1.html']);
    const root = document.createElement('div');
    render(
      <QrReader decode={decode} read={read}>
        <textarea />
      </QrReader>,
      root,
    );
    const paste = (data: DataTransfer) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: data });
      root.querySelector('textarea')!.dispatchEvent(event);
      return event;
    };
    const text = { files: [] } as unknown as DataTransfer;
    expect(paste(text).defaultPrevented).toBe(false);
    const file = new File(['png'], 'code.png', { type: 'image/png' });
    expect(paste({ files: [file] } as unknown as DataTransfer).defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(root.querySelector('.link__url')?.textContent).toBe('https://item.jd.com/1.html'),
    );
    expect(decode).toHaveBeenCalledWith(file);
  });

  it('says honestly when the browser refuses to capture the tab', async () => {
    const root = renderReader({ capture: () => Promise.reject(new Error('activeTab')) });
    root.querySelector('button')!.click();
    await vi.waitFor(() => expect(status(root)).toBe('qrCaptureFailed'));
  });
});
