import { base64ToBytes, bytesToBase64, randomBytes, utf8 } from '@/utils/bytes';
import type { RemoteRecordRef } from '@/utils/sync/local-state';
import { readSyncDoc } from '@/utils/sync/doc-shape';
import type { SyncDoc } from '@/utils/sync/types';
import { open, seal, type Sealed } from '@/utils/vault/codec';
import type { PassphraseWrapper } from '@/utils/vault/db';
import { isWellFormedHeader } from '@/utils/vault/header-check';
import { unwrapWithPassphrase } from '@/utils/vault/key-wrapping';

/**
 * The remote vault is ciphertext only (issue 17):
 * - `tessera.header`: the data key wrapped by the passphrase (the passphrase wrappers only: security keys are per
 *   browser), the id of that data key, and a check value sealed with it, so a device can tell "my key" from
 *   "the passphrase was changed elsewhere" without trying every record.
 * - `tessera.index`: sealed with the data key: record id → the random file holding it and its write stamp.
 * - `r.<random>`: one sealed SyncDoc per record; its id, write stamp and file name are the additional data, so a
 *   blob moved to another file, given to another record or replayed under another version does not open.
 * The server learns how many records there are, their sizes, and when they change.
 */
export const HEADER_FILE = 'tessera.header';
export const INDEX_FILE = 'tessera.index';
const RECORD_PREFIX = 'r.';

export const isRecordFile = (name: string): boolean => name.startsWith(RECORD_PREFIX);
export const newRecordFile = (): string => RECORD_PREFIX + base64Url(randomBytes(16));

export interface RemoteHeader {
  keyId: string;
  createdAt: number;
  wrappers: PassphraseWrapper[];
  keyCheck: Sealed;
}

export interface RemoteIndex {
  records: Record<string, RemoteRecordRef>;
}

const KEY_CHECK_AAD = 'tessera:sync:key-check:v1';
const INDEX_AAD = 'tessera:sync:index:v1';
const recordAad = (id: string, ref: RemoteRecordRef) => `tessera:sync:record:v1:${id}:${ref.stamp}:${ref.file}`;

function base64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

/** JSON with bytes: Uint8Array and ArrayBuffer values as tagged base64. */
function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return utf8.encode(
    JSON.stringify(value, (_key, item: unknown) => {
      if (item instanceof Uint8Array) return { $u8: bytesToBase64(item) };
      if (isArrayBuffer(item)) return { $ab: bytesToBase64(new Uint8Array(item)) };
      return item;
    }),
  );
}

function decodeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(new Uint8Array(bytes)), (_key, item: unknown) => {
      if (typeof item === 'object' && item !== null) {
        const tagged = item as { $u8?: unknown; $ab?: unknown };
        if (typeof tagged.$u8 === 'string') return base64ToBytes(tagged.$u8);
        if (typeof tagged.$ab === 'string') return base64ToBytes(tagged.$ab).buffer;
      }
      return item;
    });
  } catch {
    return undefined;
  }
}

/** IV then ciphertext: the form a sealed value takes in a remote file. */
function packSealed({ iv, ct }: Sealed): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(iv.byteLength + ct.byteLength);
  bytes.set(iv, 0);
  bytes.set(new Uint8Array(ct), iv.byteLength);
  return bytes;
}

function unpackSealed(bytes: Uint8Array): Sealed | null {
  if (bytes.byteLength < 12 + 16) return null;
  return { iv: new Uint8Array(bytes.slice(0, 12)), ct: bytes.slice(12).buffer };
}

export async function makeRemoteHeader(dataKey: CryptoKey, wrappers: PassphraseWrapper[], now: number): Promise<RemoteHeader> {
  const keyId = base64Url(randomBytes(12));
  return { keyId, createdAt: now, wrappers, keyCheck: await seal(dataKey, utf8.encode(keyId), KEY_CHECK_AAD) };
}

