import { aesGcmOpen, aesGcmPeek, looksLikeJsonStart, pbkdf2 } from '@/utils/import/crypto';
import { decodeBase64 } from '@/utils/import/base64';
import { buildDraft, displayName, EntryList, kindFrom } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, numberField, text, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';
import { decryptedJson } from '@/utils/import/decrypted-json';

// 2FAS derives the backup key with PBKDF2-HMAC-SHA256, 10,000 iterations, 256-bit AES-GCM.
const ITERATIONS = 10_000;
const KINDS = { totp: 'totp', hotp: 'hotp', steam: 'steam' } as const;

export const isTwoFas = (json: unknown): json is JsonRecord =>
  isRecord(json) && ('servicesEncrypted' in json || (Array.isArray(json.services) && 'schemaVersion' in json));

export async function readTwoFas(json: JsonRecord, password: string | undefined): Promise<ImportPreview> {
  const schema = typeof json.schemaVersion === 'number' ? json.schemaVersion : 0;
  const name = `2FAS (schema ${schema})`;
  if (typeof json.servicesEncrypted !== 'string') return readServices(json.services, schema, name);
  const format = `2FAS (encrypted, schema ${schema})`;
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(format));
  // servicesEncrypted is "base64(ciphertext‖tag):base64(salt):base64(iv)".
  const [data, salt, iv] = json.servicesEncrypted.split(':').map(decodeBase64);
  if (!data || !salt || !iv) throw new ImportError('corrupt', msg.corrupt(format));
  const key = await pbkdf2(password, salt, ITERATIONS, 'SHA-256');
  const plain = await aesGcmOpen(key, iv, data);
  if (!plain) {
    const peek = await aesGcmPeek(key, iv, data);
    throw looksLikeJsonStart(peek)
      ? new ImportError('corrupt', msg.corrupt(format))
      : new ImportError('wrong-password', msg.wrongPassword(format));
  }
  const services = decryptedJson(plain, format);
  return readServices(services, schema, format);
}

function readServices(services: unknown, schema: number, format: string): ImportPreview {
  if (!Array.isArray(services)) throw new ImportError('corrupt', msg.corrupt(format));
  const list = new EntryList();
  services.forEach((service: unknown, index) => {
    if (!isRecord(service)) return list.fail(msg.unnamedEntry(index), new EntryError(msg.notAnEntry()));
    const otp = isRecord(service.otp) ? service.otp : {};
    const issuer = text(otp.issuer) || text(service.name);
    const label = text(otp.account) || text(otp.label);
    list.add(displayName(issuer, label, index), () => {
      // Schema 1 files carry only the secret: their codes are always TOTP, SHA-1, 6 digits, 30 s.
      if (schema < 2) return buildDraft({ kind: 'totp', issuer, label, secret: text(service.secret) });
      const type = text(otp.tokenType);
      return buildDraft({
        kind: type === '' ? 'totp' : kindFrom(type, KINDS),
        issuer,
        label,
        secret: text(service.secret),
        algorithm: text(otp.algorithm),
        digits: numberField(otp.digits),
        period: numberField(otp.period),
        counter: numberField(otp.counter),
      });
    });
  });
  return list.preview(format);
}
