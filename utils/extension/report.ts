import { browser } from 'wxt/browser';
import { browserName, reportText, type ReportFacts } from '@/utils/report/report-text';

interface UserAgentData {
  brands?: { brand: string; version: string }[];
}

/**
 * A problem report with this build's version and this browser's name and major version, for the
 * user to copy; nothing is sent anywhere.
 * @example reportFor({ page: 'https://item.taobao.com/item.htm?id=1', site: 'taobao' })
 */
export function reportFor(facts: Omit<ReportFacts, 'version' | 'browser'>): string {
  const hints = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  return reportText({
    version: browser.runtime.getManifest().version,
    browser: browserName({ brands: hints?.brands, userAgent: navigator.userAgent }),
    ...facts,
  });
}
