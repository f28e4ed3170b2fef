import type { OtpKind } from '@/utils/accounts/account';
import { buildDraft, displayName, EntryList } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, numberField, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

const FORMAT = 'Stratum';
// Stratum's AuthenticatorType enum: 1 HOTP, 2 TOTP, 3 mOTP, 4 Steam, 5 Yandex.
const KINDS: Record<number, OtpKind | undefined> = { 1: 'hotp', 2: 'totp', 4: 'steam' };
const TYPE_NAMES: Record<number, string | undefined> = { 3: 'mOTP', 5: 'Yandex' };
// Stratum's HashAlgorithm enum: 0 SHA-1, 1 SHA-256, 2 SHA-512.
const ALGORITHMS: Record<number, string | undefined> = { 0: 'SHA1', 1: 'SHA256', 2: 'SHA512' };

export const isStratum = (json: unknown): json is JsonRecord => isRecord(json) && Array.isArray(json.Authenticators);

export function readStratum(json: JsonRecord, format = FORMAT): ImportPreview {
  if (!Array.isArray(json.Authenticators)) throw new ImportError('corrupt', msg.corrupt(format));
  const list = new EntryList();
  json.Authenticators.forEach((item: unknown, index) => {
    if (!isRecord(item)) return list.fail(msg.unnamedEntry(index), new EntryError(msg.notAnEntry()));
    const issuer = text(item.Issuer);
    const label = text(item.Username);
    list.add(displayName(issuer, label, index), () => {
      const type = typeof item.Type === 'number' ? item.Type : -1;
      const kind = KINDS[type];
      if (!kind) throw new EntryError(msg.unsupportedType(TYPE_NAMES[type] ?? String(item.Type)));
      const algorithm = typeof item.Algorithm === 'number' ? ALGORITHMS[item.Algorithm] : undefined;
      if (item.Algorithm !== undefined && item.Algorithm !== null && !algorithm)
        throw new EntryError(msg.unsupportedAlgorithm(String(item.Algorithm)));
      return buildDraft({
        kind,
        issuer,
        label,
        secret: text(item.Secret),
        algorithm,
        digits: numberField(item.Digits),
        period: numberField(item.Period),
        counter: numberField(item.Counter),
      });
    });
  });
  return list.preview(format);
}
