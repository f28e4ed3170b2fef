import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AutoLockSetting } from '@/components/settings/AutoLockSetting';
import { BackupRestore } from '@/components/settings/BackupRestore';
import { ChangePassphrase } from '@/components/settings/ChangePassphrase';
import { FillSettings } from '@/components/settings/FillSettings';
import { GeneralSettings } from '@/components/settings/GeneralSettings';
import { ImportAccounts } from '@/components/settings/ImportAccounts';
import { PlainExport } from '@/components/settings/PlainExport';
import { RecheckSetting } from '@/components/settings/RecheckSetting';
import { SecurityKeys } from '@/components/settings/SecurityKeys';
import { SyncSettings } from '@/components/settings/SyncSettings';
import { LockedBanner } from '@/entrypoints/options/LockedBanner';
import { SETTINGS_SECTIONS, SettingsNav } from '@/entrypoints/options/SettingsNav';
import { t } from '@/utils/i18n/t';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import type { ManagedPolicy } from '@/utils/policy';

// The vault can lock itself (idle timeout) or be unlocked from the popup while this page is open.
const STATUS_POLL_MS = 3000;

function useVaultStatus(): [VaultStatus | null, (status: VaultStatus) => void] {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  useEffect(() => {
    const refresh = () => void sendRequest('vault.status', {}).then(setStatus, () => undefined);
    refresh();
    const timer = setInterval(refresh, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, []);
  return [status, setStatus];
}

/** One section of the page: its anchor, and while the vault is locked, why its controls are disabled. */
function Section({ id, locked, children }: { id: string; locked: boolean; children: ComponentChildren }) {
  const needsUnlock = locked && SETTINGS_SECTIONS.find((section) => section.id === id)?.needsUnlock === true;
  return (
    <div id={id} class="settings-section" data-needs-unlock={needsUnlock ? 'true' : undefined}>
      {needsUnlock && (
        <p class="notice small" id={`${id}-locked`}>
          {t('settings_needs_unlock')}
        </p>
      )}
      {/* A disabled fieldset disables every control inside it, so nothing looks usable and silently does nothing. */}
      <fieldset class="bare" disabled={needsUnlock} aria-describedby={needsUnlock ? `${id}-locked` : undefined}>
        {children}
      </fieldset>
    </div>
  );
}

export function App() {
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  const [status, setStatus] = useVaultStatus();
  useEffect(() => {
    void sendRequest('policy.get', {}).then(
      (answer) => setPolicy(answer.policy),
      () => undefined,
    );
  }, []);
  const managedNotes = [
    policy.maxAutoLockMinutes ? t('policy_auto_lock_limited', policy.maxAutoLockMinutes) : null,
    policy.disableAutoFill ? t('policy_auto_fill_disabled') : null,
    policy.requireHardwareKey ? t('policy_key_required') : null,
    policy.disableExport ? t('policy_export_disabled') : policy.disablePlainExport ? t('policy_plain_export_disabled') : null,
    policy.maxRecheckGraceSeconds !== undefined ? t('policy_recheck_grace_limited', policy.maxRecheckGraceSeconds) : null,
  ].filter((note): note is string => note !== null);
  const locked = status?.state !== 'unlocked';
  const plainExport = !policy.disableExport && !policy.disablePlainExport;
  const shown = new Set(SETTINGS_SECTIONS.map((section) => section.id).filter((id) => id !== 'export' || plainExport));

  return (
    <div class="settings-layout">
      <SettingsNav shown={shown} />
      <main class="screen wide settings-main">
        <h1>{t('settings_title')}</h1>
        {status && status.state !== 'unlocked' && <LockedBanner status={status} onUnlocked={setStatus} />}
        {/* Nothing below until the vault's state is known: sections would otherwise mount locked, then again unlocked. */}
        {status && (
          <>
            {managedNotes.length > 0 && (
              <section class="notice" aria-label={t('policy_managed')}>
                <strong>{t('policy_managed')}</strong>
                <ul>
                  {managedNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </section>
            )}
            <Section key={`general-${locked}`} id="general" locked={locked}>
              <GeneralSettings />
              <AutoLockSetting />
              <RecheckSetting />
            </Section>
            <Section key={`filling-${locked}`} id="filling" locked={locked}>
              <FillSettings />
            </Section>
            <Section key={`security-keys-${locked}`} id="security-keys" locked={locked}>
              <SecurityKeys />
            </Section>
            <Section key={`passphrase-${locked}`} id="passphrase" locked={locked}>
              <ChangePassphrase />
            </Section>
            <Section key={`backup-${locked}`} id="backup" locked={locked}>
              <BackupRestore exportAllowed={!policy.disableExport} />
            </Section>
            <Section key={`import-${locked}`} id="import" locked={locked}>
              <ImportAccounts />
            </Section>
            {plainExport && (
              <Section key={`export-${locked}`} id="export" locked={locked}>
                <PlainExport />
              </Section>
            )}
            <Section key={`sync-${locked}`} id="sync" locked={locked}>
              <SyncSettings />
            </Section>
          </>
        )}
      </main>
    </div>
  );
}
