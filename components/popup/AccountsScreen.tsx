import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { AccountQrScreen } from '@/components/popup/AccountQrScreen';
import { AccountRow } from '@/components/popup/AccountRow';
import { AccountsHeader } from '@/components/popup/AccountsHeader';
import { ClockHint } from '@/components/popup/ClockHint';
import { AddAccount } from '@/components/popup/AddAccount';
import { BackupCodes } from '@/components/popup/BackupCodes';
import { EditAccount } from '@/components/popup/EditAccount';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { ScanQr } from '@/components/popup/ScanQr';
import { StatusNotice } from '@/components/popup/StatusNotice';
import { VirtualList } from '@/components/popup/VirtualList';
import type { AccountSummary } from '@/utils/accounts/account';
import type { FillWant, VaultStatus } from '@/utils/messaging/shapes';
import { sendRequest } from '@/utils/messaging/send';
import { DamagedNotice } from '@/components/popup/DamagedNotice';
import { UseOnThisSite } from '@/components/popup/UseOnThisSite';
import { fillMessage } from '@/utils/ui/fill-messages';
import { popOut } from '@/utils/ui/pop-out';
import type { AccountsStart } from '@/utils/ui/first-screen';
import { filterAccounts, sortForPopup } from '@/utils/accounts/popup-order';
import { findTargetTab, NO_TAB, type TargetTab } from '@/utils/ui/target-tab';
import { useCodes } from '@/utils/ui/use-codes';
import { useListKeys } from '@/utils/ui/use-list-keys';
import { useProbe } from '@/utils/ui/use-probe';
import { useQrScan } from '@/utils/ui/use-qr-scan';
import { useSettings } from '@/utils/ui/use-settings';
import { useSiteContext } from '@/utils/ui/use-site-context';
import { accountsReducer } from '@/utils/ui/accounts-reducer';
import { UNDO_WINDOW_MS } from '@/utils/ui/constants';
import { t } from '@/utils/i18n/t';
import type { ScanFindings } from '@/utils/ui/scan-tab';

type View =
  | { name: 'list' }
  | { name: 'add' }
  | { name: 'scan'; started: Promise<ScanFindings> | null }
  | { name: 'edit'; account: AccountSummary }
  | { name: 'backup'; account: AccountSummary }
  | { name: 'qr'; account: AccountSummary };

/** A row's height in the list, with the gap below it; rows never grow (long text ends in an ellipsis). */
const ROW_HEIGHT = 100;
const CODES_RENDERED_MARK = 'tessera:codes-rendered';

interface Props {
  /** The top of the list the popup fetched before its first render; null makes the screen start empty. */
  start: AccountsStart | null;
  onLocked: (status: VaultStatus) => void;
  /** The hideCodes setting as the page started; the settings hook follows its changes. */
  hideCodesAtStart?: boolean;
}

