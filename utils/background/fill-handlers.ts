import type { HandlerTable } from '@/utils/background/context';
import type { FillFailure, FillReport, FillSummary } from '@/utils/messaging/protocol';
import { VaultError } from '@/utils/vault/errors';
import { t } from '@/utils/i18n/t';

// When several frames answer, the reason shown is the most useful one to the person.
const REASON_ORDER: FillFailure[] = [
  'locked',
  'none-left',
  'several-accounts',
  'not-a-code-field',
  'no-account',
  'not-automatic',
  'code',
  'no-field',
];

export function summarizeReports(reports: (FillReport | null)[]): FillSummary {
  const filled = reports.filter((report) => report?.filled).length;
  const reasons = reports.flatMap((report) => (report && !report.filled ? [report.reason] : []));
  const reason = filled > 0 ? null : (REASON_ORDER.find((r) => reasons.includes(r)) ?? 'no-field');
  const backupCode = reports.flatMap((report) => (report?.filled && report.backupCode ? [report.backupCode] : []))[0] ?? null;
  return { filled, reason, backupCode };
}

export const fillHandlers: HandlerTable<'accounts.fill' | 'tab.probe'> = {
  /**
   * Asks every frame of the tab to fill; each frame then requests the code for its own origin, so the code
   * only reaches frames the account is bound to.
   */
  'accounts.fill': async ({ id, tabId, want }, ctx) => {
    if (!Number.isInteger(tabId)) throw new VaultError('invalid-input', t('fill_no_page'));
    if (id !== null) await ctx.vault.get(id);
    await ctx.noteActivity();
    const command = { type: 'tessera.fill', accountId: id, target: 'any', want: want === 'recovery' ? 'recovery' : 'totp' } as const;
    return summarizeReports(await ctx.tabs.fillAllFrames(tabId, command));
  },
  'tab.probe': async ({ tabId }, ctx) => {
    if (!Number.isInteger(tabId)) return { totp: false, recovery: false };
    const reports = await ctx.tabs.probeAllFrames(tabId);
    return { totp: reports.some((r) => r?.totp), recovery: reports.some((r) => r?.recovery) };
  },
};
