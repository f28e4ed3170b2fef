import { useCallback, useEffect, useState } from 'preact/hooks';
import { EnrolOutcome } from '@/components/popup/EnrolOutcome';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { describeNonOtpauth, parseEnrolmentUri } from '@/utils/accounts/enrolment-uri';
import type { EnrolResult } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { markScan } from '@/utils/ui/scan-marks';
import { scanImage, scanTab, type ScanFindings } from '@/utils/ui/scan-tab';
import type { TargetTab } from '@/utils/ui/target-tab';
import { t } from '@/utils/i18n/t';

interface Props {
  tab: TargetTab;
  /** The site new accounts are bound to. */
  site: string | null;
  /** Scan the tab as soon as this opens (the toolbar's "Scan QR code"), or wait for an image. */
  scanOnOpen: boolean;
  /** The scan already under way (started as the Scan button was pressed); without it, one starts on open. */
  started?: Promise<ScanFindings> | null;
  onClose: (changed: boolean) => void;
}

type State =
  | { step: 'idle' }
  | { step: 'scanning' }
  | { step: 'choose'; uris: string[] }
  | { step: 'done'; uri: string | null; result: EnrolResult }
  | { step: 'failed'; message: string };

function preview(uri: string): string {
  try {
    const { drafts } = parseEnrolmentUri(uri);
    if (drafts.length > 1) return t('scan_preview_batch', drafts.length);
    const [draft] = drafts;
    return [draft?.issuer, draft?.label].filter(Boolean).join(' · ') || t('common_unnamed_account');
  } catch (error) {
    return (error as Error).message;
  }
}

export function ScanQr({ tab, site, scanOnOpen, started = null, onClose }: Props) {
  const [state, setState] = useState<State>(scanOnOpen ? { step: 'scanning' } : { step: 'idle' });
  const [changed, setChanged] = useState(false);
  // Which decoding stages found what: shown on hover, and read by the end-to-end tests.
  const [stages, setStages] = useState('');
  const domains = site ? [site] : [];

  const enrol = useCallback(
    async (uri: string, updateExisting = false) => {
      try {
        const result = await sendRequest('accounts.addFromUri', { uri, domains, updateExisting });
        markScan('enrolled');
        setChanged(true);
        setState({ step: 'done', uri, result });
        // The setup page asks for the new code to confirm: fill it there (only its own account, only its origin).
        const [added] = [...result.added, ...result.updated];
        if (added && tab.id !== null) await sendRequest('accounts.fill', { id: added.id, tabId: tab.id }).catch(() => undefined);
      } catch (error) {
        setState({ step: 'failed', message: t('scan_read_but', (error as Error).message) });
      }
    },
    [domains.join()],
  );

  const handleFindings = useCallback(
    async (findings: ScanFindings) => {
      const [only, ...more] = findings.enrolment;
      if (only && more.length === 0) return enrol(only);
      if (only) return setState({ step: 'choose', uris: findings.enrolment });
      const [other] = findings.other;
      return setState({
        step: 'failed',
        message: other ? describeNonOtpauth(other) : t('scan_none_found'),
      });
    },
    [enrol],
  );

  const run = useCallback(
    async (scan: () => Promise<ScanFindings>) => {
      setState({ step: 'scanning' });
      try {
        const findings = await scan();
        setStages(findings.stages.map((s) => `${s.stage}: ${s.found} in ${Math.round(s.ms)} ms`).join('; '));
        await handleFindings(findings);
      } catch (error) {
        setState({ step: 'failed', message: (error as Error).message });
      }
    },
    [handleFindings],
  );

  useEffect(() => {
    if (scanOnOpen) void run(() => started ?? scanTab(tab));
    // Only on open: later scans are the user's choice.
  }, []);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
      if (file) void run(() => scanImage(file));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [run]);

  return (
    <section class="screen" aria-labelledby="scan-title" data-stages={stages} title={stages}>
      <h1 id="scan-title">{t('scan_title')}</h1>
      {state.step === 'scanning' && <p aria-busy="true">{t('scan_reading')}</p>}
      {state.step === 'failed' && <ErrorMessage message={state.message} />}
      {state.step === 'choose' && (
        <>
          <p>{t('scan_choose', state.uris.length)}</p>
          <ul class="choices">
            {state.uris.map((uri) => (
              <li key={uri}>
                <span>{preview(uri)}</span>
                <button type="button" onClick={() => void enrol(uri)}>
                  {t('common_add')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state.step === 'done' && (
        <EnrolOutcome result={state.result} onUpdateExisting={state.uri ? () => void enrol(state.uri!, true) : undefined} />
      )}
      <div class="actions">
        <button type="button" onClick={() => void run(() => scanTab(tab))} disabled={state.step === 'scanning'}>
          {t('scan_again')}
        </button>
        <label class="button">
          {t('scan_from_image')}
          <input
            type="file"
            accept="image/*"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void run(() => scanImage(file));
            }}
          />
        </label>
        <button type="button" class="primary" onClick={() => onClose(changed)}>
          {t('common_done')}
        </button>
      </div>
      <p class="muted small">{t('scan_paste_hint')}</p>
    </section>
  );
}
