import type { AccountDraft } from '@/utils/accounts/account';

export type ImportDraft = Omit<AccountDraft, 'domains'>;

export interface ImportFailure {
  name: string;
  reason: string;
}

export interface ImportPreview {
  /** Human name of the detected format, e.g. 'Aegis (encrypted)'. */
  format: string;
  entries: ImportDraft[];
  failures: ImportFailure[];
}
