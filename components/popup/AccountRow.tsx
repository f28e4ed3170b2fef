import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { CountdownRing } from '@/components/popup/CountdownRing';
import { RowMenu } from '@/components/popup/RowMenu';
import { SiteIcon } from '@/components/popup/SiteIcon';
import type { AccountSummary } from '@/utils/accounts/account';
import type { CodeView } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { groupCode } from '@/utils/ui/format';
import { t } from '@/utils/i18n/t';

export interface RowActions {
  onEdit: () => void;
  onBackupCodes: () => void;
  onShowQr: () => void;
  onDelete: () => void;
  onPin: () => void;
  onMove: (step: -1 | 1) => void;
  /** Fills this account's code into the page; given only when the page has a code field of this account's site. */
  onFill?: () => Promise<string>;
  /** Why Fill is not offered on this page's code field (the account is bound to another site). */
  fillNote?: string;
  /** On a page with a code field, what an account bound to no site offers (bind on first use). */
  unboundSlot?: ComponentChildren;
  onKeyNavigate: (event: KeyboardEvent) => void;
}

interface Props extends RowActions {
  account: AccountSummary;
  code: CodeView | null;
  /** Codes stay hidden until the person clicks them (the hideCodes setting, against shoulder-surfing). */
  hideCodes: boolean;
  codeButtonRef?: Ref<HTMLButtonElement>;
  style?: Record<string, string>;
}

/** One line of text that ends in an ellipsis when it does not fit, with the whole text as its title. */
function Line({ text, class: extra }: { text: string; class?: string }) {
  return (
    <span class={`line ${extra ?? ''}`} title={text}>
      {text}
    </span>
  );
}

export function AccountRow(props: Props) {
  const { account, code, hideCodes, codeButtonRef, style, onFill, fillNote, unboundSlot, onKeyNavigate } = props;
  const [hotp, setHotp] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const value = account.kind === 'hotp' ? hotp : (code?.code ?? null);
  const shown = value && (revealed || !hideCodes || account.kind === 'hotp') ? value : null;
  const name = account.issuer || account.label;

  const say = (message: string) => {
    setStatus(message);
    setTimeout(() => setStatus((current) => (current === message ? null : current)), 2500);
  };

  const copy = async () => {
    if (!value) return;
    setRevealed(true);
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

  const sites = fillNote ?? account.domains.join(', ');
  return (
    <li class="account" style={style} aria-label={`${name} ${account.label}`} data-account-id={account.id}>
      <SiteIcon domain={account.domains[0]} name={name} />
      <div class="account-names">
        <strong class="account-title">
          {account.pinned && (
            <svg class="pin" viewBox="0 0 16 16" width="12" height="12" role="img" aria-label={t('popup_pinned')}>
              <title>{t('popup_pinned')}</title>
              <path d="M5 1h6l-1 5 3 3H9l-1 6-1-6H3l3-3z" fill="currentColor" />
            </svg>
          )}
          <Line text={account.issuer || '—'} />
        </strong>
        <Line text={account.label} class="muted" />
      </div>
      <div class="account-code">
        <button
          type="button"
          class="code"
          ref={codeButtonRef}
          data-code={shown ?? ''}
          onClick={copy}
          onKeyDown={onKeyNavigate}
          disabled={!value}
          title={shown ? t('popup_copy_code') : value ? t('popup_show_code') : undefined}
          aria-label={shown ? t('popup_copy_code_for', shown, name) : value ? t('popup_show_code_for', name) : t('popup_no_code_for', name)}
        >
          {shown ? groupCode(shown) : '••• •••'}
        </button>
        {shown && code?.nextCode && <span class="muted small next-code">{t('popup_next_preview', groupCode(code.nextCode))}</span>}
      </div>
      {account.kind !== 'hotp' && code?.secondsLeft != null && code.period != null && (
        <CountdownRing secondsLeft={code.secondsLeft} period={code.period} />
      )}
      <div class="account-foot">
        {status ? (
          <span role="status" class="line row-status small" title={status}>
            {status}
          </span>
        ) : (
          <Line text={sites} class="muted small" />
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
          {!onFill && unboundSlot}
          <RowMenu
            label={t('popup_more_named', name)}
            items={[
              { label: account.pinned ? t('popup_unpin') : t('popup_pin'), onSelect: props.onPin },
              { label: t('popup_move_up'), onSelect: () => props.onMove(-1) },
              { label: t('popup_move_down'), onSelect: () => props.onMove(1) },
              { label: t('popup_backup_menu', account.backupCodesLeft, account.backupCodesTotal), onSelect: props.onBackupCodes },
              { label: t('show_qr'), ariaLabel: t('popup_show_qr_named', name), onSelect: props.onShowQr },
              { label: t('popup_delete'), ariaLabel: t('popup_delete_named', name), danger: true, onSelect: props.onDelete },
              { label: t('common_edit'), ariaLabel: t('popup_edit_named', name), onSelect: props.onEdit },
            ]}
          />
        </div>
      </div>
    </li>
  );
}
