import { checkPack, MAX_PACK_BYTES, type RulePack } from '@/utils/settings/rule-pack';
import { subscriptionUrl, type SubscriptionProblem } from '@/utils/settings/pack-subscription';

/** How long one download may take before it is given up. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export type Download = { ok: true; pack: RulePack } | { ok: false; problems: SubscriptionProblem[] };

/** The body as text, or null once it passes `max` bytes (declared or read): the rest is not read. */
async function limitedText(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

const fail = (...problems: SubscriptionProblem[]): Download => ({ ok: false, problems });

/**
 * Downloads the pack at a subscription's address and checks it as an imported pack is checked: https
 * only (the address a redirect ends at must pass `subscriptionUrl` too, or nothing is read from it),
 * no cookies, no referrer and no cache, at most `MAX_PACK_BYTES`, given up after
 * `DOWNLOAD_TIMEOUT_MS`; then every example of every entry. The caller keeps its last good pack on
 * any failure.
 */
export async function downloadPack(
  address: string,
  fetchImpl: Fetch,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
): Promise<Download> {
  const url = subscriptionUrl(address);
  if (url === null) return fail({ kind: 'notHttps' });
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      // Nothing kept between downloads: no validator (an ETag) a server could use to tell users apart.
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      headers: { accept: 'application/json' },
      signal: abort.signal,
    });
    if (response.url && subscriptionUrl(response.url) === null) {
      await response.body?.cancel().catch(() => {});
      return fail({ kind: 'notHttps' });
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => {});
      return fail({ kind: 'status', status: response.status });
    }
    const text = await limitedText(response, MAX_PACK_BYTES);
    if (text === null) return fail({ kind: 'tooLarge' });
    const check = checkPack(text);
    return check.ok ? { ok: true, pack: check.pack } : fail(...check.problems);
  } catch {
    return fail({ kind: timedOut ? 'timeout' : 'network' });
  } finally {
    clearTimeout(timer);
  }
}
