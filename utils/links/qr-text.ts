import { platforms } from '@/utils/platforms';
import {
  appOnlyCodeIn,
  compileAppOnlyCodes,
  type AppOnlyCodeMatch,
  type AppOnlyCodes,
} from './app-only-codes';
import type { FoundLink } from './find-links';

/** What a QR code says, read by the engine. */
export interface QrReading {
  /** The code's whole text, as decoded. */
  text: string;
  /** A code only an app reads (payment, sign-in, mini-program, group): no link is offered for it. */
  appOnly: AppOnlyCodeMatch | null;
  /** Otherwise what the engine finds in the text: direct links, share texts, app links, wrappers, tokens. */
  links: FoundLink[];
}

/** A QR code holds at most 7,089 characters; the engine looks at no more than a paste's worth. */
const MAX_TEXT = 20_000;

let registryCodes: AppOnlyCodes | null = null;

/**
 * What a decoded QR code is: an app-only code, never offered as a link, or the links the engine
 * (`findLinks`, with the user's own rules) finds in its text.
 * @example readQrText(findLinks, 'wxp://f2f0abc').appOnly?.kind // 'payment'
 * @example readQrText(findLinks, 'taobao://item.taobao.com/item.htm?id=1').links[0]?.url // 'https://item.taobao.com/item.htm?id=1'
 */
export function readQrText(findLinks: (text: string) => FoundLink[], text: string): QrReading {
  registryCodes ??= compileAppOnlyCodes(platforms);
  const appOnly = appOnlyCodeIn(registryCodes, text);
  return { text, appOnly, links: appOnly ? [] : findLinks(text.slice(0, MAX_TEXT)) };
}
