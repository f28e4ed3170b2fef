import { buildDraft, displayName, EntryList, kindFrom } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, numberField, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

const FORMAT = 'FreeOTP+';
const KINDS = { totp: 'totp', hotp: 'hotp', steam: 'steam' } as const;

export const isFreeOtpPlus = (json: unknown): json is JsonRecord => isRecord(json) && Array.isArray(json.tokens);

/** Java writes byte[] as signed bytes (-128…127). */
function secretBytes(value: unknown): Uint8Array {
  if (!Array.isArray(value)) throw new EntryError(msg.noSecret());
  if (!value.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= -128 && b <= 255))
    throw new EntryError(msg.badSecret('not a byte list'));
  return Uint8Array.from(value as number[], (b) => b & 0xff);
}

export function readFreeOtpPlus(json: JsonRecord): ImportPreview {
  if (!Array.isArray(json.tokens)) throw new ImportError('corrupt', msg.corrupt(FORMAT));
  const list = new EntryList();
  json.tokens.forEach((token: unknown, index) => {
    if (!isRecord(token)) return list.fail(msg.unnamedEntry(index), new EntryError(msg.notAnEntry()));
    const issuer = text(token.issuerExt) || text(token.issuerInt);
    const label = text(token.label);
    list.add(displayName(issuer, label, index), () => {
      const kind = kindFrom(text(token.type), KINDS);
      const counter = numberField(token.counter);
      return buildDraft({
        kind,
        issuer,
        label,
        secret: secretBytes(token.secret),
        algorithm: text(token.algo),
        digits: numberField(token.digits),
        period: numberField(token.period),
        // FreeOTP+ stores the counter of the last code shown and increments before generating the next one,
        // so the next code (what Tessera's counter means) uses the stored value + 1.
        counter: typeof counter === 'number' ? counter + 1 : counter,
      });
    });
  });
  return list.preview(FORMAT);
}
