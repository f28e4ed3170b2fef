import { detectAndRead } from '@/utils/import/detect';
import { ImportError } from '@/utils/import/errors';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

export { ImportError, type ImportErrorCode } from '@/utils/import/errors';
export type { ImportDraft, ImportFailure, ImportPreview } from '@/utils/import/types';

/**
 * Reads an authenticator export into drafts for the user to review. Entries that cannot be used are listed in
 * `failures`; whole-file problems throw ImportError, and nothing else is ever thrown.
 */
export async function readImportFile(file: { name: string; bytes: Uint8Array }, password?: string): Promise<ImportPreview> {
  try {
    return await detectAndRead(file.bytes, password);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A reader tripping over data it did not expect is still a damaged file, not a bug to show the user.
    throw new ImportError('corrupt', msg.unreadableFile());
  }
}
