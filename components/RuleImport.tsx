import { useState } from 'preact/hooks';
import type { UserRule } from '@/utils/links/user-rules';
import type { PreviewRow } from '@/utils/settings/rule-import/preview';
import { useI18n } from './i18n';

export interface RuleImportProps {
  /** Translates and checks pasted rules (see `previewImport`). */
  preview: (text: string, testUrl?: string) => PreviewRow[];
  rules: readonly UserRule[];
  /** Room left for user rules. */
  room: number;
  onAdd: (rules: UserRule[]) => void;
}

const ruleText = (rule: UserRule) =>
  `${rule.host}${rule.pathPrefix === '/' ? '' : rule.pathPrefix}?${rule.param}=… (${rule.encoding})`;

const same = (a: UserRule, b: UserRule) => JSON.stringify(a) === JSON.stringify(b);

function Row({ row }: { row: PreviewRow }) {
  const { t } = useI18n();
  return (
    <tr class={row.ok ? '' : 'import-refused'}>
      <td>{row.where}</td>
      <td>
        <code>{row.source}</code>
      </td>
      <td>{row.ok ? <code>{ruleText(row.rule)}</code> : row.reasons.map((key) => t(key)).join(' ')}</td>
      <td>
        {row.ok && (
          <>
            <code>{row.example}</code> → <code>{row.result ?? t('importNoResult')}</code>
          </>
        )}
        {!row.ok && row.detail && <code>{row.detail}</code>}
      </td>
    </tr>
  );
}

/** Paste uBlock Origin `urlskip=` lines or a ClearURLs/Linkumori file, see what each becomes, add the ones that translate. */
export function RuleImport({ preview, rules, room, onAdd }: RuleImportProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [testUrl, setTestUrl] = useState('');
  const [rows, setRows] = useState<PreviewRow[] | null>(null);
  const fresh = (rows ?? []).flatMap((row) =>
    row.ok && !rules.some((r) => same(r, row.rule)) ? [row.rule] : [],
  );
  const adding = fresh.filter((rule, i) => fresh.findIndex((r) => same(r, rule)) === i).slice(0, room);
  return (
    <section class="card" aria-labelledby="import-rules-heading">
      <h2 id="import-rules-heading">{t('importRulesHeading')}</h2>
      <p class="muted">{t('importRulesIntro')}</p>
      <label class="field">
        <span>{t('importRulesPaste')}</span>
        <textarea rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('importRulesTestUrl')}</span>
        <input type="url" value={testUrl} onInput={(e) => setTestUrl(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button
          type="button"
          class="button"
          onClick={() => setRows(preview(text, testUrl.trim() || undefined))}
        >
          {t('importRulesPreview')}
        </button>
        {rows && (
          <button
            type="button"
            class="button button--primary"
            disabled={adding.length === 0}
            onClick={() => {
              onAdd([...rules, ...adding]);
              setRows(null);
              setText('');
            }}
          >
            {t('importRulesAdd', [String(adding.length)])}
          </button>
        )}
      </div>
      {rows && (
        <table class="import-preview">
          <thead>
            <tr>
              <th>{t('importColLine')}</th>
              <th>{t('importColSource')}</th>
              <th>{t('importColBecomes')}</th>
              <th>{t('importColExample')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Row key={row.where} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
