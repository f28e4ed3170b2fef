import { VaultError } from '@/utils/vault/errors';
import { t } from '@/utils/i18n/t';

/** Payloads come from our own pages, but are still checked: a bug must not turn into a corrupt record. */
export function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new VaultError('invalid-input', t('error_missing_field', name));
  return value;
}

export function requireStringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new VaultError('invalid-input', t('error_not_text_list', name));
  }
  return value as string[];
}
