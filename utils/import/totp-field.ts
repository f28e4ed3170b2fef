import { parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { buildDraft } from '@/utils/import/draft';
import type { ImportDraft } from '@/utils/import/types';

/**
 * Reads a password manager's "TOTP" field, which holds an otpauth:// link, a "steam://SECRET" link, or a bare
 * Base32 secret (then TOTP, SHA-1, 6 digits, 30 s). `name` and `username` fill in what the field leaves out.
 */
export function draftFromTotpField(field: string, name: string, username: string): ImportDraft {
  const value = field.trim();
  if (/^otpauth:\/\//i.test(value)) {
    const draft = parseOtpauthUri(value);
    return { ...draft, issuer: draft.issuer || name, label: draft.label || username };
  }
  const steam = /^steam:\/\/(.*)$/i.exec(value);
  if (steam) return buildDraft({ kind: 'steam', issuer: name || 'Steam', label: username, secret: steam[1] });
  return buildDraft({ kind: 'totp', issuer: name, label: username, secret: value });
}
