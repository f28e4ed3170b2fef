import { describe, expect, it } from 'vitest';
import { decideSubmit, recordSubmit, type SubmitFacts, type SubmitLedger } from '@/utils/autofill/submit-guard';

const emptyLedger = (): SubmitLedger => new Map();

const facts = (over: Partial<SubmitFacts> = {}): SubmitFacts => ({
  pageOrigin: 'https://login.example.com',
  actionUrl: 'https://login.example.com/2fa/verify',
  fieldKey: 'otp',
  code: '123456',
  seen: true,
  focused: true,
  frameVisible: true,
  ...over,
});

/** Decides and, when allowed, records, as the content script does; returns the reason or 'submitted'. */
function attempt(ledger: SubmitLedger, over: Partial<SubmitFacts> = {}): string {
  const decision = decideSubmit(facts(over), ledger);
  if (!decision.submit) return decision.reason;
  recordSubmit(ledger, decision.shape, facts(over).code);
  return 'submitted';
}

describe('decideSubmit', () => {
  it('submits a visible, focused fill into a same-origin form', () => {
    expect(attempt(emptyLedger())).toBe('submitted');
  });

  it.each([
    [{ seen: false }, 'not-seen'],
    [{ focused: false }, 'not-focused'],
    [{ frameVisible: false }, 'frame-not-visible'],
  ] as const)('refuses when %o', (over, reason) => {
    expect(attempt(emptyLedger(), over)).toBe(reason);
  });

  it.each([
    'https://collector.example.net/steal',
    'https://evil.example.com/verify', // another host of the same site: no public-suffix list here, so refused
    'http://login.example.com/2fa/verify', // downgrade
    'https://login.example.com:8443/2fa/verify',
    'javascript:alert(1)',
    'data:text/html,x',
    'not a url',
  ])('never submits to another origin: %s', (actionUrl) => {
    expect(attempt(emptyLedger(), { actionUrl })).toBe('other-origin');
  });

  it('treats an opaque page origin as matching nothing', () => {
    expect(attempt(emptyLedger(), { pageOrigin: 'null', actionUrl: 'data:text/html,x' })).toBe('other-origin');
  });

  it('submits the same code into the same form and field once, however often the form comes back', () => {
    const ledger = emptyLedger();
    const outcomes = Array.from({ length: 80 }, (_, i) => attempt(ledger, { actionUrl: `https://login.example.com/2fa/verify?t=${i}#x` }));
    expect(outcomes.filter((o) => o === 'submitted')).toHaveLength(1);
    expect(outcomes.slice(1).every((o) => o === 'already-submitted')).toBe(true);
  });

  it('submits again for the next code step', () => {
    const ledger = emptyLedger();
    expect(['111111', '111111', '222222', '222222'].map((code) => attempt(ledger, { code }))).toEqual([
      'submitted',
      'already-submitted',
      'submitted',
      'already-submitted',
    ]);
  });

  it('keeps forms and fields apart', () => {
    const ledger = emptyLedger();
    expect(attempt(ledger)).toBe('submitted');
    expect(attempt(ledger, { fieldKey: 'backup' })).toBe('submitted');
    expect(attempt(ledger, { actionUrl: 'https://login.example.com/other' })).toBe('submitted');
    expect(attempt(ledger)).toBe('already-submitted');
  });
});
