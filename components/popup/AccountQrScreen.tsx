import { AccountQr } from '@/components/popup/AccountQr';
import type { AccountSummary } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';

/** One account as a QR code, opened from the row's menu, to move it to a phone. */
export function AccountQrScreen({ account, onDone }: { account: AccountSummary; onDone: () => void }) {
  const name = account.issuer || account.label;
  return (
    <main class="screen">
      <h1 class="line" title={`${name} · ${account.label}`}>
        {name} · {account.label}
      </h1>
      <AccountQr id={account.id} name={name} />
      <div class="actions">
        <button type="button" class="primary" onClick={onDone}>
          {t('common_done')}
        </button>
      </div>
    </main>
  );
}
