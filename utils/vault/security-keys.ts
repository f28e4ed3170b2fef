import { utf8 } from '@/utils/bytes';
import { open, seal } from '@/utils/vault/codec';
import type { SecurityKeyWrapper, VaultHeader } from '@/utils/vault/db';
import { derivePassphraseBytes, freshArgon2idParams, type Argon2idParams } from '@/utils/vault/kdf';

const wrapAad = (credentialId: string) => `tessera:data-key:security-key:v1:${credentialId}`;

/**
 * The key that wraps the data key for one security key: HKDF over what the extension page derived from the
 * key's PRF output, joined with the passphrase's Argon2id output when the policy needs both.
 */
async function wrappingKey(
  credentialId: string,
  prfKek: Uint8Array<ArrayBuffer>,
  passphraseBytes: Uint8Array<ArrayBuffer> | null,
): Promise<CryptoKey> {
  const ikm = new Uint8Array(prfKek.length + (passphraseBytes?.length ?? 0));
  ikm.set(prfKek);
  if (passphraseBytes) ikm.set(passphraseBytes, prfKek.length);
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  ikm.fill(0);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: utf8.encode(passphraseBytes ? 'tessera:key+passphrase:v1' : 'tessera:key:v1'),
      info: utf8.encode(credentialId),
    },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface NewSecurityKey {
  credentialId: string;
  name: string;
  prfSalt: Uint8Array<ArrayBuffer>;
  prfKek: Uint8Array<ArrayBuffer>;
  /** Given when the key is to need the passphrase as well. */
  passphrase?: string;
  kdfBase?: Omit<Argon2idParams, 'salt'>;
  now: number;
}

export async function wrapForSecurityKey(dataKey: Uint8Array<ArrayBuffer>, key: NewSecurityKey): Promise<SecurityKeyWrapper> {
  const passphraseKdf = key.passphrase === undefined ? undefined : freshArgon2idParams(key.kdfBase);
  const passphraseBytes = passphraseKdf ? await derivePassphraseBytes(key.passphrase!, passphraseKdf) : null;
  const kek = await wrappingKey(key.credentialId, key.prfKek, passphraseBytes);
  passphraseBytes?.fill(0);
  return {
    kind: 'security-key',
    credentialId: key.credentialId,
    name: key.name,
    addedAt: key.now,
    lastUsedAt: null,
    prfSalt: key.prfSalt,
    ...(passphraseKdf ? { passphraseKdf } : {}),
    wrappedKey: await seal(kek, dataKey, wrapAad(key.credentialId)),
  };
}

/** The raw data key, or null when this key's PRF result (and passphrase, if needed) do not open its wrapper. */
export async function unwrapWithSecurityKey(
  header: VaultHeader,
  credentialId: string,
  prfKek: Uint8Array<ArrayBuffer>,
  passphrase: string | undefined,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const wrapper = header.wrappers.find((w): w is SecurityKeyWrapper => w.kind === 'security-key' && w.credentialId === credentialId);
  if (!wrapper) return null;
  if (wrapper.passphraseKdf && passphrase === undefined) return null;
  const passphraseBytes = wrapper.passphraseKdf ? await derivePassphraseBytes(passphrase!, wrapper.passphraseKdf) : null;
  const kek = await wrappingKey(credentialId, prfKek, passphraseBytes);
  passphraseBytes?.fill(0);
  return open(kek, wrapper.wrappedKey, wrapAad(credentialId));
}
