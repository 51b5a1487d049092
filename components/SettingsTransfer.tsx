import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface SettingsTransferProps {
  /** The settings as a file's text. */
  exportText: () => string;
  /** Imports a file (its size checked before it is read); resolves to the messages that say why it was refused, or [] when it was imported. */
  importFile: (file: File) => Promise<string[]>;
  reset: () => Promise<void>;
}

type Notice = { kind: 'ok' | 'error'; lines: string[] } | null;

/** Export to a JSON file, import one (all or nothing), and reset to the defaults after a confirmation. */
export function SettingsTransfer({ exportText, importFile, reset }: SettingsTransferProps) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The button that was pressed disappears as the question opens or closes: the focus goes to the
  // safe choice (cancel) when it opens, and back to the reset button when it closes.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'unwall-settings.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const upload = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problems = await importFile(file);
    setNotice(
      problems.length
        ? { kind: 'error', lines: [t('importFailed'), ...problems] }
        : { kind: 'ok', lines: [t('importDone')] },
    );
  };
  const doReset = async () => {
    setConfirming(false);
    await reset();
    setNotice({ kind: 'ok', lines: [t('resetDone')] });
  };
  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <div class="buttons">
        <button type="button" class="button" onClick={download}>
          {t('exportButton')}
        </button>
        <label class="button">
          {t('importButton')}
          <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
        </label>
        {confirming ? (
          <>
            <button type="button" class="button button--danger" onClick={doReset}>
              {t('resetConfirm')}
            </button>
            <button type="button" class="button" ref={cancelButton} onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" class="button" ref={resetButton} onClick={() => setConfirming(true)}>
            {t('resetButton')}
          </button>
        )}
      </div>
      {notice && (
        <div
          class={notice.kind === 'ok' ? 'notice' : 'error'}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
        >
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
