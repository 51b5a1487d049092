import { z } from 'zod';
import { isHttpHref } from '../url';

/**
 * The payment facts, a dataset of their own: one file per site under `sites/`, each checked against
 * these schemas by `registry.test.ts`. A site is keyed by its registrable domains; the link rules
 * (`utils/platforms`) know nothing of payments, and a payment site changes nothing of what is linked.
 */

export const paymentStatusSchema = z.enum(['supported', 'partial', 'pending', 'unsupported', 'unknown']);

/** Payment methods Unwall can name (each has a name in `_locales` as `method_<id>` and an icon). */
export const paymentMethodIds = [
  'alipay',
  'wechat_pay',
  'unionpay',
  'ecny',
  'huabei',
  'jd_pay',
  'douyin_pay',
  'meituan_pay',
  'duoduo_pay',
  'apple_pay',
  'intl_cards',
  'paypal',
  'china_mobile_hebao',
  'qq_wallet',
  'kuaishou_pay',
  'zhima_pay_later',
  'weibo_pay',
  'worldfirst',
  'carrier_billing',
] as const;
export const paymentMethodSchema = z.enum(paymentMethodIds);

/**
 * How strong a source is, strongest first: the company's or a regulator's own words; a major news
 * outlet (Reuters, SCMP, Caixin, Xinhua, Yicai, 36Kr, LatePost…); a secondary report (a repost, a
 * trade blog, a smaller outlet); an unofficial page (a how-to, an SEO page, a forum post).
 */
export const sourceGrades = ['official', 'major-outlet', 'secondary', 'unofficial'] as const;
export const sourceGradeSchema = z.enum(sourceGrades);

/** A day, a month or a year: `2024-09-12`, `2024-09`, `2024`. */
export const factDateSchema = z
  .string()
  .regex(/^20\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

const httpAddress = z
  .string()
  .refine((url) => isHttpHref(url) && /^[a-z]+:\/\/\S+$/i.test(url), 'an http(s) address without spaces');

export const paymentSourceSchema = z.strictObject({
  /** The outlet and what it said, as a reader would look it up: `SCMP: Taobao adds WeChat Pay`. */
  title: z.string().min(3).max(200),
  url: httpAddress.optional(),
  /** When the source was published. */
  date: factDateSchema,
  grade: sourceGradeSchema,
});

/** One plain sentence for a shopper, in both languages (no research jargon, no source names). */
export const plainWordsSchema = z.strictObject({
  en: z.string().min(3).max(240),
  zh: z.string().min(2).max(160),
});

export const paymentClaimSchema = z
  .strictObject({
    method: paymentMethodSchema,
    status: paymentStatusSchema,
    /** When the method arrived, where known. */
    since: factDateSchema.nullable(),
    /** The newest date a source confirmed the claim (null only for `unknown`). */
    confirmed: factDateSchema.nullable(),
    say: plainWordsSchema,
    sources: z.array(paymentSourceSchema),
  })
  .refine(
    (c) => c.status === 'unknown' || (c.sources.length > 0 && c.confirmed !== null),
    'every claim but unknown needs a source and the date it was last confirmed',
  );

export const siteKinds = [
  'shopping',
  'food',
  'travel',
  'tickets',
  'media',
  'social',
  'everyday',
  'apps',
] as const;

export const paymentSiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  names: z.strictObject({ en: z.string().min(1).max(60), zh: z.string().min(1).max(30) }),
  kind: z.enum(siteKinds),
  /**
   * The site's hosts (`taobao.com`, or `v.qq.com` where the parent domain is shared with other
   * sites); a page on a host or under it belongs to the site. Each is stated once in the dataset.
   * None for an app without a web site of its own (Taobao Deals): it is found by search only.
   */
  domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case domain')),
  /** Where the facts cover only part of a domain (Apple's China store: `/cn/`). */
  path: z
    .string()
    .regex(/^\/\S*$/)
    .optional(),
  claims: z.array(paymentClaimSchema).min(1),
});

export type PaymentStatus = z.infer<typeof paymentStatusSchema>;
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;
export type SourceGrade = z.infer<typeof sourceGradeSchema>;
export type PaymentSource = z.infer<typeof paymentSourceSchema>;
export type PaymentClaim = z.infer<typeof paymentClaimSchema>;
export type PaymentSite = z.infer<typeof paymentSiteSchema>;
export type SiteKind = (typeof siteKinds)[number];
