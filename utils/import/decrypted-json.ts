import { utf8 } from '@/utils/bytes';
import { ImportError } from '@/utils/import/errors';
import { parseJson } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';

/**
 * The JSON inside a file's decrypted bytes. Bytes that opened with the right key but are not JSON mean a damaged
 * or altered file, never a wrong password: said as such, in the format's name.
 */
export function decryptedJson(plain: Uint8Array<ArrayBuffer>, format: string): unknown {
  try {
    return parseJson(utf8.decode(plain));
  } catch {
    throw new ImportError('corrupt', msg.corrupt(format));
  }
}
