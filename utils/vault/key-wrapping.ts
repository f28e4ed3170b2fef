import { open, seal } from '@/utils/vault/codec';
import { deriveKeyFromPassphrase, freshArgon2idParams, type Argon2idParams } from '@/utils/vault/kdf';
import type { PassphraseWrapper, VaultHeader } from '@/utils/vault/db';

const PASSPHRASE_WRAP_AAD = 'tessera:data-key:passphrase:v1';

export async function wrapWithPassphrase(
  dataKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  kdfBase?: Omit<Argon2idParams, 'salt'>,
): Promise<PassphraseWrapper> {
  const kdf = freshArgon2idParams(kdfBase);
  const kek = await deriveKeyFromPassphrase(passphrase, kdf);
  return { kind: 'passphrase', kdf, wrappedKey: await seal(kek, dataKey, PASSPHRASE_WRAP_AAD) };
}

/** The raw data key, or null when the passphrase does not open any passphrase wrapper. */
export async function unwrapWithPassphrase(header: VaultHeader, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  for (const wrapper of header.wrappers) {
    if (wrapper.kind !== 'passphrase') continue;
    const kek = await deriveKeyFromPassphrase(passphrase, wrapper.kdf);
    const dataKey = await open(kek, wrapper.wrappedKey, PASSPHRASE_WRAP_AAD);
    if (dataKey) return dataKey;
  }
  return null;
}
