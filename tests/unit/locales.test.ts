import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourceKinds } from '@/utils/payments/evidence-hosts';
import { ruleRefs } from '@/utils/links/rule-ids';
import { platforms } from '@/utils/platforms';
import { featureNames } from '@/utils/settings/schema';
import { paymentMethodIds, paymentStatusSchema, sourceGrades } from '@/utils/payments/schema';
import { appOnlyKindSchema, exampleSchema } from '@/utils/platforms/schema';
import {
  toTaiwanCatalogue,
  toTaiwanName,
  toTaiwanText,
  type TaiwanOverrides,
} from '../../scripts/traditional-chinese';
import { chineseTexts, shownData, toHantMap } from '../../scripts/zh-hant-data';

const root = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string) =>
  JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');
const tw = load('zh_TW');
const readText = (path: string) => readFileSync(join(root, path), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
}
const uiSources = [
  ...sourceFiles('components'),
  ...sourceFiles('entrypoints'),
  ...sourceFiles('utils/extension'),
];

const placeholdersOf = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same keys in English and Traditional Chinese', () => {
    expect(Object.keys(tw).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same placeholders in both languages, each declared', (key) => {
    expect(placeholdersOf(zh[key]!.message)).toEqual(placeholdersOf(en[key]!.message));
    for (const name of placeholdersOf(en[key]!.message)) {
      expect(en[key]!.placeholders?.[name!.toLowerCase()]).toBeDefined();
      expect(zh[key]!.placeholders?.[name!.toLowerCase()]).toBeDefined();
    }
  });

  it('has every literal key the code asks for', () => {
    const keys = uiSources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)].map((m) => m[1]!),
    );
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it.each([
    ['method_', paymentMethodIds],
    ['status_', [...paymentStatusSchema.options, 'reported']],
    ['grade_', sourceGrades.map((grade) => grade.replace('-', '_'))],
    ['feature_', featureNames],
    ['featureDesc_', featureNames],
    ['problem_', ['notJson', 'foreign', 'unknownFormat', 'invalid', 'tooLarge']],
    ['rule_', ['host', 'pathPrefix', 'param', 'encoding']],
    ['ruleInvalid_', ['host', 'pathPrefix', 'param', 'encoding']],
    ['encoding_', ['url', 'base64']],
    ['seenBy_', resourceKinds],
    [
      'importRefused_',
      ['notUrlskip', 'exception', 'noHost', 'hostWildcard', 'regexPattern', 'option', 'step', 'nestedParam'],
    ],
    ['importRefused_', ['noScheme', 'targetInPath', 'regex', 'fixedTarget', 'notJson', 'noRedirections']],
    ['ruleKind_', [...new Set(ruleRefs(platforms).map((r) => r.kind))]],
    ['qrKind_', exampleSchema.shape.kind.unwrap().options],
    [
      'qrAppOnly_',
      appOnlyKindSchema.options.map((kind) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())),
    ],
  ])('has a message for every %s key built in code', (prefix, names) => {
    expect(names.map((n) => prefix + n).filter((key) => !(key in en))).toEqual([]);
  });

  it('writes Chinese punctuation full-width: no , : ; ( ) ? ! next to a Chinese character', () => {
    const halfWidthNextToHan = /[\p{Script=Han}][,:;()?!]|[,:;()?!][\p{Script=Han}]/u;
    const offending = Object.entries(zh)
      .filter(([, { message }]) => halfWidthNextToHan.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(offending).toEqual([]);
  });

  it('calls the extension by its Chinese name, 链接直达, everywhere in Chinese but beside the Latin name', () => {
    const latin = Object.entries(zh)
      .filter(([key, { message }]) => key !== 'extName' && message.includes('Unwall'))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(latin).toEqual([]);
    expect(zh.extName!.message).toContain('链接直达');
  });

  it('leaves no words written straight into the UI components', () => {
    const hardCoded = uiSources
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(/(?<![=-])>\s*([A-Za-z\u4e00-\u9fff][^<>{}();=]*?)\s*</g),
        ].map((m) => `${file.slice(root.length)}: ${m[1]}`),
      );
    expect(hardCoded).toEqual([]);
  });
});

describe('the Traditional Chinese catalogue', () => {
  const overrides = JSON.parse(readText('scripts/locales-tw-overrides.json')) as TaiwanOverrides;

  it('is what `npm run locales:tw` makes from the Simplified one (run it after changing zh_CN)', () => {
    expect(readText('public/_locales/zh_TW/messages.json')).toBe(
      toTaiwanCatalogue(readText('public/_locales/zh_CN/messages.json'), overrides),
    );
  });

  it('is also the Hong Kong catalogue', () => {
    expect(readText('public/_locales/zh_HK/messages.json')).toBe(
      readText('public/_locales/zh_TW/messages.json'),
    );
  });

  it.each([
    ['打开视频链接', '開啟影片連結'],
    ['淘宝、天猫、京东', '淘寶、天貓、京東'],
    ['在 taobao://、GitHub 和 $URL$ 上', '在 taobao://、GitHub 和 $URL$ 上'],
    ['跳过“即将离开”提示页', '跳過「即將離開」提示頁'],
    ['显示二维码', '顯示 QR Code'],
  ])('writes %s as %s', (simplified, traditional) => {
    expect(toTaiwanText(simplified, overrides)).toBe(traditional);
  });

  it('tells the UI it is Traditional Chinese, which reads the data in its Traditional forms', () => {
    expect(tw.langCode!.message).toBe('zh-TW');
  });
});

describe('the Traditional Chinese forms of the data', () => {
  const overrides = JSON.parse(readText('scripts/locales-tw-overrides.json')) as TaiwanOverrides;
  const texts = chineseTexts(shownData);

  it('are what `npm run locales:tw` makes from the data (run it after changing a Chinese name or sentence)', () => {
    expect(readText('utils/i18n/zh-hant.json')).toBe(toHantMap(texts, overrides));
  });

  it('cover the names and sentences the pages show', () => {
    expect(texts.names).toEqual(expect.arrayContaining(['淘宝', '京东', '支付宝', '微信支付']));
    expect(texts.texts).toContain('可以用支付宝付款。');
    expect(texts.texts.some((text) => text.startsWith('据报道：在支付宝或微信支付中绑定'))).toBe(true);
  });

  it.each([
    ['淘宝', '淘寶'],
    ['腾讯视频', '騰訊視頻'],
    ['支付宝', '支付寶'],
  ])('names %s as %s: its characters, not its words', (simplified, traditional) => {
    expect(toTaiwanName(simplified, overrides)).toBe(traditional);
  });
});
