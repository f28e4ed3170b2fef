import { useState } from 'preact/hooks';
import type { AccountSummary } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { fillMessage } from '@/utils/ui/fill-messages';
import { findTargetTab } from '@/utils/ui/target-tab';

interface Props {
  account: AccountSummary;
  /** Whether the page the popup acts on shows a code field (the row offers Fill then). */
  pageHasCodeField: boolean;
  /**
   * The account as now bound, for the list to show its site, and what happened. The row then shows the account
   * as bound and this button goes away, so the message is the screen's to show.
   */
  onBound?: (account: AccountSummary, message: string) => void;
}

/**
 * Bind on first use: an account bound to no site (an import, a restore of another app's file) offers to be used on
 * the page in front of the person. The background reads the page from the tab, checks for look-alikes, binds and fills.
 */
export function UseOnThisSite({ account, pageHasCodeField, onBound }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (account.domains.length > 0 || !pageHasCodeField)
    return status ? (
      <p role="status" class="small">
        {status}
      </p>
    ) : null;
  const name = account.issuer || account.label;

  const use = async () => {
    setBusy(true);
    try {
      const tab = await findTargetTab();
      if (tab.id === null) throw new Error(t('fill_no_page'));
      const { account: bound, fill } = await sendRequest('accounts.bindToPage', { id: account.id, tabId: tab.id });
      const message = `${t('bind_done', bound.domains.join(', '))} ${fillMessage(fill)}`;
      if (onBound) onBound(bound, message);
      else setStatus(message);
    } catch (error) {
      setStatus((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="use-on-site">
      <button type="button" disabled={busy} onClick={() => void use()} aria-label={t('bind_use_here_named', name)}>
        {t('bind_use_here')}
      </button>
      {status && (
        <p role="status" class="small">
          {status}
        </p>
      )}
    </div>
  );
}
