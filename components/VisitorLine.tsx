import type { PaymentSite } from '@/utils/payments/schema';
import { visitorLine } from '@/utils/payments/visitor';
import { useI18n } from './i18n';
import { SourceDisclosure } from './SourceDisclosure';
import { pickText } from '@/utils/i18n/pick-text';

export interface VisitorLineProps {
  site: PaymentSite;
  today: Date;
}

/** Whether and how a visitor from abroad can pay on the site, with the general facts behind it. */
export function VisitorLine({ site, today }: VisitorLineProps) {
  const { t, lang } = useI18n();
  const line = visitorLine(site, today);
  return (
    <div class={`visitor visitor--${line.answer}`}>
      <p class="visitor__line">
        <strong>{t('visitorLabel')}</strong> {pickText(line.say, lang)}
      </p>
      {line.facts.length > 0 && (
        <details class="visitor__facts">
          <summary>{t('visitorFacts')}</summary>
          <ul>
            {line.facts.map((fact) => (
              <li key={fact.id}>
                {pickText(fact.say, lang)}
                <SourceDisclosure sources={fact.sources} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
