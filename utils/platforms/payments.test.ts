import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms';
import { hostsOf } from '@/utils/platforms/define-platform';
import { hostOfHref, isUnderDomain } from '@/utils/url';
import { parsePaymentSources, platformIdOf, toPayments, type FactsSite } from '../../scripts/import-payments';

const root = resolve(import.meta.dirname, '../..');
const fixtureFile = resolve(root, 'tests/fixtures/facts/payments.json');
const sharedFile = resolve(root, '../shared/facts/payments.json');
const facts = JSON.parse(readFileSync(fixtureFile, 'utf8')) as FactsSite[];

const byId = new Map(platforms.map((p) => [p.id, p]));
const sources = platforms.flatMap((p) =>
  (p.payments ?? []).flatMap((claim) => claim.sources.map((s) => ({ id: p.id, method: claim.method, ...s }))),
);

/** Hosts the research names only as reposts or mirrors of an outlet's article. */
const copyHosts = [
  'information.bz',
  'logomoney.com',
  'niuhua.sosol.com.cn',
  'azureedge.net',
  'tellerreport.com',
  'devdiscourse.com',
  'snaponline.org',
  'imathomebaking.com',
  'solondais.fr',
  'dmnews.com',
  'hanqinglawfirm.cn',
  '91se91.com',
  'less.awiki.org',
  'elb.amazonaws.com',
  'keyun100.com',
  'aupair-usa.cn',
  'zmo.ai',
];

