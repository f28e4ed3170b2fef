import { decodeBase64 } from '@/utils/import/base64';
import { buildDraft, EntryList } from '@/utils/import/draft';
import { EntryError } from '@/utils/import/errors';
import { isRecord, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

const FORMAT = 'Steam (maFile)';

/** An SDA-style .maFile (shared_secret at the top) or several of them under "accounts". */
export const isSteam = (json: unknown): json is JsonRecord =>
  isRecord(json) &&
  ('shared_secret' in json || (isRecord(json.accounts) && Object.values(json.accounts).some((a) => isRecord(a) && 'shared_secret' in a)));

export function readSteam(json: JsonRecord): ImportPreview {
  const accounts = 'shared_secret' in json ? [json] : Object.values(isRecord(json.accounts) ? json.accounts : {}).filter(isRecord);
  const list = new EntryList();
  accounts.forEach((account, index) => {
    const label = text(account.account_name);
    list.add(label || msg.unnamedEntry(index), () => {
      // shared_secret is the raw HMAC key in Base64; Tessera stores keys as Base32.
      const secret = decodeBase64(account.shared_secret);
      if (!secret) throw new EntryError(text(account.shared_secret) === '' ? msg.noSecret() : msg.badSecret('not Base64'));
      return buildDraft({ kind: 'steam', issuer: 'Steam', label, secret });
    });
  });
  return list.preview(FORMAT);
}
