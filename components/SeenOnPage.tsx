import type { SeenEvidence, SeenMethod } from '@/utils/payments/evidence';
import { useI18n, type I18n } from './i18n';
import { PaymentIcon } from './PaymentIcon';

export interface SeenOnPageProps {
  seen: readonly SeenMethod[];
}

/** What showed a method, in a few words: "form posting to openapi.alipay.com", "option “微信支付”". */
export function describeEvidence(t: I18n['t'], evidence: SeenEvidence): string {
  switch (evidence.kind) {
    case 'label':
      return t('seenByLabel', evidence.text);
    case 'element':
      return t('seenByElement', evidence.tag);
    default: {
      const where = t(`seenBy_${evidence.kind}`, evidence.host);
      return evidence.processor ? t('seenByProcessor', [where, evidence.processor]) : where;
    }
  }
}

/**
 * "Seen on this page today": the methods the page itself shows or loads, read just now in the
 * browser, kept apart from the sourced claims above it and in a plain style (it is no claim about
 * the site). Nothing at all when the page showed none, or could not be read.
 */
export function SeenOnPage({ seen }: SeenOnPageProps) {
  const { t } = useI18n();
  if (seen.length === 0) return null;
  return (
    <section class="card seen" aria-labelledby="seen-title">
      <h2 id="seen-title" class="seen__title">
        {t('seenTitle')}
      </h2>
      <ul class="seen__list">
        {seen.map(({ method, evidence }) => (
          <li key={method} class="seen__item">
            <PaymentIcon method={method} size={16} />
            <span class="seen__name">{t(`method_${method}`)}</span>
            <span class="seen__how">{evidence.map((e) => describeEvidence(t, e)).join(t('seenJoin'))}</span>
          </li>
        ))}
      </ul>
      <p class="seen__note">{t('seenNote')}</p>
    </section>
  );
}
