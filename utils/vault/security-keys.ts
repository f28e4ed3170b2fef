import { utf8 } from '@/utils/bytes';
import { open, seal } from '@/utils/vault/codec';
import type { KeyAgreement, SecurityKeyWrapper, VaultHeader } from '@/utils/vault/db';
import { derivePassphraseBytes, freshArgon2idParams, type Argon2idParams } from '@/utils/vault/kdf';

const wrapAad = (credentialId: string) => `tessera:data-key:security-key:v1:${credentialId}`;
const agreedWrapAad = (credentialId: string) => `tessera:data-key:security-key:v2:${credentialId}`;
const privateKeyAad = (credentialId: string) => `tessera:security-key:private:v2:${credentialId}`;
const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

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

/** The AES-GCM key both sides of one ECDH agreement reach (the ephemeral half is bound in as well). */
async function agreedKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  credentialId: string,
  ephemeralPublicKey: Uint8Array,
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const base = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const info = new Uint8Array([...utf8.encode(credentialId), ...ephemeralPublicKey]);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8.encode('tessera:key-agreement:v1'), info },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Wraps a data key for the key's public half: needs nothing from the security key itself. */
async function wrapForPublicKey(dataKey: Uint8Array<ArrayBuffer>, credentialId: string, publicKeyRaw: Uint8Array<ArrayBuffer>) {
  const ephemeral = (await crypto.subtle.generateKey(P256, false, ['deriveBits'])) as CryptoKeyPair;
  const ephemeralPublicKey = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const recipient = await crypto.subtle.importKey('raw', publicKeyRaw, P256, false, []);
  const key = await agreedKey(ephemeral.privateKey, recipient, credentialId, ephemeralPublicKey);
  return { ephemeralPublicKey, wrappedKey: await seal(key, dataKey, agreedWrapAad(credentialId)) };
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
  const pair = (await crypto.subtle.generateKey(P256, true, ['deriveBits'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const sealedPrivateKey = await seal(kek, pkcs8, privateKeyAad(key.credentialId));
  pkcs8.fill(0);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const { ephemeralPublicKey, wrappedKey } = await wrapForPublicKey(dataKey, key.credentialId, publicKey);
  return {
    kind: 'security-key',
    credentialId: key.credentialId,
    name: key.name,
    addedAt: key.now,
    lastUsedAt: null,
    prfSalt: key.prfSalt,
    ...(passphraseKdf ? { passphraseKdf } : {}),
    wrappedKey,
    agreement: { publicKey, sealedPrivateKey, ephemeralPublicKey },
  };
}

/**
 * The same key's wrapper for a new data key (a rotation), made without the security key: the vault cannot
 * run the key's PRF ceremony, so it wraps for the key's public half, which only the key's KEK can use.
 * Null for a wrapper made before key agreement: that key has to be registered again.
 */
export async function rewrapForSecurityKey(
  wrapper: SecurityKeyWrapper,
  dataKey: Uint8Array<ArrayBuffer>,
): Promise<SecurityKeyWrapper | null> {
  if (!wrapper.agreement) return null;
  const { ephemeralPublicKey, wrappedKey } = await wrapForPublicKey(dataKey, wrapper.credentialId, wrapper.agreement.publicKey);
  return { ...wrapper, wrappedKey, agreement: { ...wrapper.agreement, ephemeralPublicKey } };
}

async function openAgreement(
  kek: CryptoKey,
  credentialId: string,
  agreement: KeyAgreement,
  wrapped: SecurityKeyWrapper['wrappedKey'],
): Promise<Uint8Array<ArrayBuffer> | null> {
  const pkcs8 = await open(kek, agreement.sealedPrivateKey, privateKeyAad(credentialId));
  if (!pkcs8) return null;
  try {
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, P256, false, ['deriveBits']);
    const ephemeral = await crypto.subtle.importKey('raw', agreement.ephemeralPublicKey, P256, false, []);
    return await open(
      await agreedKey(privateKey, ephemeral, credentialId, agreement.ephemeralPublicKey),
      wrapped,
      agreedWrapAad(credentialId),
    );
  } catch {
    return null;
  } finally {
    pkcs8.fill(0);
  }
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
  if (wrapper.agreement) return openAgreement(kek, credentialId, wrapper.agreement, wrapper.wrappedKey);
  return open(kek, wrapper.wrappedKey, wrapAad(credentialId));
}
