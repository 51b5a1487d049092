import { browser } from 'wxt/browser';

/** The one message the offscreen document answers; every other runtime message passes it by. */
const COPY = 'unwall-offscreen-copy';
const OFFSCREEN_PAGE = '/offscreen.html';

interface CopyRequest {
  type: typeof COPY;
  text: string;
}

const isCopyRequest = (raw: unknown): raw is CopyRequest =>
  (raw as { type?: unknown } | null)?.type === COPY && typeof (raw as { text?: unknown }).text === 'string';

/**
 * The offscreen document's side: copies the text of each request through a textarea, the one way
 * a document that can never have focus writes to the clipboard (`navigator.clipboard` needs focus;
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen).
 */
export function answerCopies(area: HTMLTextAreaElement): void {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (!isCopyRequest(raw)) return undefined;
    area.value = raw.text;
    area.select();
    const copied = document.execCommand('copy');
    area.value = '';
    return Promise.resolve(copied);
  });
}

type Offscreen = typeof browser.offscreen | undefined;

/** Chrome (MV3): its service worker has no DOM and no clipboard, so a hidden document of ours copies. */
async function copyOffscreen(offscreen: NonNullable<Offscreen>, text: string): Promise<boolean> {
  await offscreen
    .createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PAGE),
      reasons: ['CLIPBOARD'],
      justification: 'Copy the direct link the user asked for from the context menu.',
    })
    // Already open: a copy before this one has not closed it yet.
    .catch(() => {});
  try {
    return (await browser.runtime.sendMessage({ type: COPY, text } satisfies CopyRequest)) === true;
  } finally {
    await offscreen.closeDocument().catch(() => {});
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes text to the clipboard from the background, one copy at a time (each opens and closes the
 * offscreen document). Firefox's background page is a document and has `clipboardWrite`: it writes
 * itself. Resolves to whether the text was copied.
 * @example await copyFromBackground('https://github.com/x') // true
 */
export function copyFromBackground(text: string): Promise<boolean> {
  const offscreen = (browser as { offscreen?: Offscreen }).offscreen;
  const copy = () =>
    offscreen ? copyOffscreen(offscreen, text) : navigator.clipboard.writeText(text).then(() => true);
  const next = queue.then(copy).catch(() => false);
  queue = next;
  return next;
}
