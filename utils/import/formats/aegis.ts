import { scrypt } from 'hash-wasm';
import { aesGcmOpen, hexToBytes } from '@/utils/import/crypto';
import { decodeBase64 } from '@/utils/import/base64';
import { buildDraft, displayName, EntryList, kindFrom } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, numberField, records, text, type JsonRecord } from '@/utils/import/json';
import { scryptExcess } from '@/utils/kdf-limits';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';
import { decryptedJson } from '@/utils/import/decrypted-json';

const PLAIN = 'Aegis';
const ENCRYPTED = 'Aegis (encrypted)';
// Aegis slot types: 1 = password (scrypt). Biometric slots (2) need the phone's keystore and cannot be used here.
const PASSWORD_SLOT = 1;
export const isAegis = (json: unknown): json is JsonRecord => isRecord(json) && isRecord(json.header) && 'db' in json;

export async function readAegis(json: JsonRecord, password: string | undefined): Promise<ImportPreview> {
  const header = json.header as JsonRecord;
  if (isRecord(json.db)) return readDb(json.db, PLAIN);
  if (typeof json.db !== 'string') throw new ImportError('corrupt', msg.corrupt(PLAIN));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(ENCRYPTED));
  const masterKey = await unlockMasterKey(header, password);
  const params = isRecord(header.params) ? header.params : {};
  const nonce = hexToBytes(text(params.nonce));
  const tag = hexToBytes(text(params.tag));
  const sealed = decodeBase64(json.db);
  if (!nonce || !tag || !sealed) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  // The master key opened, so the password is right: a failing db tag can only mean a damaged file.
  const plain = await aesGcmOpen(masterKey, nonce, concat(sealed, tag));
  if (!plain) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  const db = decryptedJson(plain, ENCRYPTED);
  if (!isRecord(db)) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  return readDb(db, ENCRYPTED);
}

interface PasswordSlot {
  n: number;
  r: number;
  p: number;
  salt: Uint8Array;
  key: Uint8Array;
  nonce: Uint8Array;
  tag: Uint8Array;
}

const isPositiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** A password slot's fields, or null when it lacks its key material; scrypt parameters are refused here, before any work. */
function passwordSlot(slot: JsonRecord): PasswordSlot | null {
  const { n, r, p } = slot;
  const salt = hexToBytes(text(slot.salt));
  const key = hexToBytes(text(slot.key));
  const params = isRecord(slot.key_params) ? slot.key_params : {};
  const nonce = hexToBytes(text(params.nonce));
  const tag = hexToBytes(text(params.tag));
  if (!salt || !key || !nonce || !tag) return null;
  if (!isPositiveInteger(n) || !isPositiveInteger(r) || !isPositiveInteger(p))
    throw new ImportError('corrupt', msg.unsupportedKdf(ENCRYPTED));
  const excess = scryptExcess(n, r, p);
  if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
  if (n < 2 || !Number.isInteger(Math.log2(n))) throw new ImportError('corrupt', msg.unsupportedKdf(ENCRYPTED));
  return { n, r, p, salt, key, nonce, tag };
}

async function unlockMasterKey(header: JsonRecord, password: string): Promise<Uint8Array> {
  const found = records(header.slots).filter((slot) => slot.type === PASSWORD_SLOT);
  if (found.length === 0) throw new ImportError('corrupt', msg.unsupportedKdf(ENCRYPTED));
  // Every slot is checked before the first derivation, so an over-cap slot costs nothing.
  const slots = found.map(passwordSlot).filter((slot) => slot !== null);
  for (const { n, r, p, salt, key, nonce, tag } of slots) {
    const derived = await scrypt({ password, salt, costFactor: n, blockSize: r, parallelism: p, hashLength: 32, outputType: 'binary' });
    const masterKey = await aesGcmOpen(derived, nonce, concat(key, tag));
    if (masterKey) return masterKey;
  }
  throw new ImportError('wrong-password', msg.wrongPassword(ENCRYPTED));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const KINDS = { totp: 'totp', hotp: 'hotp', steam: 'steam' } as const;

function readDb(db: JsonRecord, format: string): ImportPreview {
  if (!Array.isArray(db.entries)) throw new ImportError('corrupt', msg.corrupt(format));
  const list = new EntryList();
  db.entries.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return list.fail(msg.unnamedEntry(index), new EntryError(msg.notAnEntry()));
    const issuer = text(entry.issuer);
    const label = text(entry.name);
    list.add(displayName(issuer, label, index), () => {
      const info = isRecord(entry.info) ? entry.info : {};
      return buildDraft({
        kind: kindFrom(text(entry.type), KINDS),
        issuer,
        label,
        secret: text(info.secret),
        algorithm: text(info.algo),
        digits: numberField(info.digits),
        period: numberField(info.period),
        counter: numberField(info.counter),
      });
    });
  });
  return list.preview(format);
}
