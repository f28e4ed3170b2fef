import { displayName, EntryList } from '@/utils/import/draft';
import {
  BITWARDEN_ENCRYPTED,
  isBitwardenPasswordProtected,
  openBitwardenPasswordProtected,
} from '@/utils/import/formats/bitwarden-encrypted';
import { ImportError } from '@/utils/import/errors';
import { isRecord, records, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import { parseCsv } from '@/utils/import/csv';
import { draftFromTotpField } from '@/utils/import/totp-field';
import type { ImportPreview } from '@/utils/import/types';

export const isBitwardenJson = (json: unknown): json is JsonRecord =>
  isRecord(json) && 'encrypted' in json && (Array.isArray(json.items) || json.encrypted === true);

export async function readBitwardenJson(json: JsonRecord, password?: string): Promise<ImportPreview> {
  if (isBitwardenPasswordProtected(json)) return readItems(await openBitwardenPasswordProtected(json, password), BITWARDEN_ENCRYPTED);
  // The "account restricted" export is sealed with the Bitwarden account's own key, which never leaves Bitwarden.
  if (json.encrypted === true) throw new ImportError('unknown-format', msg.bitwardenEncrypted());
  return readItems(json, 'Bitwarden (JSON)');
}

function readItems(json: JsonRecord, format: string): ImportPreview {
  const list = new EntryList();
  records(json.items).forEach((item, index) => {
    const login = isRecord(item.login) ? item.login : {};
    const totp = text(login.totp);
    // Most vault items have no TOTP at all; those are not failures, just not authenticator entries.
    if (totp === '') return;
    const name = text(item.name);
    const username = text(login.username);
    list.add(displayName(name, username, index), () => draftFromTotpField(totp, name, username));
  });
  return list.preview(format);
}

/** Bitwarden's CSV export (personal or organisation) always has a login_totp column. */
export const isBitwardenCsv = (source: string): boolean => /^[^\r\n]*\blogin_totp\b/.test(source.replace(/^\uFEFF/, ''));

export function readBitwardenCsv(source: string): ImportPreview {
  const format = 'Bitwarden (CSV)';
  const table = parseCsv(source);
  if (!table) throw new ImportError('corrupt', msg.corrupt(format));
  const [header = [], ...rows] = table.rows;
  // A final row shorter than the header, with no line break after it, is a file cut off mid-record.
  const lastRow = rows.at(-1);
  if (lastRow && !table.endsWithNewline && lastRow.length < header.length) throw new ImportError('corrupt', msg.truncatedList(format));
  const column = (row: string[], name: string) => row[header.indexOf(name)]?.trim() ?? '';
  const list = new EntryList();
  rows.forEach((row, index) => {
    const totp = column(row, 'login_totp');
    if (totp === '') return;
    const name = column(row, 'name');
    const username = column(row, 'login_username');
    const before = list.failures.length;
    list.add(displayName(name, username, index), () => draftFromTotpField(totp, name, username));
    // login_totp is the last column, so a cut inside it leaves a full-width row: an unreadable, unterminated
    // last row is the sign.
    if (list.failures.length > before && row === lastRow && !table.endsWithNewline && rows.length > 1) {
      throw new ImportError('corrupt', msg.truncatedList(format));
    }
  });
  return list.preview(format);
}
