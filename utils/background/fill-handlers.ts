import type { HandlerTable } from '@/utils/background/context';
import type { FillFailure, FillReport, FillSummary } from '@/utils/messaging/protocol';
import { VaultError } from '@/utils/vault/errors';

// When several frames answer, the reason shown is the most useful one to the person.
const REASON_ORDER: FillFailure[] = ['locked', 'several-accounts', 'not-a-code-field', 'no-account', 'not-automatic', 'code', 'no-field'];

export function summarizeReports(reports: (FillReport | null)[]): FillSummary {
  const filled = reports.filter((report) => report?.filled).length;
  const reasons = reports.flatMap((report) => (report && !report.filled ? [report.reason] : []));
  const reason = filled > 0 ? null : (REASON_ORDER.find((r) => reasons.includes(r)) ?? 'no-field');
  return { filled, reason };
}

export const fillHandlers: HandlerTable<'accounts.fill'> = {
  /**
   * Asks every frame of the tab to fill; each frame then requests the code for its own origin, so the code
   * only reaches frames the account is bound to.
   */
  'accounts.fill': async ({ id, tabId }, ctx) => {
    if (!Number.isInteger(tabId)) throw new VaultError('invalid-input', 'There is no page to fill.');
    if (id !== null) await ctx.vault.get(id);
    await ctx.noteActivity();
    return summarizeReports(await ctx.tabs.fillAllFrames(tabId, { type: 'tessera.fill', accountId: id, target: 'any' }));
  },
};
