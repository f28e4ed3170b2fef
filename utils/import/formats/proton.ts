import { EntryList } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, records, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import { draftFromTotpField } from '@/utils/import/totp-field';
import type { ImportPreview } from '@/utils/import/types';

const FORMAT = 'Proton Authenticator';

/** Proton Authenticator: {version, entries: [{id, content: {uri, entry_type, name}, note}]}. */
export const isProton = (json: unknown): json is JsonRecord =>
  isRecord(json) && Array.isArray(json.entries) && records(json.entries).some((entry) => isRecord(entry.content));

export function readProton(json: JsonRecord, format = FORMAT): ImportPreview {
  if (!Array.isArray(json.entries)) throw new ImportError('corrupt', msg.corrupt(format));
  const list = new EntryList();
  json.entries.forEach((entry: unknown, index) => {
    const content = isRecord(entry) && isRecord(entry.content) ? entry.content : null;
    const name = text(content?.name) || msg.unnamedEntry(index);
    if (!content) return list.fail(name, new EntryError(msg.notAnEntry()));
    const uri = text(content.uri);
    if (uri === '') return list.fail(name, new EntryError(msg.noSecret()));
    // Steam entries come as steam://SECRET, the others as otpauth:// links.
    list.add(name, () => draftFromTotpField(uri, '', text(content.name)));
  });
  return list.preview(format);
}
