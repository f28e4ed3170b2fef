import { isPoppedOut } from '@/utils/ui/pop-out';
import { t } from '@/utils/i18n/t';

/** A header button's picture; the button carries the name (aria-label) and the tooltip (title) in every language. */
function HeaderIcon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
      <path d={path} />
    </svg>
  );
}

interface Props {
  canScan: boolean;
  /** The Scan button is pressed (before its click): the scan can start then. */
  onScanPress?: () => void;
  onScan: () => void;
  onAdd: () => void;
  onPopOut: () => void;
  onLock: () => void;
}

/** The popup's title and its icon buttons: scan, add, pop out, lock. */
export function AccountsHeader({ canScan, onScanPress, onScan, onAdd, onPopOut, onLock }: Props) {
  return (
    <header class="toolbar">
      <h1>Tessera</h1>
      <button
        type="button"
        class="primary icon"
        onPointerDown={(event) => {
          if (event.button === 0) onScanPress?.();
        }}
        onClick={onScan}
        disabled={!canScan}
        aria-label={t('popup_scan_qr')}
        title={t('popup_scan_qr')}
      >
        <HeaderIcon path="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4M5 5h2v2H5zM9 9h2v2H9zM9 5h2M5 11h2" />
      </button>
      <button type="button" class="icon" onClick={onAdd} aria-label={t('popup_add_account')} title={t('popup_add_account')}>
        <HeaderIcon path="M8 3v10M3 8h10" />
      </button>
      {!isPoppedOut() && (
        <button type="button" class="icon" onClick={onPopOut} aria-label={t('popup_pop_out')} title={t('popup_pop_out')}>
          <HeaderIcon path="M9 2h5v5M14 2 7.5 8.5M12 9.5V14H2V4h4.5" />
        </button>
      )}
      <button type="button" class="icon" onClick={onLock} aria-label={t('popup_lock')} title={t('popup_lock')}>
        <HeaderIcon path="M4 7V5a4 4 0 0 1 8 0v2M3 7h10v7H3z" />
      </button>
    </header>
  );
}
