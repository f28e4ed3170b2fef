import { parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { parseMigrationUri } from '@/utils/accounts/migration-uri';
import { EntryList } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

const OTPAUTH = /^otpauth:\/\//i;
const MIGRATION = /^otpauth-migration:\/\//i;

/** A text file with at least one otpauth:// or otpauth-migration:// link at the start of a line. */
export const isOtpauthList = (source: string): boolean => /^\s*otpauth(-migration)?:\/\//im.test(source);

/**
 * Ente Auth appends a JSON "codeDisplay" parameter to every link. Its presence names the format, and because it
 * is JSON, a line cut short shows up as codeDisplay that no longer parses.
 */
function codeDisplayIntact(line: string): boolean {
  const match = /[?&]codeDisplay=([^&#]*)/.exec(line);
  if (!match) return false;
  try {
    JSON.parse(decodeURIComponent((match[1] ?? '').replace(/\+/g, '%20')));
    return true;
  } catch {
    return false;
  }
}

export function readOtpauthList(source: string): ImportPreview {
  const lines = source
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '');
  const isEnte = lines.some(({ line }) => /[?&]codeDisplay=/.test(line));
  const migrationOnly = lines.every(({ line }) => MIGRATION.test(line));
  const format = isEnte ? 'Ente Auth' : migrationOnly ? 'Google Authenticator export' : 'otpauth links';

  // Line formats have no end marker, so a cut-off file is spotted by its last line: unterminated and unreadable,
  // or (for Ente) missing the codeDisplay every complete line ends with.
  const last = lines.at(-1);
  const endsCleanly = /[\r\n]\s*$/.test(source);
  if (last && isEnte && lines.length > 1 && !codeDisplayIntact(last.line)) throw new ImportError('corrupt', msg.truncatedList(format));

  const list = new EntryList();
  for (const { line, index } of lines) {
    const before = list.failures.length;
    readLine(list, line, index);
    if (list.failures.length > before && last?.index === index && !endsCleanly && lines.length > 1) {
      throw new ImportError('corrupt', msg.truncatedList(format));
    }
  }
  return list.preview(format);
}

function readLine(list: EntryList, line: string, index: number): void {
  const name = msg.lineName(index);
  if (MIGRATION.test(line)) {
    try {
      const batch = parseMigrationUri(line);
      list.entries.push(...batch.drafts);
      list.failures.push(...batch.skipped);
    } catch (error) {
      list.fail(name, error);
    }
    return;
  }
  if (!OTPAUTH.test(line)) return list.fail(name, new EntryError(msg.notALink()));
  list.add(name, () => parseOtpauthUri(line));
}
