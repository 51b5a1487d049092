import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * "Read QR code" on a picture hands the result page what to read, with no network request: the
 * picture itself when the page gives it as a `data:` address (as pages that draw codes in script
 * do), and the tab as it was shown when the menu was clicked, for any other picture. One request at
 * a time, in `storage.session` (memory only, readable only by the extension's pages), taken off when
 * the result page reads it: a screenshot is kept no longer.
 */
const KEY = 'qrRequest';

/** A `data:` picture larger than this is read from the tab as shown instead (`storage.session` holds 10 MB). */
const MAX_DATA_PICTURE = 4_000_000;
const dataPicture = z.string().startsWith('data:image/');

const requestSchema = z.strictObject({
  id: z.string().min(1),
  /** The picture's own `data:` address, or null when it has another. */
  picture: dataPicture.max(MAX_DATA_PICTURE).nullable(),
  /** The visible tab as a PNG `data:` address, or null when the browser refused it. */
  capture: dataPicture.nullable(),
});
export type QrRequest = z.infer<typeof requestSchema>;

/**
 * Keeps the request (replacing an earlier one) and returns its id for the result page's address. A
 * picture's address other than a small enough `data:` one is not kept: it would have to be fetched.
 */
export async function storeQrRequest(src: string | null, capture: string | null): Promise<string> {
  const id = crypto.randomUUID();
  const picture = src !== null && dataPicture.max(MAX_DATA_PICTURE).safeParse(src).success ? src : null;
  await browser.storage.session.set({ [KEY]: { id, picture, capture } satisfies QrRequest });
  return id;
}

/** The request with this id, taken off storage; null when it is gone (already read, or replaced). */
export async function takeQrRequest(id: string): Promise<QrRequest | null> {
  const parsed = requestSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  if (!parsed.success || parsed.data.id !== id) return null;
  await browser.storage.session.remove(KEY);
  return parsed.data;
}

/** The picture a `data:` address holds (decoded locally: no request leaves the browser). */
export async function pictureOf(dataUrl: string): Promise<Blob> {
  if (!dataPicture.safeParse(dataUrl).success) throw new Error('not a data: picture');
  return (await fetch(dataUrl)).blob();
}

/**
 * The visible part of the tab in front, as a PNG. The browser allows it only while the user's click on
 * the toolbar button or the context menu grants `activeTab`; it rejects otherwise.
 */
export async function captureVisibleTab(windowId?: number): Promise<string> {
  return windowId === undefined
    ? browser.tabs.captureVisibleTab({ format: 'png' })
    : browser.tabs.captureVisibleTab(windowId, { format: 'png' });
}

/** A picture to read, loaded when its turn comes; `fromTab` when it is the tab as shown (the popup's `QrPicture`). */
export interface QrPicture {
  load: () => Promise<Blob>;
  fromTab: boolean;
}

/**
 * The pictures a context-menu request hands over, in order: the picture itself, then the tab as it
 * was shown. Null when the request is gone.
 */
export async function qrPicturesOf(id: string): Promise<QrPicture[] | null> {
  const request = await takeQrRequest(id);
  if (!request) return null;
  const { picture, capture } = request;
  return [
    ...(picture ? [{ load: () => pictureOf(picture), fromTab: false }] : []),
    ...(capture ? [{ load: () => pictureOf(capture), fromTab: true }] : []),
  ];
}

/** The visible tab, from the popup (the toolbar click grants `activeTab`). */
export async function captureTabPicture(): Promise<Blob> {
  return pictureOf(await captureVisibleTab());
}
