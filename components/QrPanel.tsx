import { useMemo } from 'preact/hooks';
import { appLinkOf } from '@/utils/links';
import { useI18n } from './i18n';
import { QrCode } from './QrCode';

export interface QrPanelProps {
  /** A direct http(s) address. */
  url: string;
  id?: string;
  /** Larger codes, for a page of their own. */
  large?: boolean;
}

/**
 * The codes of one direct address for a phone to scan, each with what it holds written under it: the
 * web address, and the app link where its platform has one. The app link is only a code for the
 * phone: never a link here, since a desktop browser cannot open it.
 */
export function QrPanel({ url, id, large = false }: QrPanelProps) {
  const minSide = large ? 320 : 200;
  const { t } = useI18n();
  const app = useMemo(() => appLinkOf(url), [url]);
  return (
    <div class="qr-panel" id={id}>
      <figure class="qr-figure">
        <QrCode text={url} label={t('qrLabel', url)} minSide={minSide} />
        <figcaption>
          <span class="muted">{t('qrWebCaption')}</span>
          <span class="qr-text">{url}</span>
        </figcaption>
      </figure>
      {app && (
        <figure class="qr-figure">
          <QrCode text={app} label={t('qrAppLabel', app)} minSide={minSide} />
          <figcaption>
            <span class="muted">{t('qrAppCaption')}</span>
            <span class="qr-text">{app}</span>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
