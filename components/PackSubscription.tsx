import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** What the options page shows of the subscription (problems already in the UI's language). */
export interface SubscriptionView {
  url: string;
  on: boolean;
  lastAttempt?: string;
  lastSuccess?: string;
  problems: string[];
}

export interface PackSubscriptionProps {
  subscription: SubscriptionView;
  /** Turns it on for an address and downloads at once; `invalid` when the address is not https. */
  subscribe: (url: string) => Promise<string>;
  /** Downloads now, whatever the day's limit. */
  refresh: () => Promise<string>;
  unsubscribe: () => void;
}

/**
 * The opt-in subscription to a rule pack at an https address: off until the user subscribes, then at
 * most a download a day; the address, the last check and the last download are shown, and why the
 * last one was not used.
 */
export function PackSubscription({ subscription, subscribe, refresh, unsubscribe }: PackSubscriptionProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(subscription.url);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const run = (work: () => Promise<string>) => {
    setBusy(true);
    void work().then((result) => {
      setInvalid(result === 'invalid');
      setBusy(false);
    });
  };
  const submit = (e: Event) => {
    e.preventDefault();
    run(() => subscribe(draft));
  };
  return (
    <div class="pack-subscription">
      <h3 id="subscription-heading">{t('subscriptionHeading')}</h3>
      <p class="muted">{t('subscriptionIntro')}</p>
      {subscription.on ? (
        <>
          <p class="pack-subscribed" role="status">
            {t('subscriptionOn', subscription.url)}{' '}
            {subscription.lastAttempt && t('subscriptionChecked', when(subscription.lastAttempt))}{' '}
            {subscription.lastSuccess && t('subscriptionDownloaded', when(subscription.lastSuccess))}
          </p>
          <p class="actions">
            <button type="button" class="button" disabled={busy} onClick={() => run(refresh)}>
              {t('subscriptionRefresh')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={unsubscribe}>
              {t('subscriptionOff')}
            </button>
          </p>
        </>
      ) : (
        <form class="inline-form" onSubmit={submit} aria-labelledby="subscription-heading">
          <label class="field">
            <span>{t('subscriptionUrlLabel')}</span>
            <input
              type="url"
              value={draft}
              placeholder="https://…/unwall-pack.json"
              aria-invalid={invalid}
              aria-describedby={invalid ? 'subscription-error' : undefined}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button" disabled={busy}>
            {t('subscriptionSubscribe')}
          </button>
        </form>
      )}
      {invalid && (
        <p id="subscription-error" class="error" role="alert">
          {t('subscriptionInvalid')}
        </p>
      )}
      {subscription.on && subscription.problems.length > 0 && (
        <div class="error" role="alert">
          <p>{t('subscriptionFailed')}</p>
          {subscription.problems.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
