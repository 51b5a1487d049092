import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CatalogEntry } from '@/utils/links/rule-catalog';
import { useI18n } from './i18n';
import { pickText } from '@/utils/i18n/pick-text';

export interface BuiltInRulesProps {
  /** Every built-in rule; null while the list loads. */
  catalog: readonly CatalogEntry[] | null;
  /** Ids of the rules switched off. */
  off: readonly string[];
  onChange: (id: string, on: boolean) => void;
}

/**
 * Whether an entry matches a search: its platform's names (Simplified, Traditional or English) or id,
 * or what it matches (a host, a scheme).
 */
function matches(entry: CatalogEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = [entry.names.en, entry.names.zh, pickText(entry.names, 'zh-Hant'), entry.platform, entry.key];
  return words.some((word) => word.toLowerCase().includes(q));
}

function groups(catalog: readonly CatalogEntry[]): CatalogEntry[][] {
  const byPlatform = new Map<string, CatalogEntry[]>();
  for (const entry of catalog)
    byPlatform.set(entry.platform, [...(byPlatform.get(entry.platform) ?? []), entry]);
  return [...byPlatform.values()];
}

function RuleRow({
  entry,
  on,
  onChange,
}: {
  entry: CatalogEntry;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <li class="builtin-rule" data-rule={entry.id}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="switch__track" aria-hidden="true" />
        <span class="switch__text">
          <span class="switch__label">
            {t(`ruleKind_${entry.kind}`)} <code>{entry.key}</code>
          </span>
        </span>
      </label>
      {entry.example && (
        <p class="muted">
          {t('builtInExample')} <code>{entry.example.input}</code> → <code>{entry.example.url ?? '—'}</code>
        </p>
      )}
      {entry.source && (
        <p class="muted">
          {t('builtInSource')} {entry.source}
          {entry.verified ? ` (${entry.verified})` : ''}
        </p>
      )}
    </li>
  );
}

/**
 * One platform's rules, folded; its rows are built only while it is open (some 300 rules in 150
 * groups would otherwise weigh on the page, and on every check of it, while nobody reads them).
 */
function RuleGroup({
  open,
  summary,
  children,
}: {
  open: boolean;
  summary: ComponentChildren;
  children: ComponentChildren;
}) {
  const [isOpen, setOpen] = useState(open);
  useEffect(() => setOpen(open), [open]);
  return (
    <details
      class="builtin-group"
      open={isOpen}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{summary}</summary>
      {isOpen && <ul class="builtin-rows">{children}</ul>}
    </details>
  );
}

/** Every built-in rule, grouped by platform and searchable, each with a switch, its example and its source. */
export function BuiltInRules({ catalog, off, onChange }: BuiltInRulesProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const shown = groups((catalog ?? []).filter((entry) => matches(entry, query)));
  const offSet = new Set(off);
  return (
    <section class="card" aria-labelledby="builtin-heading">
      <h2 id="builtin-heading">{t('builtInHeading')}</h2>
      <p class="muted">{t('builtInIntro', [String(off.length)])}</p>
      <label class="field">
        <span>{t('builtInSearch')}</span>
        <input
          type="search"
          value={query}
          placeholder="link.zhihu.com"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {catalog && shown.length === 0 && <p class="muted">{t('builtInNone')}</p>}
      {shown.map((entries) => {
        const first = entries[0]!;
        const offHere = entries.filter((e) => offSet.has(e.id)).length;
        return (
          <RuleGroup
            key={first.platform}
            open={query.trim() !== ''}
            summary={
              <>
                {pickText(first.names, lang)}{' '}
                <span class="muted">{t('builtInCount', [String(entries.length), String(offHere)])}</span>
              </>
            }
          >
            {entries.map((entry) => (
              <RuleRow
                key={entry.id}
                entry={entry}
                on={!offSet.has(entry.id)}
                onChange={(on) => onChange(entry.id, on)}
              />
            ))}
          </RuleGroup>
        );
      })}
    </section>
  );
}
