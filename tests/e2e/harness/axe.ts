import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe's serious and critical findings on the page as shown now, in a colour scheme when one is given
 * (none expected anywhere): each as its rule and the elements it found.
 */
export async function seriousViolations(page: Page, colorScheme?: 'light' | 'dark'): Promise<string[]> {
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
