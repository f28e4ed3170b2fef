import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';

interface Props {
  damaged: string[];
  /** The list after the removal, as the background answers it. */
  onRemoved: (damaged: string[]) => void;
}

/**
 * Records the vault reports as damaged (unreadable, missing, unexpected or rolled back). They are kept until
 * the person removes them, in two steps: nothing in them can be read back, so the removal cannot be undone.
 */
export function DamagedNotice({ damaged, onRemoved }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (damaged.length === 0) return null;
  const remove = async () => {
    try {
      let left = damaged;
      for (const id of damaged) left = (await sendRequest('accounts.removeDamaged', { id })).damaged;
      setConfirming(false);
      onRemoved(left);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="error" role="alert">
      <p>{damaged.length === 1 ? t('accounts_damaged_one') : t('accounts_damaged_many', damaged.length)}</p>
      {error && <p>{error}</p>}
      {confirming ? (
        <p>
          {t('accounts_damaged_confirm')}{' '}
          <button type="button" onClick={remove}>
            {t('accounts_damaged_remove_now')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common_cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('accounts_damaged_remove')}
        </button>
      )}
    </div>
  );
}
