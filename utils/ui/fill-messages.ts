import type { FillSummary } from '@/utils/messaging/protocol';

/** What the person is told after pressing Fill. */
export function fillMessage(summary: FillSummary): string {
  if (summary.filled > 0) return 'Code filled in.';
  switch (summary.reason) {
    case 'no-account':
      return 'This account is not bound to this site, so Tessera does not fill it here. Edit the account to add the site.';
    case 'several-accounts':
      return 'Several accounts are bound to this site: press Fill on the one you want.';
    case 'locked':
      return 'Tessera is locked.';
    case 'not-a-code-field':
      return 'That field does not look like a verification-code field, so Tessera left it alone.';
    default:
      return 'There is no verification-code field on this page that Tessera can fill.';
  }
}
