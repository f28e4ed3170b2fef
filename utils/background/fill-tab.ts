import type { TabsService } from '@/utils/background/context';
import type { FillPermits } from '@/utils/background/fill-permits';
import type { FillFailure, FillReport, FillSummary, FillWant } from '@/utils/messaging/protocol';

// When several frames answer, the reason shown is the most useful one to the person.
const REASON_ORDER: FillFailure[] = [
  'locked',
  'none-left',
  'several-accounts',
  'not-a-code-field',
  'no-account',
  'not-automatic',
  'not-requested',
  'code',
  'no-field',
];

function summarizeReports(reports: (FillReport | null)[]): FillSummary {
  const filled = reports.filter((report) => report?.filled).length;
  const reasons = reports.flatMap((report) => (report && !report.filled ? [report.reason] : []));
  const reason = filled > 0 ? null : (REASON_ORDER.find((r) => reasons.includes(r)) ?? 'no-field');
  const backupCode = reports.flatMap((report) => (report?.filled && report.backupCode ? [report.backupCode] : []))[0] ?? null;
  return { filled, reason, backupCode };
}

/**
 * The one way a tab is filled (popup, shortcut, QR enrolment): every frame is asked, and each then requests
 * the code for its own origin, so a code only reaches frames the account is bound to. Called only for a
 * person's own request, so it grants the permit the frames' code requests are answered against.
 */
export async function fillTab(
  services: { tabs: Pick<TabsService, 'fillAllFrames'>; permits: FillPermits },
  tabId: number,
  accountId: string | null,
  want: FillWant,
) {
  const { tabs, permits } = services;
  permits.grant(tabId, null, { want, accountId });
  return summarizeReports(await tabs.fillAllFrames(tabId, { type: 'tessera.fill', accountId, target: 'any', want }));
}
