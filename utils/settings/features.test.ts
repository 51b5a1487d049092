import { describe, expect, it } from 'vitest';
import { parseFeatures } from './schema';
import { defaultFeatures, enabledKinds, featureNames, FEATURES, type Features } from './features';

const allOn = Object.fromEntries(featureNames.map((name) => [name, true])) as Features;

describe('feature switches', () => {
  it('are all on by default but the generic fallback, which guesses', () => {
    expect(featureNames).toEqual([
      'shareTexts',
      'wrappers',
      'appLinks',
      'skipInterstitials',
      'marker',
      'generic',
    ]);
    expect(featureNames.filter((name) => !defaultFeatures[name])).toEqual(['generic']);
    expect(enabledKinds(defaultFeatures)).not.toContain('generic');
  });

  it('give a page every link kind when all are on, each kind from one switch only', () => {
    const kinds = enabledKinds(allOn);
    expect([...kinds].sort()).toEqual([
      'generic',
      'obfuscated',
      'scheme',
      'share',
      'token',
      'url',
      'wrapper',
    ]);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('read the generic fallback as off from settings stored before it existed', () => {
    const stored = {
      shareTexts: true,
      wrappers: true,
      appLinks: false,
      skipInterstitials: true,
      marker: true,
    };
    expect(parseFeatures(stored)).toEqual({ ...stored, generic: false });
  });

  it.each(featureNames.map((name) => [name] as const))(
    'switching off %s takes away its kinds alone',
    (name) => {
      const kinds = enabledKinds({ ...allOn, [name]: false });
      for (const kind of FEATURES[name].kinds) expect(kinds).not.toContain(kind);
      expect(kinds.length).toBe(enabledKinds(allOn).length - FEATURES[name].kinds.length);
    },
  );
});
