import { z } from 'zod';
import type { PackProblem } from './rule-pack';

/**
 * The rule-pack subscription: one https address the user chose, off until they turn it on. While on,
 * the pack there is downloaded at most once a day (and when the user asks), checked like an imported
 * pack, and used only when every example passes; a failed download or check keeps the last good pack.
 */
export const REFRESH_EVERY_MS = 24 * 60 * 60 * 1000;
export const MAX_SUBSCRIPTION_URL = 2000;

/** Why a download did not replace the pack in use. */
export type DownloadProblem =
  | { kind: 'notHttps' }
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'status'; status: number }
  | { kind: 'tooLarge' };

export type SubscriptionProblem = DownloadProblem | PackProblem;

const problemSchema = z.union([
  z.strictObject({ kind: z.enum(['notHttps', 'network', 'timeout', 'tooLarge', 'notJson']) }),
  z.strictObject({ kind: z.literal('status'), status: z.number().int() }),
  z.strictObject({ kind: z.literal('invalid'), path: z.string().max(500) }),
  z.strictObject({ kind: z.literal('duplicate'), entry: z.string().max(200) }),
  z.strictObject({
    kind: z.literal('example'),
    entry: z.string().max(200),
    input: z.string().max(5000),
    expected: z.string().max(5000).nullable(),
    got: z.string().max(5000).nullable(),
  }),
]);

export const subscriptionSchema = z.strictObject({
  url: z.string().max(MAX_SUBSCRIPTION_URL),
  on: z.boolean(),
  /** When a download last started (ISO): the daily limit counts from it, success or not. */
  lastAttempt: z.iso.datetime().optional(),
  /** When a download last gave a pack that passed (ISO). */
  lastSuccess: z.iso.datetime().optional(),
  /** Why the last attempt did not replace the pack; absent after a success. */
  problems: z.array(problemSchema).max(10).optional(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Problems as the setting may hold them: at most 10, each text cut to the schema's length (a pack's
 * failing example may be any length; stored whole, it would make the setting unreadable).
 */
export function boundedProblems(problems: readonly SubscriptionProblem[]): SubscriptionProblem[] {
  return problems.slice(0, 10).map((problem) => {
    switch (problem.kind) {
      case 'invalid':
        return { ...problem, path: cut(problem.path, 500) };
      case 'duplicate':
        return { ...problem, entry: cut(problem.entry, 200) };
      case 'example':
        return {
          ...problem,
          entry: cut(problem.entry, 200),
          input: cut(problem.input, 5000),
          expected: problem.expected === null ? null : cut(problem.expected, 5000),
          got: problem.got === null ? null : cut(problem.got, 5000),
        };
      default:
        return problem;
    }
  });
}

export const noSubscription: Subscription = Object.freeze({ url: '', on: false });

/**
 * The stored subscription, or none when the value is not one (broken storage turns it off, never on).
 * @example readSubscription({ url: 'https://a.example/p.json', on: 'yes' }).on // false
 */
export function readSubscription(value: unknown): Subscription {
  const parsed = subscriptionSchema.safeParse(value);
  if (!parsed.success) return noSubscription;
  return parsed.data.on && subscriptionUrl(parsed.data.url) === null
    ? { ...parsed.data, on: false }
    : parsed.data;
}

/**
 * The address to subscribe to, as the browser will fetch it, or null when it is not one: https only,
 * a host name (with a dot; not an IP address), no user name or password, no fragment kept.
 * @example subscriptionUrl(' https://Packs.Example.org/unwall.json ') // 'https://packs.example.org/unwall.json'
 * @example subscriptionUrl('http://packs.example.org/unwall.json') // null
 */
export function subscriptionUrl(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SUBSCRIPTION_URL) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  // A name, not an address: a dot, and a last label that is not a number (no IPv4, no IPv6).
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*$/.test(url.hostname)) return null;
  url.hash = '';
  return url.href;
}

/**
 * Whether the daily download is due: never tried, or the last try a day or more away (either way: a
 * clock set back a day does not stop it for good).
 * @example isRefreshDue({ url: 'https://a.example/p', on: true }, new Date()) // true
 */
export function isRefreshDue(subscription: Subscription, now: Date): boolean {
  if (!subscription.on) return false;
  if (!subscription.lastAttempt) return true;
  return Math.abs(now.getTime() - Date.parse(subscription.lastAttempt)) >= REFRESH_EVERY_MS;
}
