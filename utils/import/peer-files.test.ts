import { describe, expect, it } from 'vitest';
import { readImportFile } from '@/utils/import';
import { codeOf, peerFile, referenceEntries } from '@/tests/unit/import-support';
import type { ImportDraft } from '@/utils/import/types';

const reference = referenceEntries();
const ALL = [...reference.keys()];
const secretOf = (issuer: string) => [...reference.values()].find((d) => d.issuer === issuer)!.secret;
const WITHOUT_STEAM = ALL.filter((s) => reference.get(s)!.kind !== 'steam');
const TOTP_ONLY = ALL.filter((s) => reference.get(s)!.kind === 'totp');

/**
 * What each peer file holds, by secret. Several sample files hold fewer than plain.txt's seven accounts
 * (the apps' own test data); the expected sets below are read from the files, not assumed.
 */
const CASES: { file: string; format: string; secrets: string[]; password?: string; adjust?: (ref: ImportDraft) => ImportDraft }[] = [
  { file: 'aegis_plain.json', format: 'Aegis', secrets: ALL },
  { file: 'aegis_encrypted.json', format: 'Aegis (encrypted)', secrets: ALL, password: 'test' },
  // The v4 samples lack the SPDX and Airbnb accounts.
  {
    file: '2fas_authenticator_plain_v4.2fas',
    format: '2FAS (schema 4)',
    secrets: ALL.filter((s) => s !== secretOf('SPDX') && s !== secretOf('Airbnb')),
  },
  {
    file: '2fas_authenticator_encrypted_v4.2fas',
    format: '2FAS (encrypted, schema 4)',
    secrets: ALL.filter((s) => s !== secretOf('SPDX') && s !== secretOf('Airbnb')),
    password: 'test',
  },
  // Schema 1 knows only TOTP SHA-1/6/30: every account, HOTP ones included, comes back as that.
  {
    file: '2fas_authenticator.json',
    format: '2FAS (schema 1)',
    secrets: WITHOUT_STEAM,
    adjust: (ref) => ({ ...ref, kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }),
  },
  { file: 'andotp_plain.json', format: 'andOTP', secrets: ALL },
  { file: 'andotp_encrypted.bin', format: 'andOTP (encrypted)', secrets: ALL, password: 'test' },
  { file: 'bitwarden.json', format: 'Bitwarden (JSON)', secrets: [...TOTP_ONLY, secretOf('Boeing')] },
  { file: 'bitwarden.csv', format: 'Bitwarden (CSV)', secrets: [...TOTP_ONLY, secretOf('Boeing')] },
  { file: 'ente_auth.txt', format: 'Ente Auth', secrets: ALL },
  // FreeOTP+ stores HOTP counters one lower; the importer adds one back, so the imported counter matches plain.txt.
  { file: 'freeotp_plus.json', format: 'FreeOTP+', secrets: WITHOUT_STEAM },
  { file: 'proton_authenticator.json', format: 'Proton Authenticator', secrets: TOTP_ONLY },
  { file: 'stratum_plain.json', format: 'Stratum', secrets: ALL },
  { file: 'steam.json', format: 'Steam (maFile)', secrets: [secretOf('Boeing')] },
];

describe('peer export files', () => {
  it.each(CASES)('$file imports like plain.txt', async ({ file, format, secrets, password, adjust }) => {
    const preview = await readImportFile(peerFile(file), password);
    expect(preview.format).toBe(format);
    expect(preview.failures).toEqual([]);
    expect(preview.entries.map((e) => e.secret).sort()).toEqual([...secrets].sort());
    for (const entry of preview.entries) {
      const ref = reference.get(entry.secret)!;
      const expected = adjust ? adjust(ref) : ref;
      expect({
        secret: entry.secret,
        kind: entry.kind,
        algorithm: entry.algorithm,
        digits: entry.digits,
        period: entry.period,
        counter: entry.counter,
      }).toEqual({
        secret: expected.secret,
        kind: expected.kind,
        algorithm: expected.algorithm,
        digits: expected.digits,
        period: expected.period,
        counter: expected.counter,
      });
      expect(codeOf(entry), `${file} ${entry.issuer}`).toBe(codeOf(expected));
    }
  });

  it('keeps names from the files', async () => {
    const aegis = await readImportFile(peerFile('aegis_plain.json'));
    expect(aegis.entries.map((e) => `${e.issuer}:${e.label}`)).toContain('Air Canada:Benjamin');
    const steam = await readImportFile(peerFile('steam.json'));
    expect(steam.entries[0]).toMatchObject({ issuer: 'Steam', label: 'Sophia', kind: 'steam' });
  });
});
