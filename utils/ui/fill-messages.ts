import type { FillSummary } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/t';

/** What the person is told after pressing Fill. */
export function fillMessage(summary: FillSummary): string {
  if (summary.filled > 0) return t('fill_done');
  switch (summary.reason) {
    case 'no-account':
      return t('fill_no_account');
    case 'several-accounts':
      return t('fill_several_accounts');
    case 'locked':
      return t('fill_locked');
    case 'not-a-code-field':
      return t('fill_not_code_field');
    default:
      return t('fill_no_field');
  }
}
