import { describe, expect, it, vi } from 'vitest';
import { exportSettings, parseSettingsFile, readSettingsFile } from './settings-file';
import { defaultSettings, type Settings } from '@/utils/settings/schema';

const custom: Settings = {
  features: {
    shareTexts: false,
    wrappers: true,
    appLinks: true,
    skipInterstitials: false,
    marker: true,
    generic: true,
  },
  disabledSites: ['jd.com', 'weibo.com'],
  userRules: [{ host: 'go.example.com', pathPrefix: '/out', param: 'to', encoding: 'url' }],
  disabledRules: ['zhihu:interstitial:link.zhihu.com/'],
  mirrors: { xiaohongshu: 'www.rednote.com' },
};

function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportSettings(custom, new Date(0))) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('settings files', () => {
  it.each([
    ['the defaults', defaultSettings()],
    ['custom settings', custom],
  ])('imports what it exported: %s', (_, settings) => {
    expect(parseSettingsFile(exportSettings(settings, new Date()))).toEqual({ ok: true, settings });
  });

  it('writes who made the file, its format and when', () => {
    expect(JSON.parse(exportSettings(custom, new Date(0)))).toMatchObject({
      app: 'unwall',
      format: 2,
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it('reads a format 1 file (from before rules could be switched off) with every rule on', () => {
    const old = fileWith((f) => {
      f.format = 1;
      delete (f.settings as Partial<Settings>).disabledRules;
    });
    expect(parseSettingsFile(old)).toEqual({ ok: true, settings: { ...custom, disabledRules: [] } });
  });

  it('refuses a switched-off rule that is not a rule id', () => {
    const bad = fileWith((f) => ((f.settings as Settings).disabledRules = ['<script>']));
    expect(parseSettingsFile(bad)).toEqual({
      ok: false,
      problems: [{ kind: 'invalid', path: 'settings.disabledRules.0' }],
    });
  });

  it.each([
    ['format 0', fileWith((f) => (f.format = 0)), [{ kind: 'unknownFormat', format: 0 }]],
    ['text that is not JSON', '{"app": "unwall",', [{ kind: 'notJson' }]],
    ['an empty file', '', [{ kind: 'notJson' }]],
    ['another extension’s file', '{"version":1,"rules":[]}', [{ kind: 'foreign' }]],
    ['a JSON array', '[1,2]', [{ kind: 'foreign' }]],
    ['a later format', fileWith((f) => (f.format = 7)), [{ kind: 'unknownFormat', format: 7 }]],
    [
      'a feature that is not true or false',
      fileWith((f) => ((f.settings as Settings).features.marker = 'yes' as never)),
      [{ kind: 'invalid', path: 'settings.features.marker' }],
    ],
    [
      'a rule with a regular expression for a host',
      fileWith((f) => ((f.settings as Settings).userRules[0]!.host = '.*\\.example\\.com')),
      [{ kind: 'invalid', path: 'settings.userRules.0.host' }],
    ],
    [
      'an unknown setting',
      fileWith((f) => ((f.settings as Record<string, unknown>).sync = true)),
      [{ kind: 'invalid', path: 'settings.sync' }],
    ],
    [
      'a mirror the platform does not have',
      fileWith((f) => ((f.settings as { mirrors: object }).mirrors = { xiaohongshu: 'evil.example' })),
      [{ kind: 'invalid', path: 'settings.mirrors' }],
    ],
    [
      'a mirror for a platform without mirrors',
      fileWith((f) => ((f.settings as { mirrors: object }).mirrors = { taobao: 'www.rednote.com' })),
      [{ kind: 'invalid', path: 'settings.mirrors' }],
    ],
    [
      'a missing key',
      fileWith((f) => delete (f.settings as Partial<Settings>).disabledSites),
      [{ kind: 'invalid', path: 'settings.disabledSites' }],
    ],
    ['a file over 1 MB', ' '.repeat(1_000_001), [{ kind: 'tooLarge' }]],
  ])('refuses %s and says why', (_, text, problems) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, problems });
  });

  it('imports a file written before the mirror choice existed, each platform on its main host', () => {
    const text = fileWith((f) => delete (f.settings as Partial<Settings>).mirrors);
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: { ...custom, mirrors: {} } });
  });

  it('keeps switched-off sites and hosts as written, each once (www. may be "only this host")', () => {
    const text = fileWith(
      (f) => ((f.settings as Settings).disabledSites = ['www.jd.com', 'jd.com', 'jd.com']),
    );
    expect(parseSettingsFile(text)).toMatchObject({
      ok: true,
      settings: { disabledSites: ['www.jd.com', 'jd.com'] },
    });
  });
});

describe('user rules in a settings file', () => {
  it.each([
    ['a public suffix as host', (r: Record<string, string>) => (r.host = 'github.io'), 'host'],
    ['a login return parameter', (r: Record<string, string>) => (r.param = 'redirect_uri'), 'param'],
  ])('refuses the whole file for %s', (_, change, field) => {
    const text = fileWith((f) => change((f.settings as Settings).userRules[0] as never));
    expect(parseSettingsFile(text)).toEqual({
      ok: false,
      problems: [{ kind: 'invalid', path: `settings.userRules.0.${field}` }],
    });
  });
});

describe('reading a chosen file', () => {
  it('refuses a file larger than 1 MB without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(exportSettings(custom, new Date(0))));
    const result = await readSettingsFile({ size: 30_000_000, text });
    expect(result).toEqual({ ok: false, problems: [{ kind: 'tooLarge' }] });
    expect(text).not.toHaveBeenCalled();
  });

  it('reads and checks a file of a normal size', async () => {
    const file = new Blob([exportSettings(custom, new Date(0))], { type: 'application/json' });
    expect(await readSettingsFile(file)).toEqual({ ok: true, settings: custom });
  });
});