describe('payment facts in the registry', () => {
  it('has a platform for every facts site', () => {
    const missing = facts.map((s) => platformIdOf(s.site)).filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('has payments only on platforms that are facts sites', () => {
    const factIds = new Set(facts.map((s) => platformIdOf(s.site)));
    const extra = platforms.filter((p) => p.payments && !factIds.has(p.id)).map((p) => p.id);
    expect(extra).toEqual([]);
  });

  it.each(facts.map((s) => [platformIdOf(s.site), s] as const))(
    '%s carries exactly the claims of the facts',
    (id, site) => {
      expect(byId.get(id)?.payments).toEqual(toPayments(site));
    },
  );

  /** The engine gives a host to the first platform in the registry that covers it (rules.ts). */
  it.each(facts.map((s) => [platformIdOf(s.site), s] as const))(
    '%s owns the web domains the facts give it',
    (id, site) => {
      const ownerOf = (host: string) =>
        platforms.find((p) => hostsOf(p).some((own) => isUnderDomain(hostOfHref(`https://${host}/`)!, own)))
          ?.id;
      expect(site.domains.map(ownerOf)).toEqual(site.domains.map(() => id));
    },
  );

  it('limits the App Store payments to the China storefront', () => {
    expect(byId.get('appstorecn')?.paymentsPath).toBe('/cn/');
  });

  it('gives every claim but unknown a source, and only http(s) source URLs', () => {
    const unsourced = platforms.flatMap((p) =>
      (p.payments ?? [])
        .filter((c) => c.status !== 'unknown' && c.sources.length === 0)
        .map((c) => `${p.id}/${c.method}`),
    );
    expect(unsourced).toEqual([]);
    expect(sources.filter((s) => s.url && !/^https?:\/\/\S+$/.test(s.url))).toEqual([]);
  });

  it('links no copy or mirror the facts mark as such', () => {
    const marked = new Set(
      facts
        .flatMap((s) =>
          s.methods.flatMap((m) => [
            ...m.source.matchAll(/\b(?:copy|copies|mirror)\s+(https?:\/\/[^\s;()]+)/g),
          ]),
        )
        .map((match) => match[1]),
    );
    expect(marked.size).toBeGreaterThan(10);
    const allSources = facts.flatMap((s) => s.methods.map((m) => m.source)).join('\n');
    expect(copyHosts.filter((host) => !allSources.includes(host))).toEqual([]);
    expect(sources.filter((s) => s.url && marked.has(s.url))).toEqual([]);
    const onCopyHost = (url: string) => copyHosts.some((host) => isUnderDomain(hostOfHref(url)!, host));
    expect(sources.filter((s) => s.url !== undefined && onCopyHost(s.url))).toEqual([]);
  });

  it('keeps the fixture equal to the shared facts file where that is present', () => {
    if (!existsSync(sharedFile)) return;
    expect(facts).toEqual(JSON.parse(readFileSync(sharedFile, 'utf8')));
  });
});

describe('parsePaymentSources', () => {
  it.each([
    ['', []],
    [
      'SCMP 2024-09 (article 3277374; copy https://less.awiki.org/tech/big-tech/article/3277374/x)',
      [{ text: 'SCMP 2024-09 (article 3277374)' }],
    ],
    [
      'Daily Economic News 2024-09-12 (copy https://information.bz/english/news/view/2024/09/12/41725.html)',
      [{ text: 'Daily Economic News 2024-09-12' }],
    ],
    [
      "Wikipedia 'Alipay' (mirror https://hessslslslsls.azureedge.net/wiki/AliPay)",
      [{ text: "Wikipedia 'Alipay'" }],
    ],
    [
      'iQIYI Auto-renewal Subscription Rules (international; copy, undated) https://www.zmo.ai/imgcreator/auto-renewal-rules',
      [{ text: 'iQIYI Auto-renewal Subscription Rules (international; undated)' }],
    ],
    [
      'China Railway Corp. announcement as reported (undated copy http://keyun100.com/knews-444106)',
      [{ text: 'China Railway Corp. announcement as reported (undated)' }],
    ],
    [
      'China Daily 2024-09-06 https://www.chinadaily.com.cn/a/202409/06/WS66da3b0ca3103711928a65a4.html',
      [
        {
          text: 'China Daily 2024-09-06',
          url: 'https://www.chinadaily.com.cn/a/202409/06/WS66da3b0ca3103711928a65a4.html',
        },
      ],
    ],
    [
      'third-party guides: alihelper.net (2024) https://alihelper.net/a ; que-dalle.com (undated) https://que-dalle.com/b',
      [
        { text: 'third-party guides: alihelper.net (2024)', url: 'https://alihelper.net/a' },
        { text: 'que-dalle.com (undated)', url: 'https://que-dalle.com/b' },
      ],
    ],
    [
      'SCMP article 3284482 (Oct/Nov 2024; exact date not in retrieved copy) https://mcdn.i-scmp.com/tech/article/3284482/x',
      [
        {
          text: 'SCMP article 3284482 (Oct/Nov 2024; exact date not in retrieved copy)',
          url: 'https://mcdn.i-scmp.com/tech/article/3284482/x',
        },
      ],
    ],
    [
      'Straits Times-sourced report 2024-10-06 (copies https://solondais.fr/a ; https://dmnews.com/b); Futu News 2024-10-15 https://news.futunn.com/c',
      [
        { text: 'Straits Times-sourced report 2024-10-06' },
        { text: 'Futu News 2024-10-15', url: 'https://news.futunn.com/c' },
      ],
    ],
    [
      'Shanghai Daily 2024-09-27 https://www.shine.cn/biz/tech/2409271695/; China Daily 2021-11-03 http://global.chinadaily.com.cn/a.html',
      [
        { text: 'Shanghai Daily 2024-09-27', url: 'https://www.shine.cn/biz/tech/2409271695/' },
        { text: 'China Daily 2021-11-03', url: 'http://global.chinadaily.com.cn/a.html' },
      ],
    ],
    [
      'TMTPost 2022-03-30 (copy http://m.niuhua.sosol.com.cn/a.html); TMTPost 2022-03-30 (copy http://m.niuhua.sosol.com.cn/b.html)',
      [{ text: 'TMTPost 2022-03-30' }],
    ],
  ])('reads %j', (source, expected) => {
    expect(parsePaymentSources(source)).toEqual(expected);
  });
});
