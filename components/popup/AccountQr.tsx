import QRCode from 'qrcode';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { useRecheck } from '@/components/shared/use-recheck';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { useRequest } from '@/utils/ui/use-request';

/** Shows one account as a QR code, to move it to a phone; hidden until asked for, with a warning. */
export function AccountQr({ id, name }: { id: string; name: string }) {
  const [image, setImage] = useState<string | null>(null);
  const runner = useRequest();
  const recheck = useRecheck();
  const show = async () => {
    // The background shows the secret only shortly after a re-check; the dialog asks for one when it says so.
    const link = await runner.run(() => recheck.guard(() => sendRequest('accounts.exportUri', { id })));
    if (link) setImage(await QRCode.toDataURL(link.uri, { margin: 2, scale: 5 }));
  };
  return (
    <div class="account-qr">
      {image ? (
        <>
          <p class="error small">{t('show_qr_warning')}</p>
          <img src={image} alt={`${t('show_qr')}: ${name}`} width={220} height={220} />
          <button type="button" onClick={() => setImage(null)}>
            {t('backup_hide')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void show()}>
          {t('show_qr')}
        </button>
      )}
      <ErrorMessage message={runner.error} />
      {recheck.dialog}
    </div>
  );
}
