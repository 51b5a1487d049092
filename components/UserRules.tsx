import { useState } from 'preact/hooks';
import type { UserRule } from '@/utils/links/user-rules';
import { useI18n } from './i18n';

type Field = 'host' | 'pathPrefix' | 'param' | 'encoding';
export type RuleCheck = { ok: true; rule: UserRule } | { ok: false; fields: Field[]; reasons: string[] };

export interface UserRulesProps {
  rules: readonly UserRule[];
  check: (draft: Record<Field, string>) => RuleCheck;
  onChange: (rules: UserRule[]) => void;
}

const empty: Record<Field, string> = { host: '', pathPrefix: '/', param: '', encoding: 'url' };

function ruleText(rule: UserRule): string {
  return `${rule.host}${rule.pathPrefix === '/' ? '' : rule.pathPrefix}?${rule.param}=…`;
}

/** The user's own redirect wrappers: a plain form (host, path prefix, parameter, encoding), never a regular expression. */
export function UserRules({ rules, check, onChange }: UserRulesProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(empty);
  const [wrong, setWrong] = useState<{ fields: Field[]; reasons: string[] }>({ fields: [], reasons: [] });
  const set = (field: Field) => (e: Event) =>
    setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) => {
    e.preventDefault();
    const result = check(draft);
    if (!result.ok) return setWrong(result);
    setWrong({ fields: [], reasons: [] });
    setDraft(empty);
    const same = (r: UserRule) => JSON.stringify(r) === JSON.stringify(result.rule);
    if (!rules.some(same)) onChange([...rules, result.rule]);
  };
  const input = (field: Exclude<Field, 'encoding'>, placeholder: string) => (
    <label class="field">
      <span>{t(`rule_${field}`)}</span>
      <input
        value={draft[field]}
        placeholder={placeholder}
        aria-invalid={wrong.fields.includes(field)}
        onInput={set(field)}
      />
    </label>
  );
  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <p class="muted">{t('rulesIntro')}</p>
      {rules.length === 0 ? (
        <p class="muted">{t('rulesEmpty')}</p>
      ) : (
        <ul class="rows">
          {rules.map((rule, index) => (
            <li key={ruleText(rule) + index} class="row">
              <code>{ruleText(rule)}</code>
              <span class="muted">{t(`encoding_${rule.encoding}`)}</span>
              <button
                type="button"
                class="button"
                aria-label={t('ruleRemoveLabel', ruleText(rule))}
                onClick={() => onChange(rules.filter((_, i) => i !== index))}
              >
                {t('ruleRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="rule-form" onSubmit={submit}>
        {input('host', 'go.example.com')}
        {input('pathPrefix', '/out')}
        {input('param', 'to')}
        <label class="field">
          <span>{t('rule_encoding')}</span>
          <select value={draft.encoding} onChange={set('encoding')}>
            <option value="url">{t('encoding_url')}</option>
            <option value="base64">{t('encoding_base64')}</option>
          </select>
        </label>
        <button type="submit" class="button button--primary">
          {t('ruleAdd')}
        </button>
      </form>
      {wrong.reasons.length > 0 && (
        <p class="error" role="alert">
          {wrong.reasons.map((key) => t(key)).join(' ')}
        </p>
      )}
    </section>
  );
}
