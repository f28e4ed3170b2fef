import { draftProblem } from '@/utils/accounts/validate-draft';
import { detectAndRead } from '@/utils/import/detect';
import { displayName } from '@/utils/import/draft';
import { ImportError } from '@/utils/import/errors';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

export { ImportError, type ImportErrorCode } from '@/utils/import/errors';
export type { ImportDraft, ImportFailure, ImportPreview } from '@/utils/import/types';

/**
 * Every entry a reader produced, held to the store's own rules (the ones a manual add applies): an entry the
 * preview offers is one the store accepts, and the rest are listed with the reason.
 */
function screened(preview: ImportPreview): ImportPreview {
  const entries: ImportPreview['entries'] = [];
  const failures = [...preview.failures];
  preview.entries.forEach((entry, index) => {
    const problem = draftProblem(entry);
    if (problem === null) entries.push(entry);
    else failures.push({ name: displayName(entry.issuer, entry.label, index), reason: problem });
  });
  return { ...preview, entries, failures };
}

/**
 * Reads an authenticator export into drafts for the user to review. Entries that cannot be used are listed in
 * `failures`; whole-file problems throw ImportError, and nothing else is ever thrown.
 */
export async function readImportFile(file: { name: string; bytes: Uint8Array }, password?: string): Promise<ImportPreview> {
  try {
    return screened(await detectAndRead(file.bytes, password));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A reader tripping over data it did not expect is still a damaged file, not a bug to show the user.
    throw new ImportError('corrupt', msg.unreadableFile());
  }
}
