import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { useRecheck } from '@/components/shared/use-recheck';
import type { AccountSummary, BackupCode } from '@/utils/accounts/account';
import { backupCodesText, parseBackupCodes } from '@/utils/accounts/backup-codes';
import { sendRequest } from '@/utils/messaging/send';
import { collectBackupCodeText } from '@/utils/ui/page-backup-codes';
import type { TargetTab } from '@/utils/ui/target-tab';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

interface Props {
  account: AccountSummary;
  tab: TargetTab;
  onDone: () => void;
}

const MIN_FROM_PAGE = 6;
const MAX_FROM_PAGE = 20;

async function codesOnPage(tabId: number): Promise<string[]> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: collectBackupCodeText });
  const text = injection?.result as string | null | undefined;
  const codes = text ? parseBackupCodes(text) : [];
  return codes.length >= MIN_FROM_PAGE && codes.length <= MAX_FROM_PAGE ? codes : [];
}

/** The account's backup codes: hidden until revealed; copy, mark, download, replace from paste, file or page. */
export function BackupCodes({ account, tab, onDone }: Props) {
  const [summary, setSummary] = useState(account);
  const [codes, setCodes] = useState<BackupCode[] | null>(null);
  const [draft, setDraft] = useState<string[] | null>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const action = useRequest();
  const recheck = useRecheck();
  const name = account.issuer || account.label;
  // Revealing (and downloading) the codes is gated by the background's re-check; the dialog asks when it must.
  const revealed = () => action.run(() => recheck.guard(() => sendRequest('backup.reveal', { id: account.id })));

  const reveal = async () => setCodes((await revealed()) ?? null);

  useEffect(() => {
    if (codes) void reveal();
    // Refresh the revealed list after each change.
  }, [summary]);

  const save = async (list: string[]) => {
    const next = await action.run(() => sendRequest('backup.replace', { id: account.id, codes: list }));
    if (!next) return;
    setSummary(next);
    setDraft(null);
    setPasted('');
    setMessage(t('backup_saved', list.length));
  };

  const mark = async (code: string, used: boolean) => {
    const next = await action.run(() => sendRequest('backup.mark', { id: account.id, code, used }));
    if (next) setSummary(next);
  };

  const download = async () => {
    const list = codes ?? (await revealed());
    if (!list) return;
    const url = URL.createObjectURL(new Blob([backupCodesText(account.issuer, account.label, list)], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(name || 'account').replace(/[^\w.-]+/g, '-')}-backup-codes.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  };

  const fromPage = async () => {
    if (tab.id === null) return;
    const found = await action.run(() => codesOnPage(tab.id!));
    if (found && found.length > 0) setDraft(found);
    else if (found) setMessage(t('backup_none_on_page'));
  };

  return (
    <section class="screen" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backup_title_named', name)}</h1>
      <p>{summary.backupCodesTotal === 0 ? t('backup_none') : t('backup_unused', summary.backupCodesLeft, summary.backupCodesTotal)}</p>
      <ErrorMessage message={action.error} />
      {recheck.dialog}
      {message && <p role="status">{message}</p>}
      {summary.backupCodesTotal > 0 && (
        <div class="actions start">
          {codes ? (
            <button type="button" onClick={() => setCodes(null)}>
              {t('backup_hide')}
            </button>
          ) : (
            <button type="button" onClick={() => void reveal()}>
              {t('backup_reveal')}
            </button>
          )}
          <button type="button" onClick={() => void download()}>
            {t('backup_download')}
          </button>
        </div>
      )}
      {codes && (
        <ul class="backup-codes" aria-label={t('backup_title')}>
          {codes.map((c) => (
            <li key={c.code} class={c.used ? 'used' : ''}>
              <code>{c.code}</code>
              <span class="muted small">{c.used ? t('backup_state_used') : t('backup_state_unused')}</span>
              <button
                type="button"
                onClick={() => void navigator.clipboard.writeText(c.code).then(() => setMessage(t('backup_copied_code', c.code)))}
                aria-label={t('backup_copy_code', c.code)}
              >
                {t('popup_copy')}
              </button>
              <button
                type="button"
                onClick={() => void mark(c.code, !c.used)}
                aria-label={`${c.used ? t('backup_mark_unused') : t('backup_mark_used')} ${c.code}`}
              >
                {c.used ? t('backup_mark_unused') : t('backup_mark_used')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <div class="notice" role="group" aria-label={t('backup_found_label')}>
          <p>{t('backup_found', draft.length)}:</p>
          <p>
            <code>{draft.join('  ')}</code>
          </p>
          <div class="actions start">
            <button type="button" class="primary" onClick={() => void save(draft)}>
              {t('backup_save_these', draft.length)}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <h2>{t('backup_replace_title')}</h2>
          <button type="button" onClick={() => void fromPage()} disabled={tab.id === null}>
            {t('backup_save_from_page')}
          </button>
          <label>
            {t('backup_paste')}
            <textarea
              rows={4}
              value={pasted}
              onInput={(e) => setPasted(e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
              placeholder={t('backup_paste_placeholder')}
            />
          </label>
          <div class="actions start">
            <button type="button" onClick={() => void save(parseBackupCodes(pasted))} disabled={parseBackupCodes(pasted).length === 0}>
              {t('backup_save_pasted', parseBackupCodes(pasted).length)}
            </button>
            <label class="button">
              {t('backup_import_txt')}
              <input
                type="file"
                accept=".txt,text/plain"
                class="visually-hidden"
                onChange={async (e) => {
                  const file = e.currentTarget.files?.[0];
                  if (!file) return;
                  const found = parseBackupCodes(await file.text());
                  if (found.length === 0) setMessage(t('backup_file_empty'));
                  else setDraft(found);
                }}
              />
            </label>
          </div>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onDone}>
          {t('common_done')}
        </button>
      </div>
    </section>
  );
}
