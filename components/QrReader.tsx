import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { QrReading } from '@/utils/links';
import { useI18n } from './i18n';
import { QrReadings } from './QrReadings';
import '@/assets/qr.css';

/** A picture to read, loaded when its turn comes; `fromTab` when it is the tab as it was shown. */
export interface QrPicture {
  load: () => Promise<Blob>;
  fromTab: boolean;
}

export interface QrReaderProps {
  /** The texts of every QR code in a picture (the decoder loads on first use). */
  decode: (picture: Blob) => Promise<string[]>;
  /** What one code's text is, from the engine. */
  read: (text: string) => QrReading;
  /** The visible tab as a picture, where the popup may take it (the toolbar click's `activeTab`). */
  capture?: () => Promise<Blob>;
  /** Pictures to read at once, tried in order until one holds codes (the context menu's); null when gone. */
  initial?: () => Promise<QrPicture[] | null>;
  /** The paste box: a picture pasted or dropped onto it is read. */
  children?: ComponentChildren;
}

type State =
  | { status: 'idle' | 'reading' | 'none' | 'failed' | 'captureFailed' | 'gone' }
  | { status: 'done'; texts: string[]; fromTab: boolean };

/** The codes of the first picture that loads and holds any; 'none' when some loaded, 'failed' when none did. */
async function readPictures(pictures: readonly QrPicture[], decode: QrReaderProps['decode']): Promise<State> {
  let loaded = false;
  for (const picture of pictures) {
    const texts = await picture.load().then(decode, () => null);
    if (texts === null) continue;
    loaded = true;
    if (texts.length > 0) return { status: 'done', texts, fromTab: picture.fromTab };
  }
  return { status: loaded ? 'none' : 'failed' };
}

/** An image file among pasted or dropped data, if any. */
function imageIn(data: DataTransfer | null): File | null {
  return [...(data?.files ?? [])].find((file) => file.type.startsWith('image/')) ?? null;
}

/**
 * Reads QR codes into direct links: a picture pasted or dropped onto the paste box, the tab as shown
 * (a button, where the popup may capture it), or the pictures the context menu handed over. Each
 * code is shown with what the engine makes of it; nothing is opened by itself.
 */
export function QrReader(props: QrReaderProps) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: props.initial ? 'reading' : 'idle' });
  const readAll = (pictures: QrPicture[]) => {
    setState({ status: 'reading' });
    void readPictures(pictures, props.decode).then(setState);
  };
  useEffect(() => {
    void props.initial?.().then((pictures) => (pictures ? readAll(pictures) : setState({ status: 'gone' })));
  }, []);
  const onPicture = (event: ClipboardEvent | DragEvent) => {
    const file = imageIn('clipboardData' in event ? event.clipboardData : event.dataTransfer);
    if (!file) return;
    event.preventDefault();
    readAll([{ load: async () => file, fromTab: false }]);
  };
  const { capture } = props;
  const readTab =
    capture &&
    (() => {
      const failed = () => setState({ status: 'captureFailed' });
      void capture().then((tab) => readAll([{ load: async () => tab, fromTab: true }]), failed);
    });
  const heading = useId();
  const hint = props.children !== undefined && <p class="muted qr-hint">{t('qrDropHint')}</p>;
  return (
    <div
      class="qr-reader"
      onPaste={onPicture}
      onDrop={onPicture}
      onDragOver={(event) => event.dataTransfer?.types.includes('Files') && event.preventDefault()}
    >
      {props.children}
      {!readTab && state.status === 'idle' ? (
        hint
      ) : (
        <section class="card" aria-labelledby={heading}>
          <h2 id={heading}>{t('qrHeading')}</h2>
          {readTab && (
            <button type="button" class="button" onClick={readTab}>
              {t('qrReadPage')}
            </button>
          )}
          {hint}
          <QrStatus state={state} read={props.read} />
        </section>
      )}
    </div>
  );
}

/** Where the reading stands; the codes are read by the engine at each render (settings may change). */
function QrStatus({ state, read }: { state: State; read: QrReaderProps['read'] }) {
  const { t } = useI18n();
  if (state.status === 'idle') return null;
  if (state.status !== 'done') {
    const key = {
      reading: 'qrReading',
      none: 'qrNone',
      failed: 'qrFailed',
      captureFailed: 'qrCaptureFailed',
      gone: 'qrGone',
    }[state.status];
    return (
      <p class="muted" role="status">
        {t(key)}
      </p>
    );
  }
  return (
    <>
      {state.fromTab && <p class="muted">{t('qrFromTab')}</p>}
      <QrReadings readings={state.texts.map(read)} />
    </>
  );
}
