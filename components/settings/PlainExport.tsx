import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { useRecheck } from '@/components/shared/use-recheck';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { downloadText } from '@/utils/ui/download';
import { useRequest } from '@/utils/ui/use-request';

/** otpauth links in clear, only after the person has read and accepted what that means. */
export function PlainExport() {
  const [understood, setUnderstood] = useState(false);
  const runner = useRequest();
  const recheck = useRecheck();
  const exportLinks = async () => {
    const result = await runner.run(() => recheck.guard(() => sendRequest('accounts.exportPlain', {})));
    if (result) downloadText('tessera-otpauth-links.txt', `${result.uris.join('\n')}\n`);
  };
  return (
    <section class="card" aria-labelledby="plain-export-title">
      <h2 id="plain-export-title">{t('plain_export_title')}</h2>
      <p class="error">{t('plain_export_warning')}</p>
      <label class="row">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} /> {t('plain_export_confirm')}
      </label>
      <button type="button" class="danger" disabled={!understood} onClick={() => void exportLinks()}>
        {t('plain_export_title')}
      </button>
      <ErrorMessage message={runner.error} />
      {recheck.dialog}
    </section>
  );
}
