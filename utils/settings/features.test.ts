import { describe, expect, it } from 'vitest';
import { defaultFeatures, enabledKinds, featureNames, FEATURES } from './features';

describe('feature switches', () => {
  it('are all on by default', () => {
    expect(featureNames).toEqual(['shareTexts', 'wrappers', 'appLinks', 'skipInterstitials', 'marker']);
    expect(Object.values(defaultFeatures).every(Boolean)).toBe(true);
  });

  it('give a page every link kind when all are on, each kind from one switch only', () => {
    const kinds = enabledKinds(defaultFeatures);
    expect([...kinds].sort()).toEqual(['obfuscated', 'scheme', 'share', 'token', 'url', 'wrapper']);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each(featureNames.map((name) => [name] as const))(
    'switching off %s takes away its kinds alone',
    (name) => {
      const kinds = enabledKinds({ ...defaultFeatures, [name]: false });
      for (const kind of FEATURES[name].kinds) expect(kinds).not.toContain(kind);
      expect(kinds.length).toBe(enabledKinds(defaultFeatures).length - FEATURES[name].kinds.length);
    },
  );
});
