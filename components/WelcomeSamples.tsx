import { useI18n } from './i18n';

export interface WelcomeSamplesProps {
  /** A share text, as a platform's app writes it. */
  shareText: string;
  /** A redirect wrapper and an app-only link, as anchors on a page carry them. */
  wrapper: string;
  appLink: string;
  /** A token on its own (口令), which no browser can open. */
  token: string;
}

/**
 * The first-run page's samples: plain page content (text and anchors) for the page layer to work
 * on, as it works on a web page. Nothing here is pre-linked: what the reader sees is Unwall's work.
 */
export function WelcomeSamples({ shareText, wrapper, appLink, token }: WelcomeSamplesProps) {
  const { t } = useI18n();
  return (
    <dl class="welcome-samples">
      <dt>{t('welcomeSampleShare')}</dt>
      <dd data-sample="share">{shareText}</dd>
      <dt>{t('welcomeSampleWrapper')}</dt>
      <dd data-sample="wrapper">
        <a href={wrapper}>{t('welcomeSampleWrapperText')}</a>
      </dd>
      <dt>{t('welcomeSampleApp')}</dt>
      <dd data-sample="app">
        <a href={appLink}>{t('welcomeSampleAppText')}</a>
      </dd>
      <dt>{t('welcomeSampleToken')}</dt>
      <dd data-sample="token">{token}</dd>
    </dl>
  );
}
