import { useCallback, useEffect, useState } from 'preact/hooks';
import { EnrolOutcome } from '@/components/EnrolOutcome';
import { ErrorMessage } from '@/components/ErrorMessage';
import { describeNonOtpauth, parseEnrolmentUri } from '@/utils/accounts/enrolment-uri';
import type { EnrolResult } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { scanImage, scanTab, type ScanFindings } from '@/utils/ui/scan-tab';
import type { TargetTab } from '@/utils/ui/target-tab';

interface Props {
  tab: TargetTab;
  /** Scan the tab as soon as this opens (the toolbar's "Scan QR code"), or wait for an image. */
  scanOnOpen: boolean;
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
    if (drafts.length > 1) return `${drafts.length} accounts (Google Authenticator export)`;
    const [draft] = drafts;
    return [draft?.issuer, draft?.label].filter(Boolean).join(' · ') || 'Unnamed account';
  } catch (error) {
    return (error as Error).message;
  }
}

export function ScanQr({ tab, scanOnOpen, onClose }: Props) {
  const [state, setState] = useState<State>(scanOnOpen ? { step: 'scanning' } : { step: 'idle' });
  const [changed, setChanged] = useState(false);
  // Which decoding stages found what: shown on hover, and read by the end-to-end tests.
  const [stages, setStages] = useState('');
  const domains = tab.site ? [tab.site] : [];

  const enrol = useCallback(
    async (uri: string, updateExisting = false) => {
      try {
        const result = await sendRequest('accounts.addFromUri', { uri, domains, updateExisting });
        setChanged(true);
        setState({ step: 'done', uri, result });
        // The setup page asks for the new code to confirm: fill it there (only its own account, only its origin).
        const [added] = [...result.added, ...result.updated];
        if (added && tab.id !== null) await sendRequest('accounts.fill', { id: added.id, tabId: tab.id }).catch(() => undefined);
      } catch (error) {
        setState({ step: 'failed', message: `The QR code was read, but: ${(error as Error).message}` });
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
        message: other
          ? describeNonOtpauth(other)
          : 'No QR code was found on this page. Scroll the code into view or zoom in and try again, or add the account with its setup key.',
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
    if (scanOnOpen) void run(() => scanTab(tab));
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
      <h1 id="scan-title">Scan QR code</h1>
      {state.step === 'scanning' && <p aria-busy="true">Reading the QR code…</p>}
      {state.step === 'failed' && <ErrorMessage message={state.message} />}
      {state.step === 'choose' && (
        <>
          <p>This page shows {state.uris.length} codes. Add the ones you want:</p>
          <ul class="choices">
            {state.uris.map((uri) => (
              <li key={uri}>
                <span>{preview(uri)}</span>
                <button type="button" onClick={() => void enrol(uri)}>Add</button>
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
          Scan the page again
        </button>
        <label class="button">
          Read from image…
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
          Done
        </button>
      </div>
      <p class="muted small">You can also paste a screenshot of a QR code here.</p>
    </section>
  );
}
