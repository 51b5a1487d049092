import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * "Read QR code" on a picture hands the result page what to read: the picture's address and the tab
 * as it was shown when the menu was clicked (the page may draw the picture where the result page
 * cannot fetch it). One request at a time, in `storage.session` (memory only, readable only by the
 * extension's pages), taken off when the result page reads it: a screenshot is kept no longer.
 */
const KEY = 'qrRequest';

const requestSchema = z.strictObject({
  id: z.string().min(1),
  src: z.string().nullable(),
  /** A PNG `data:` address of the visible tab, or null when the browser refused it. */
  capture: z.string().startsWith('data:image/').nullable(),
});
export type QrRequest = z.infer<typeof requestSchema>;

/** Keeps the request (replacing an earlier one) and returns its id for the result page's address. */
export async function storeQrRequest(src: string | null, capture: string | null): Promise<string> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [KEY]: { id, src, capture } satisfies QrRequest });
  return id;
}

/** The request with this id, taken off storage; null when it is gone (already read, or replaced). */
export async function takeQrRequest(id: string): Promise<QrRequest | null> {
  const parsed = requestSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  if (!parsed.success || parsed.data.id !== id) return null;
  await browser.storage.session.remove(KEY);
  return parsed.data;
}

/** A picture, as the extension's page may load it: `data:` and `blob:` always, other addresses where CORS allows. */
export async function fetchPicture(src: string): Promise<Blob> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
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

/** A picture to read, loaded when its turn comes; `fallback` when it stands in for one that gave nothing (the popup's `QrPicture`). */
export interface QrPicture {
  load: () => Promise<Blob>;
  fallback: boolean;
}

/**
 * The pictures a context-menu request hands over, in order: the picture itself, then the tab as it
 * was shown (a picture the page draws from elsewhere, or one that cannot be fetched). Null when the
 * request is gone.
 */
export async function qrPicturesOf(id: string): Promise<QrPicture[] | null> {
  const request = await takeQrRequest(id);
  if (!request) return null;
  const { src, capture } = request;
  return [
    ...(src ? [{ load: () => fetchPicture(src), fallback: false }] : []),
    ...(capture ? [{ load: () => fetchPicture(capture), fallback: true }] : []),
  ];
}

/** The visible tab, from the popup (the toolbar click grants `activeTab`). */
export async function captureTabPicture(): Promise<Blob> {
  return fetchPicture(await captureVisibleTab());
}
