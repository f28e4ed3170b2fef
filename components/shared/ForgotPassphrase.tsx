import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';

/**
 * What a person who forgot the passphrase can really do. Nobody can reset it (the passphrase is what decrypts the
 * vault), so the honest way back is a backup file restored into a new vault.
 */
export function ForgotPassphrase() {
  return (
    <details class="forgot-passphrase small">
      <summary>{t('unlock_forgot')}</summary>
      <p>{t('unlock_forgot_no_reset')}</p>
      <p>{t('unlock_forgot_backup')}</p>
      <a href={browser.runtime.getURL('/options.html#backup')} target="_blank" rel="noreferrer">
        {t('unlock_forgot_how')}
      </a>
    </details>
  );
}
