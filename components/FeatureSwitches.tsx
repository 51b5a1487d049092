import { featureNames, type FeatureName, type Features } from '@/utils/settings/features';
import { useI18n } from './i18n';
import { Switch } from './Switch';

export interface FeatureSwitchesProps {
  features: Features;
  onChange: (name: FeatureName, on: boolean) => void;
}

/** One switch per thing Unwall does, each with a line saying what it does. */
export function FeatureSwitches({ features, onChange }: FeatureSwitchesProps) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="features-heading">
      <h2 id="features-heading">{t('featuresHeading')}</h2>
      {featureNames.map((name) => (
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
