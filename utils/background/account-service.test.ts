import { RecheckGrace } from '@/utils/background/recheck-grace';
import { createFillPermits } from '@/utils/background/fill-permits';
import { describe, expect, it } from 'vitest';
import { syncServiceWithoutServer } from '@/tests/unit/sync-world';
import { makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import { createAccountService } from '@/utils/background/account-service';
import type { RequestScope } from '@/utils/background/context';
import { UNDO_WINDOW_MS } from '@/utils/background/live-accounts';
import type { FillCommand, FillReport } from '@/utils/messaging/protocol';
import { RequestError } from '@/utils/messaging/errors';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { totpCode } from '@/utils/otp/otp';
import { decodeBase32 } from '@/utils/otp/base32';

const PASS = 'correct horse battery staple';
const HOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

async function serviceWith(accounts: ReturnType<typeof sampleAccount>[], frameReports: (FillReport | null)[] = []) {
  const world = makeVaultWorld();
  await world.vault.create(PASS);
  for (const account of accounts) await world.vault.add(account);
  const sent: { tabId: number; command: FillCommand }[] = [];
  const scope: RequestScope = {
    vault: world.vault,
    now: () => world.clock.now,
    newId: () => 'new-id',
    settings: { get: async () => DEFAULT_SETTINGS, set: async () => undefined },
    policy: async () => ({}),
    noteActivity: async () => undefined,
    clipboard: { clearLater: async () => undefined },
    permits: createFillPermits(() => world.clock.now),
    recheck: new RecheckGrace({ getValue: async () => null, setValue: async () => undefined }, () => world.clock.now),
    sync: syncServiceWithoutServer(world.vault, () => world.clock.now),
    tabs: {
      fillAllFrames: async (tabId, command) => {
        sent.push({ tabId, command });
        return frameReports;
      },
      probeAllFrames: async () => [],
      injectDetector: async () => undefined,
      url: async () => null,
    },
    sender: { kind: 'extension-page' },
  };
  return { world, accounts: createAccountService(scope), sent };
}

const hotp = (id: string, counter: number) =>
  sampleAccount(id, { secret: HOTP_SECRET, otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter } });

describe('account service', () => {
  it('changes a live account and answers its summary, never the secret; a deleted one is not found', async () => {
    const { accounts, world } = await serviceWith([sampleAccount('a'), sampleAccount('gone', { deletedAt: Date.now() })]);
    const summary = await accounts.change('a', (account) => ({ ...account, pinned: true }));
    expect(summary).toMatchObject({ id: 'a', pinned: true });
    expect(JSON.stringify(summary)).not.toContain('JBSWY3DPEHPK3PXP');
    expect((await world.restartWorker().get('a')).pinned).toBe(true);
    await expect(accounts.change('gone', (account) => account)).rejects.toMatchObject({ code: 'not-found' });
    expect((await accounts.live()).accounts.map((account) => account.id)).toEqual(['a']);
  });

  it('spends HOTP counter steps, each written before its code (RFC 4226 vectors), and refuses other kinds', async () => {
    const { accounts, world } = await serviceWith([hotp('h', 0), sampleAccount('t')]);
    expect(await accounts.spendHotp('h')).toEqual({ code: '755224', counter: 0 });
    expect(await accounts.codeNow(await accounts.one('h'))).toBe('287082');
    expect((await world.restartWorker().get('h')).otp).toMatchObject({ counter: 2 });
    const refusal = await accounts.spendHotp('t').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RequestError);
    expect(refusal).toMatchObject({ code: 'invalid-input' });
  });

  it('gives the current time-based code without writing anything', async () => {
    const { accounts, world } = await serviceWith([sampleAccount('t')]);
    const before = (await world.vault.get('t')).updatedAt;
    const expected = totpCode(decodeBase32('JBSWY3DPEHPK3PXP'), { algorithm: 'SHA1', digits: 6, period: 30 }, world.clock.now);
    expect(await accounts.codeNow(await accounts.one('t'))).toBe(expected);
    expect((await world.vault.get('t')).updatedAt).toBe(before);
  });

  it('hands out backup codes in order, marking each used, until none is left', async () => {
    const backupCodes = [
      { code: 'aaaa-1111', used: true },
      { code: 'bbbb-2222', used: false },
    ];
    const { accounts, world } = await serviceWith([sampleAccount('a', { backupCodes })]);
    expect(await accounts.handOutBackupCode('a')).toEqual({ code: 'bbbb-2222', left: 0 });
    expect((await world.vault.get('a')).backupCodes).toEqual([backupCodes[0], { code: 'bbbb-2222', used: true, usedAt: world.clock.now }]);
    expect(await accounts.handOutBackupCode('a')).toBeNull();
  });

  it('restores a deleted account within the undo window only', async () => {
    const { accounts, world } = await serviceWith([sampleAccount('a')]);
    await accounts.change('a', (account) => ({ ...account, deletedAt: world.clock.now }));
    expect(await accounts.restore('a')).toMatchObject({ id: 'a' });
    expect((await world.vault.get('a')).deletedAt).toBeUndefined();
    await accounts.change('a', (account) => ({ ...account, deletedAt: world.clock.now }));
    world.clock.now += UNDO_WINDOW_MS + 1;
    await expect(accounts.restore('a')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('fills a tab by asking its frames with no code in the command, and sums up their answers', async () => {
    const { accounts, sent } = await serviceWith([sampleAccount('a')], [{ filled: false, reason: 'locked' }, { filled: true }]);
    expect(await accounts.fillTab(4, 'a', 'recovery')).toEqual({ filled: 1, reason: null, backupCode: null });
    expect(sent).toEqual([{ tabId: 4, command: { type: 'tessera.fill', accountId: 'a', target: 'any', want: 'recovery' } }]);
    await expect(accounts.fillTab(4, 'nobody', 'totp')).rejects.toMatchObject({ code: 'not-found' });
    await expect(accounts.fillTab(Number.NaN, null, 'totp')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(sent).toHaveLength(1);
  });
});
