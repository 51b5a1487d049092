import { useI18n } from './i18n';
import { Switch } from './Switch';

export type FeatureFlags = Record<
  'shareTexts' | 'wrappers' | 'appLinks' | 'skipInterstitials' | 'marker',
  boolean
>;

export interface FeatureSwitchesProps {
  features: FeatureFlags;
  onChange: (name: keyof FeatureFlags, on: boolean) => void;
}

const order: (keyof FeatureFlags)[] = ['shareTexts', 'wrappers', 'appLinks', 'skipInterstitials', 'marker'];

/** One switch per thing Unwall does, each with a line saying what it does. */
export function FeatureSwitches({ features, onChange }: FeatureSwitchesProps) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="features-heading">
      <h2 id="features-heading">{t('featuresHeading')}</h2>
      {order.map((name) => (
        <Switch
          key={name}
          label={t(`feature_${name}`)}
          description={t(`featureDesc_${name}`)}
          checked={features[name]}
          onChange={(on) => onChange(name, on)}
        />
      ))}
    </section>
  );
}
