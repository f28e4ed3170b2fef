import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { PassphraseField } from '@/components/shared/PassphraseField';
import { useRecheck } from '@/components/shared/use-recheck';
import { sendRequest } from '@/utils/messaging/send';
import type { SyncTarget } from '@/utils/messaging/protocol';
import type { SyncStatus } from '@/utils/sync/status';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

/** How often the page re-reads the status while it is open: a sync started by the alarm shows up without a reload. */
const STATUS_REFRESH_MS = 3000;

const when = (at: number | null) => (at === null ? t('sync_never') : new Date(at).toLocaleString());

/**
 * Host access for the WebDAV server, asked for from the click that turns sync on (the browser only asks the
 * person during a user gesture, so this runs before anything is awaited). Where host access is granted already
 * (Chrome, for filling codes on every site) the browser answers at once.
 */
function requestHostAccess(target: SyncTarget): Promise<boolean> {
  if (target.kind !== 'webdav') return Promise.resolve(true);
  let origin: string;
  try {
    origin = new URL(target.url ?? '').origin;
  } catch {
    return Promise.resolve(true); // the background explains what is wrong with the address
  }
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

/** Settings → Sync: where the vault syncs, its state, Sync now, joining with the synced vault's passphrase, turning it off. */
export function SyncSettings() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [kind, setKind] = useState<SyncTarget['kind']>('webdav');
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [joinPassphrase, setJoinPassphrase] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const action = useRequest();
  // Turning sync on or off is gated by the background like revealing a secret: the dialog asks, then it runs.
  const recheck = useRecheck();

  useEffect(() => {
    const refresh = () => void sendRequest('sync.status', {}).then(setStatus, () => undefined);
    refresh();
    const timer = setInterval(refresh, STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const target = (): SyncTarget => (kind === 'webdav' ? { kind, url, user, password } : { kind });

  const test = async () => {
    setNote(null);
    const chosen = target();
    if (!(await requestHostAccess(chosen))) {
      action.setError(t('sync_error_permission'));
      return;
    }
    if ((await action.run(() => sendRequest('sync.test', { target: chosen }))) !== undefined) setNote(t('sync_test_ok'));
  };

  const turnOn = async () => {
    setNote(null);
    const chosen = target();
    const allowed = await requestHostAccess(chosen);
    if (!allowed) {
      action.setError(t('sync_error_permission'));
      return;
    }
    const next = await action.run(() =>
      recheck.guard(() => sendRequest('sync.enable', { target: chosen, ...(deviceName ? { deviceName } : {}) })),
    );
    if (next) {
      setStatus(next);
      setPassword('');
    }
  };

  const syncNow = async () => {
    setNote(null);
    const next = await action.run(() => sendRequest('sync.now', {}));
    if (next) setStatus(next);
  };

  const turnOff = async () => {
    setNote(null);
    const next = await action.run(() => recheck.guard(() => sendRequest('sync.disable', {})));
    if (next) setStatus(next);
  };

  const join = async (event: Event) => {
    event.preventDefault();
    setNote(null);
    const joined = await action.run(() => sendRequest('sync.join', { passphrase: joinPassphrase }));
    if (joined) {
      setStatus(joined.status);
      setJoinPassphrase('');
      setNote(joined.droppedKeys.length > 0 ? t('sync_dropped_keys', joined.droppedKeys.join(', ')) : t('sync_joined'));
    }
  };

  return (
    <section class="card" aria-labelledby="sync-title" data-sync-state={status?.enabled ? 'on' : 'off'}>
      <h2 id="sync-title">{t('sync_title')}</h2>
      <p class="muted small">{t('sync_intro')}</p>
      {status?.enabled ? (
        <>
          <p data-testid="sync-where">{t('sync_state_on', status.where ?? t('sync_choose_browser'))}</p>
          <p data-testid="sync-device">{t('sync_device', status.deviceName ?? '')}</p>
          <p data-testid="sync-last-success" role="status">
            {status.running ? t('sync_running') : t('sync_last_success', when(status.lastSuccessAt))}
          </p>
          {status.nextSyncAt !== null && <p class="muted small">{t('sync_next', when(status.nextSyncAt))}</p>}
          {status.lastError && (
            <p class="error" role="alert" data-testid="sync-error" data-problem={status.lastError.problem}>
              {status.lastError.message}
            </p>
          )}
          {status.lastError?.problem === 'needs-passphrase' && (
            <form onSubmit={join} aria-labelledby="sync-join-title">
              <h3 id="sync-join-title">{t('sync_join_title')}</h3>
              <p class="muted small">{t('sync_join_hint')}</p>
              <PassphraseField label={t('sync_join_label')} value={joinPassphrase} onInput={setJoinPassphrase} required />
              <button type="submit" disabled={action.busy}>
                {t('sync_join_button')}
              </button>
            </form>
          )}
          <div class="row">
            <button type="button" onClick={() => void syncNow()} disabled={action.busy}>
              {t('sync_now')}
            </button>
            <button type="button" class="secondary" onClick={() => void turnOff()} disabled={action.busy}>
              {t('sync_turn_off')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p data-testid="sync-where">{t('sync_state_off')}</p>
          <fieldset class="bare" role="radiogroup" aria-label={t('sync_title')}>
            <label>
              <input type="radio" name="sync-kind" checked={kind === 'webdav'} onChange={() => setKind('webdav')} />
              {t('sync_choose_webdav')}
            </label>
            <label>
              <input type="radio" name="sync-kind" checked={kind === 'browser-sync'} onChange={() => setKind('browser-sync')} />
              {t('sync_choose_browser')}
            </label>
          </fieldset>
          {kind === 'webdav' ? (
            <>
              <label>
                {t('sync_webdav_url')}
                <input type="url" autoComplete="off" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
              </label>
              <label>
                {t('sync_webdav_user')}
                <input type="text" autoComplete="off" value={user} onInput={(e) => setUser(e.currentTarget.value)} />
              </label>
              <label>
                {t('sync_webdav_password')}
                <input type="password" autoComplete="off" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
              </label>
            </>
          ) : (
            <p class="muted small">{t('sync_browser_quota')}</p>
          )}
          <label>
            {t('sync_device_name')}
            <input
              type="text"
              value={deviceName}
              placeholder={t('sync_default_device_name')}
              onInput={(e) => setDeviceName(e.currentTarget.value)}
            />
          </label>
          <div class="row">
            {kind === 'webdav' && (
              <button type="button" class="secondary" onClick={() => void test()} disabled={action.busy}>
                {t('sync_test')}
              </button>
            )}
            <button type="button" onClick={() => void turnOn()} disabled={action.busy}>
              {t('sync_turn_on')}
            </button>
          </div>
        </>
      )}
      <ErrorMessage message={action.error} />
      {note && <p role="status">{note}</p>}
      {recheck.dialog}
    </section>
  );
}
