import { VaultError } from '@/utils/vault/errors';

/** Payloads come from our own pages, but are still checked: a bug must not turn into a corrupt record. */
export function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new VaultError('invalid-input', `The request is missing "${name}".`);
  return value;
}

export function requireStringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new VaultError('invalid-input', `"${name}" must be a list of text.`);
  }
  return value as string[];
}
