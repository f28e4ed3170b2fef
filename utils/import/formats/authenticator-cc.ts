import type { OtpKind } from '@/utils/accounts/account';
import { encodeBase32 } from '@/utils/otp/base32';
import { hexToBytes } from '@/utils/import/crypto';
import { buildDraft, displayName, EntryList } from '@/utils/import/draft';
import { EntryError } from '@/utils/import/errors';
import { isRecord, numberField, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

const FORMAT = 'Authenticator extension';
// authenticator.cc OTPType names. "battle" is Blizzard's 8-digit TOTP; "hex"/"hhex" are TOTP/HOTP with hex keys.
const TYPES: Record<string, { kind: OtpKind; hex?: boolean; digits?: number } | undefined> = {
  totp: { kind: 'totp' },
  hotp: { kind: 'hotp' },
  battle: { kind: 'totp', digits: 8 },
  steam: { kind: 'steam' },
  hex: { kind: 'totp', hex: true },
  hhex: { kind: 'hotp', hex: true },
};
// Older exports write the OTPAlgorithm enum number instead of its name.
const ALGORITHM_NUMBERS: Record<number, string> = { 1: 'SHA1', 2: 'SHA256', 3: 'SHA512', 4: 'GOST3411_2012_256', 5: 'GOST3411_2012_512' };

const looksLikeEntry = (value: unknown): value is JsonRecord =>
  isRecord(value) && 'secret' in value && ('account' in value || 'issuer' in value || 'type' in value || 'encrypted' in value);

/** The extension exports an object keyed by entry hash; a "key" member may describe the backup's password. */
export const isAuthenticatorCc = (json: unknown): json is JsonRecord => isRecord(json) && Object.values(json).some(looksLikeEntry);

export function readAuthenticatorCc(json: JsonRecord): ImportPreview {
  const list = new EntryList();
  Object.values(json)
    .filter(looksLikeEntry)
    .forEach((entry, index) => {
      const issuer = text(entry.issuer);
      const label = text(entry.account);
      list.add(displayName(issuer, label, index), () => {
        if (entry.encrypted === true) throw new EntryError(msg.encryptedEntry());
        const typeName = text(entry.type) || 'totp';
        const type = TYPES[typeName.toLowerCase()];
        if (!type) throw new EntryError(msg.unsupportedType(typeName));
        const rawSecret = text(entry.secret);
        let secret: string | Uint8Array = rawSecret;
        if (type.hex) {
          const bytes = hexToBytes(rawSecret);
          if (!bytes) throw new EntryError(msg.badSecret('not hexadecimal'));
          secret = encodeBase32(bytes);
        }
        const algorithm =
          typeof entry.algorithm === 'number' ? (ALGORITHM_NUMBERS[entry.algorithm] ?? String(entry.algorithm)) : text(entry.algorithm);
        return buildDraft({
          kind: type.kind,
          issuer,
          label,
          secret,
          algorithm,
          digits: type.digits ?? numberField(entry.digits),
          period: numberField(entry.period),
          counter: numberField(entry.counter),
        });
      });
    });
  return list.preview(FORMAT);
}
