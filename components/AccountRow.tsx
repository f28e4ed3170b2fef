import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { CountdownRing } from '@/components/CountdownRing';
import { SiteIcon } from '@/components/SiteIcon';
import { UseOnThisSite } from '@/components/UseOnThisSite';
import type { AccountSummary } from '@/utils/accounts/account';
import type { CodeView } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { groupCode } from '@/utils/ui/format';
import { t } from '@/utils/i18n/t';

export interface RowActions {
  onEdit: () => void;
  onBackupCodes: () => void;
  onPin: () => void;
  onMove: (step: -1 | 1) => void;
  /** Fills this account's code into the page; absent when the page has no code field. */
  onFill?: () => Promise<string>;
  onKeyNavigate: (event: KeyboardEvent) => void;
}

interface Props extends RowActions {
  account: AccountSummary;
  code: CodeView | null;
  codeButtonRef?: Ref<HTMLButtonElement>;
  style?: Record<string, string>;
}

export function AccountRow({ account, code, codeButtonRef, style, onEdit, onBackupCodes, onPin, onMove, onFill, onKeyNavigate }: Props) {
  const [hotp, setHotp] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const value = account.kind === 'hotp' ? hotp : (code?.code ?? null);
  const name = account.issuer || account.label;

  const say = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus((current) => (current === message ? null : current)), 2500);
  };

  const copy = async () => {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value);
      say(t('popup_copied'));
      void sendRequest('accounts.touch', { id: account.id }).catch(() => undefined);
      void sendRequest('clipboard.clearLater', { text: value }).catch(() => undefined);
    } catch {
      say(t('popup_clipboard_refused'));
    }
  };

  const nextHotp = async () => {
    try {
      setHotp((await sendRequest('accounts.nextHotp', { id: account.id })).code);
    } catch (e) {
      say((e as Error).message);
    }
  };

  return (
    <li class="account" style={style} aria-label={`${name} ${account.label}`} data-account-id={account.id}>
      <SiteIcon domain={account.domains[0]} name={name} />
      <div class="account-names">
        <strong>
          {account.pinned && <span class="badge">{t('popup_pinned')}</span>}
          {account.issuer || '—'}
        </strong>
        <span class="muted">{account.label}</span>
        {account.domains.length > 0 && <span class="muted small">{account.domains.join(', ')}</span>}
        <UseOnThisSite account={account} pageHasCodeField={onFill !== undefined} />
      </div>
      <div class="account-code">
        <button
          type="button"
          class="code"
          ref={codeButtonRef}
          data-code={value ?? ''}
          onClick={copy}
          onKeyDown={onKeyNavigate}
          disabled={!value}
          title={t('popup_copy_code')}
          aria-label={value ? t('popup_copy_code_for', value, name) : t('popup_no_code_for', name)}
        >
          {value ? groupCode(value) : '••• •••'}
        </button>
        {code?.nextCode && <span class="muted small next-code">{t('popup_next_preview', groupCode(code.nextCode))}</span>}
      </div>
      {account.kind !== 'hotp' && code?.secondsLeft != null && code.period != null && (
        <CountdownRing secondsLeft={code.secondsLeft} period={code.period} />
      )}
      <div class="account-actions">
        {account.kind === 'hotp' && (
          <button type="button" onClick={nextHotp}>
            {hotp ? t('popup_next_code') : t('popup_generate_code')}
          </button>
        )}
        {onFill && (
          <button type="button" class="primary" onClick={async () => say(await onFill())} aria-label={t('popup_fill_named', name)}>
            {t('popup_fill')}
          </button>
        )}
        <div class="menu" onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}>
          <button
            type="button"
            aria-haspopup="true"
            aria-expanded={menuOpen}
            aria-label={t('popup_more_named', name)}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            ⋯
          </button>
          {menuOpen && (
            <div class="menu-items" onClick={() => setMenuOpen(false)}>
              <button type="button" onClick={onPin}>
                {account.pinned ? t('popup_unpin') : t('popup_pin')}
              </button>
              <button type="button" onClick={() => onMove(-1)}>
                {t('popup_move_up')}
              </button>
              <button type="button" onClick={() => onMove(1)}>
                {t('popup_move_down')}
              </button>
              <button type="button" onClick={onBackupCodes}>
                {t('popup_backup_menu', account.backupCodesLeft, account.backupCodesTotal)}
              </button>
              <button type="button" onClick={onEdit} aria-label={t('popup_edit_named', name)}>
                {t('common_edit')}
              </button>
            </div>
          )}
        </div>
      </div>
      {status && (
        <span role="status" class="row-status small">
          {status}
        </span>
      )}
    </li>
  );
}
