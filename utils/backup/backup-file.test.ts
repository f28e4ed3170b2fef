import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleAccount, CHEAP_KDF } from '@/tests/unit/vault-env';
import { BackupError, openBackup, sealBackup } from '@/utils/backup/backup-file';
import { DEFAULT_SETTINGS } from '@/utils/storage';

const payload = {
  accounts: [sampleAccount('a', { backupCodes: [{ code: 'abcd-1234', used: true }] }), sampleAccount('b')],
  settings: DEFAULT_SETTINGS,
};
const seal = () => sealBackup(payload, 'backup password 123', new Date(0), CHEAP_KDF);

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return (error as BackupError).code;
}

describe('encrypted backup file', () => {
  it('round-trips every account, backup code and setting, and hides them on disk', async () => {
    const text = await seal();
    expect(text).not.toMatch(/JBSWY3DPEHPK3PXP|abcd-1234|alice/);
    expect(JSON.parse(text)).toMatchObject({ format: 'tessera-backup', version: 1, kdf: { alg: 'argon2id' } });
    expect(await openBackup(text, 'backup password 123')).toEqual({ ...payload, rejected: [] });
  });

  it.each([
    ['a wrong password', async (text: string) => openBackup(text, 'not the password'), 'wrong-password'],
    [
      'a flipped byte',
      async (text: string) =>
        openBackup(
          text.replace(/"ciphertext": "(.)/, (_m, c: string) => `"ciphertext": "${c === 'A' ? 'B' : 'A'}`),
          'backup password 123',
        ),
      'wrong-password',
    ],
    ['a truncated file', async (text: string) => openBackup(text.slice(0, text.length / 2), 'backup password 123'), 'corrupt'],
    ['another app’s JSON', async () => openBackup('{"db":{"entries":[]}}', 'x'), 'not-a-backup'],
    ['a text file', async () => openBackup('hello', 'x'), 'not-a-backup'],
    ['a newer version', async (text: string) => openBackup(text.replace('"version": 1', '"version": 9'), 'x'), 'newer-version'],
  ])('refuses %s clearly', async (_name, attempt, code) => {
    expect(await codeOf(attempt(await seal()))).toBe(code);
  });

  it('never fails with anything but BackupError on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        await openBackup(text, 'x').catch((e: unknown) => expect(e).toBeInstanceOf(BackupError));
      }),
      { numRuns: 200 },
    );
  });
});
