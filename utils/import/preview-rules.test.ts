import { describe, expect, it } from 'vitest';
import { parseEnrolmentUri } from '@/utils/accounts/enrolment-uri';
import { accountFromDraft } from '@/utils/accounts/validate-draft';
import { bytesToBase64 } from '@/utils/bytes';
import { readImportFile } from '@/utils/import';

const file = (text: string) => ({ name: 'x', bytes: new TextEncoder().encode(text) });
const GOOD = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const FIVE_BYTES = 'JBSWY3DP';

// Google Authenticator's export: one MigrationPayload with OtpParameters entries (a minimal writer for the test).
const bytes = (field: number, value: Uint8Array) => [(field << 3) | 2, value.length, ...value];
const int = (field: number, value: number) => [field << 3, value];
const entry = (secret: Uint8Array, name: string) =>
  new Uint8Array([...bytes(1, secret), ...bytes(2, new TextEncoder().encode(name)), ...int(4, 1), ...int(5, 1), ...int(6, 2)]);
const migration = (...entries: Uint8Array[]) =>
  `otpauth-migration://offline?data=${encodeURIComponent(bytesToBase64(new Uint8Array(entries.flatMap((e) => bytes(1, e)))))}`;

describe('the import preview applies the store’s rules', () => {
  it('lists a 5-byte secret as skipped with the reason, and offers only what the store accepts', async () => {
    const preview = await readImportFile(file(`otpauth://totp/Short:a?secret=${FIVE_BYTES}\notpauth://totp/Good:b?secret=${GOOD}\n`));
    expect(preview.entries.map((e) => e.issuer)).toEqual(['Good']);
    expect(preview.failures).toEqual([{ name: 'Short: a', reason: expect.stringMatching(/too short/) as unknown }]);
    for (const draft of preview.entries) expect(() => accountFromDraft({ ...draft, domains: [] }, 'id', 0)).not.toThrow();
  });

  it('applies them to every format, e.g. an Aegis entry with a short secret or an overlong name', async () => {
    const aegis = {
      header: { slots: null, params: null },
      db: {
        entries: [
          { type: 'totp', issuer: 'Short', name: 'a', info: { secret: FIVE_BYTES, algo: 'SHA1', digits: 6, period: 30 } },
          { type: 'totp', issuer: 'x'.repeat(300), name: 'b', info: { secret: GOOD, algo: 'SHA1', digits: 6, period: 30 } },
          { type: 'totp', issuer: 'Good', name: 'c', info: { secret: GOOD, algo: 'SHA1', digits: 6, period: 30 } },
        ],
      },
    };
    const preview = await readImportFile(file(JSON.stringify(aegis)));
    expect(preview.entries.map((e) => e.issuer)).toEqual(['Good']);
    expect(preview.failures.map((f) => f.reason)).toEqual([expect.stringMatching(/too short/), expect.stringMatching(/at most 256/)]);
  });

  it('skips one unusable entry of a Google Authenticator batch instead of failing the batch', async () => {
    const uri = migration(entry(new Uint8Array(5), 'Short:a'), entry(new Uint8Array(20).fill(7), 'Good:b'));
    const parsed = parseEnrolmentUri(uri);
    expect(parsed.drafts.map((d) => d.issuer)).toEqual(['Good']);
    expect(parsed.skipped).toEqual([{ name: 'Short: a', reason: expect.stringMatching(/too short/) as unknown }]);
  });

  it('refuses a single link the store would refuse, with the reason', () => {
    expect(() => parseEnrolmentUri(`otpauth://totp/Short:a?secret=${FIVE_BYTES}`)).toThrow(/too short/);
  });
});
