import { Unlock } from '@/components/shared/Unlock';
import { t } from '@/utils/i18n/t';
import type { VaultStatus } from '@/utils/messaging/protocol';

/** While the vault is locked (or not made yet) the settings page says so, and unlocks right here. */
export function LockedBanner({ status, onUnlocked }: { status: VaultStatus; onUnlocked: (status: VaultStatus) => void }) {
  if (status.state === 'not-created') {
    return (
      <section class="notice locked-banner" aria-labelledby="locked-title">
        <h2 id="locked-title">{t('settings_no_vault')}</h2>
      </section>
    );
  }
  return (
    // Unlock's own heading says the vault is locked.
    <section class="notice locked-banner" aria-label={t('settings_locked_title')}>
      <Unlock status={status} onUnlocked={onUnlocked} />
      <p class="small">{t('settings_locked_intro')}</p>
    </section>
  );
}