export const encodeHeader = (header: RemoteHeader): Uint8Array<ArrayBuffer> => encodeJson({ tessera: 'sync-header', v: 1, ...header });

/** The header, or null when the file is not one (its wrappers are held to the local header's bounds). */
export function decodeHeader(bytes: Uint8Array): RemoteHeader | null {
  const value = decodeJson(bytes) as Partial<RemoteHeader> & { tessera?: unknown; v?: unknown };
  if (!value || value.tessera !== 'sync-header' || value.v !== 1 || typeof value.keyId !== 'string') return null;
  if (typeof value.createdAt !== 'number' || !value.keyCheck || !Array.isArray(value.wrappers)) return null;
  const asLocal = { format: 1, createdAt: value.createdAt, wrappers: value.wrappers };
  if (!isWellFormedHeader(asLocal) || value.wrappers.some((w) => w.kind !== 'passphrase')) return null;
  const keyCheck = value.keyCheck as Sealed;
  if (!(keyCheck.iv instanceof Uint8Array) || !isArrayBuffer(keyCheck.ct)) return null;
  return { keyId: value.keyId, createdAt: value.createdAt, wrappers: value.wrappers, keyCheck };
}

/** Whether `dataKey` is the key the remote vault is encrypted with. */
export async function opensHeader(dataKey: CryptoKey, header: RemoteHeader): Promise<boolean> {
  const check = await open(dataKey, header.keyCheck, KEY_CHECK_AAD);
  return check !== null && utf8.decode(check) === header.keyId;
}

/** The remote vault's raw data key for this passphrase, or null when the passphrase does not open it. */
export async function unwrapRemoteHeader(header: RemoteHeader, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const raw = await unwrapWithPassphrase({ format: 1, createdAt: header.createdAt, wrappers: header.wrappers }, passphrase);
  if (!raw) return null;
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return (await opensHeader(key, header)) ? raw : null;
}

export async function sealIndex(dataKey: CryptoKey, index: RemoteIndex): Promise<Uint8Array<ArrayBuffer>> {
  return packSealed(await seal(dataKey, encodeJson(index), INDEX_AAD));
}

/** The index, or null when it does not open with any of `keys` or is not an index. */
export async function openIndex(keys: readonly CryptoKey[], bytes: Uint8Array): Promise<RemoteIndex | null> {
  const sealed = unpackSealed(bytes);
  if (!sealed) return null;
  for (const key of keys) {
    const plaintext = await open(key, sealed, INDEX_AAD);
    if (!plaintext) continue;
    const value = decodeJson(plaintext) as RemoteIndex | undefined;
    if (!value || typeof value.records !== 'object' || value.records === null) return null;
    const valid = Object.values(value.records).every(
      (ref) => typeof ref?.file === 'string' && isRecordFile(ref.file) && typeof ref.stamp === 'string',
    );
    return valid ? value : null;
  }
  return null;
}

export async function sealRecord(dataKey: CryptoKey, ref: RemoteRecordRef, doc: SyncDoc): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = encodeJson(doc);
  const sealed = await seal(dataKey, plaintext, recordAad(doc.id, ref));
  plaintext.fill(0);
  return packSealed(sealed);
}

/** The doc, or null when the blob does not open as record `id` at this version in this file with any of `keys`. */
export async function openRecord(keys: readonly CryptoKey[], id: string, ref: RemoteRecordRef, bytes: Uint8Array): Promise<SyncDoc | null> {
  const sealed = unpackSealed(bytes);
  if (!sealed) return null;
  for (const key of keys) {
    const plaintext = await open(key, sealed, recordAad(id, ref));
    if (!plaintext) continue;
    const raw = decodeJson(plaintext);
    plaintext.fill(0);
    try {
      return readSyncDoc(raw, id);
    } catch {
      // Authentic but not a doc Tessera can merge (a broken client wrote it): reported like an unreadable one.
      return null;
    }
  }
  return null;
}