export function AccountsScreen({ start, onLocked, hideCodesAtStart = false }: Props) {
  const [{ accounts, damaged }, dispatch] = useReducer(accountsReducer, {
    accounts: start?.accounts ?? null,
    damaged: start?.damaged ?? [],
  });
  const setDamaged = useCallback((next: string[]) => dispatch({ type: 'damaged', damaged: next }), []);
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ name: 'list' });
  const [tab, setTab] = useState<TargetTab>(start?.tab ?? NO_TAB);
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState('');
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<{ text: string; undoCode?: { id: string; code: string } } | null>(null);

  const lockedElsewhere = useCallback(() => {
    void sendRequest('vault.status', {}).then(onLocked, () => undefined);
  }, [onLocked]);
  const codes = useCodes(version, lockedElsewhere, start?.codes ?? null);
  const probe = useProbe(tab.id);

  useEffect(() => {
    if (!start) void findTargetTab().then(setTab);
  }, [start]);

  const scan = useQrScan(tab);

  useEffect(() => {
    sendRequest('accounts.list', {}).then(
      (result) => dispatch({ type: 'loaded', accounts: result.accounts, damaged: result.damaged }),
      (e: Error) => {
        setError(e.message);
        lockedElsewhere();
      },
    );
  }, [version, lockedElsewhere]);

  // `start` holds the page's site already; the whole list and all codes follow it at once.
  const context = useSiteContext(tab.url, version, start?.context ?? null);

  const boundHere = useMemo(() => new Set(context.boundIds), [context]);
  const shown = useMemo(() => filterAccounts(sortForPopup(accounts ?? [], boundHere), query), [accounts, boundHere, query]);

  // For `npm run bench`: the first codes are in the document (the next paint shows them).
  useLayoutEffect(() => {
    if (codes.size > 0 && accounts && accounts.length > 0 && performance.getEntriesByName(CODES_RENDERED_MARK).length === 0) {
      performance.mark(CODES_RENDERED_MARK);
    }
  }, [codes, accounts]);

  const keys = useListKeys(shown, async () => {
    // Enter fills the first match when the page asks for a code, and copies it otherwise.
    if (probe.totp) setNotice({ text: await fill(shown[0]!.id) });
    else keys.codeButtons.current.get(0)?.click();
  });

  const refresh = () => setVersion((v) => v + 1);
  const back = () => {
    setView({ name: 'list' });
    refresh();
  };

  const fill = async (id: string | null, want: FillWant = 'totp') => {
    if (tab.id === null) return '';
    try {
      const summary = await sendRequest('accounts.fill', { id, tabId: tab.id, want });
      if (summary.backupCode) {
        const { accountId, code, left } = summary.backupCode;
        setNotice({ text: t('accounts_backup_filled', left), undoCode: { id: accountId, code } });
        refresh();
      }
      return fillMessage(summary);
    } catch (e) {
      return (e as Error).message;
    }
  };

  const remove = async (account: AccountSummary) => {
    await sendRequest('accounts.remove', { id: account.id });
    dispatch({ type: 'removed', id: account.id });
    setUndo({ id: account.id, name: account.issuer || account.label });
    // Offered a second less than the background keeps the record, so an Undo pressed late still works.
    setTimeout(() => setUndo((current) => (current?.id === account.id ? null : current)), UNDO_WINDOW_MS - 1000);
    back();
  };

  const move = async (index: number, step: -1 | 1) => {
    const ids = shown.map((a) => a.id);
    const target = index + step;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    await sendRequest('accounts.reorder', { ids });
    refresh();
  };

  if (view.name === 'scan') return <ScanQr tab={tab} site={context.site} scanOnOpen started={view.started} onClose={back} />;
  if (view.name === 'add') return <AddAccount site={context.site} onDone={back} onCancel={() => setView({ name: 'list' })} />;
  if (view.name === 'edit')
    return (
      <EditAccount
        account={view.account}
        onDone={back}
        onDelete={() => void remove(view.account)}
        onCancel={() => setView({ name: 'list' })}
      />
    );
  if (view.name === 'backup') return <BackupCodes account={view.account} tab={tab} onDone={back} />;
  if (view.name === 'qr') return <AccountQrScreen account={view.account} onDone={() => setView({ name: 'list' })} />;

  return (
    <main class="screen">
      <AccountsHeader
        canScan={tab.id !== null}
        onScanPress={scan.pressed}
        onScan={() => setView({ name: 'scan', started: scan.clicked() })}
        onAdd={() => setView({ name: 'add' })}
        onPopOut={() => void popOut(tab.id)}
        onLock={async () => onLocked(await sendRequest('vault.lock', {}))}
      />
      <ErrorMessage message={error} />
      <ClockHint url={tab.url} />
      {context.imitated && (
        <p class="error" role="alert">
          {t('accounts_lookalike', context.imitated)}
        </p>
      )}
      <DamagedNotice damaged={damaged} onRemoved={setDamaged} />
      {probe.recovery && (
        <div class="notice">
          <p>{t('accounts_backup_asked')}</p>
          <button
            type="button"
            onClick={async () => {
              const message = await fill(null, 'recovery');
              // A filled backup code already posted its own notice, with Undo: keep that one.
              setNotice((current) => (current?.undoCode ? current : { text: message }));
            }}
          >
            {t('backup_fill_next')}
          </button>
        </div>
      )}
      {notice && (
        <StatusNotice
          text={notice.text}
          onUndo={
            notice.undoCode &&
            (async () => {
              await sendRequest('backup.mark', { id: notice.undoCode!.id, code: notice.undoCode!.code, used: false });
              setNotice({ text: t('accounts_backup_unused_again') });
              refresh();
            })
          }
        />
      )}
      {undo && (
        <StatusNotice
          text={`${t('popup_deleted', undo.name)}.`}
          onUndo={async () => {
            await sendRequest('accounts.undoRemove', { id: undo.id }).catch((e: Error) => setError(e.message));
            setUndo(null);
            refresh();
          }}
        />
      )}
      <input
        ref={keys.filterBox}
        type="search"
        class="filter"
        autoComplete="off"
        placeholder={t('popup_search_placeholder')}
        aria-label={t('popup_search_placeholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          keys.setFocusIndex(null);
        }}
        onKeyDown={(e) => void keys.onFilterKey(e)}
        autoFocus
      />
      {accounts?.length === 0 && <p class="muted">{t('accounts_empty')}</p>}
      {accounts && accounts.length > 0 && shown.length === 0 && <p class="muted">{t('accounts_no_match', query)}</p>}
      <VirtualList
        items={shown}
        rowHeight={ROW_HEIGHT}
        scrollToIndex={keys.focusIndex}
        label={t('accounts_list_label')}
        render={(account, index, style) => (
          <AccountRow
            key={account.id}
            style={style}
            account={account}
            code={codes.get(account.id) ?? null}
            hideCodes={settings?.settings.hideCodes ?? hideCodesAtStart}
            codeButtonRef={keys.codeButtonRef(index)}
            onEdit={() => setView({ name: 'edit', account })}
            onBackupCodes={() => setView({ name: 'backup', account })}
            onShowQr={() => setView({ name: 'qr', account })}
            onDelete={() => void remove(account)}
            onPin={async () => {
              dispatch({ type: 'updated', account: await sendRequest('accounts.setPinned', { id: account.id, pinned: !account.pinned }) });
              refresh();
            }}
            onMove={(step) => void move(index, step)}
            // Fill where it can work: this page's code field takes the codes of accounts bound to its site.
            onFill={probe.totp && boundHere.has(account.id) ? () => fill(account.id) : undefined}
            fillNote={
              probe.totp && !boundHere.has(account.id)
                ? account.domains.length > 0
                  ? t('popup_bound_elsewhere', account.domains.join(', '))
                  : t('popup_not_bound')
                : undefined
            }
            // Bind on first use: an account bound to no site (an import) can be used on this page's site.
            unboundSlot={
              probe.totp && account.domains.length === 0 ? (
                <UseOnThisSite
                  account={account}
                  pageHasCodeField
                  onBound={(bound, message) => {
                    setNotice({ text: message });
                    dispatch({ type: 'updated', account: bound });
                    refresh();
                  }}
                />
              ) : undefined
            }
            onKeyNavigate={keys.keyNavigate(index)}
          />
        )}
      />
      <footer class="hint muted small">
        <span>{probe.totp ? t('popup_hint_fill') : t('popup_hint_copy')}</span>
        <a href="/options.html" target="_blank">
          {t('accounts_settings')}
        </a>
      </footer>
    </main>
  );
}
