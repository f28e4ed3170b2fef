import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';
import { UNDO_WINDOW_MS } from '@/utils/background/live-accounts';

const { contentScript, PASS } = routerFixtures;

async function withAccount() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('a', { domains: ['example.com'] }));
  return env;
}

describe('backup codes', () => {
  it('replaces the set (normalised, de-duplicated), reveals it to extension pages, counts what is left', async () => {
    const { call, recheckNow } = await withAccount();
    expect(await call('backup.replace', { id: 'a', codes: [' abcd-1234 ', 'efgh-5678', 'abcd-1234'] })).toMatchObject({
      ok: true,
      value: { backupCodesLeft: 2, backupCodesTotal: 2 },
    });
    expect(await call('backup.reveal', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    await recheckNow();
    expect(await call('backup.reveal', { id: 'a' })).toEqual({
      ok: true,
      value: [
        { code: 'abcd-1234', used: false },
        { code: 'efgh-5678', used: false },
      ],
    });
    expect(await call('backup.mark', { id: 'a', code: 'abcd-1234', used: true })).toMatchObject({
      ok: true,
      value: { backupCodesLeft: 1 },
    });
    expect(await call('backup.mark', { id: 'a', code: 'nope-0000', used: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('backup.replace', { id: 'a', codes: ['new1-2345'] })).toMatchObject({
      ok: true,
      value: { backupCodesLeft: 1, backupCodesTotal: 1 },
    });
    expect(JSON.stringify(await call('accounts.list', {}))).not.toContain('new1-2345');
  });

  it('hands a recovery field the next unused code of its own site only when a person asked, marks it used, and can run out', async () => {
    const { call, personAsks } = await withAccount();
    await call('backup.replace', { id: 'a', codes: ['abcd-1234', 'efgh-5678'] });
    const site = contentScript('https://login.example.com');
    // A content script asking by itself (a compromised page renderer) gets nothing, however often it asks.
    for (let i = 0; i < 3; i++)
      expect(await call('content.backupCode', {}, site)).toEqual({ ok: true, value: { status: 'not-requested' } });
    await personAsks('recovery');
    expect(await call('content.backupCode', {}, contentScript('https://example.com.evil.tld'))).toEqual({
      ok: true,
      value: { status: 'no-account' },
    });
    await personAsks('recovery');
    expect(await call('content.backupCode', {}, site)).toEqual({
      ok: true,
      value: { status: 'code', code: 'abcd-1234', accountId: 'a', left: 1 },
    });
    // One press, one code.
    expect(await call('content.backupCode', {}, site)).toEqual({ ok: true, value: { status: 'not-requested' } });
    // A TOTP fill does not permit a backup code.
    await personAsks('totp');
    expect(await call('content.backupCode', {}, site)).toEqual({ ok: true, value: { status: 'not-requested' } });
    await personAsks('recovery');
    expect(await call('content.backupCode', {}, site)).toEqual({
      ok: true,
      value: { status: 'code', code: 'efgh-5678', accountId: 'a', left: 0 },
    });
    await personAsks('recovery');
    expect(await call('content.backupCode', {}, site)).toEqual({ ok: true, value: { status: 'none-left' } });
    // Undo from the popup brings a code back.
    await call('backup.mark', { id: 'a', code: 'efgh-5678', used: false });
    await personAsks('recovery', 'a');
    expect(await call('content.backupCode', {}, site)).toMatchObject({ ok: true, value: { code: 'efgh-5678' } });
  });

  it('reports which code fields a tab shows, and passes the wanted kind on to the frames', async () => {
    const { call, setProbeReports, fillCommands, setFrameReports } = await withAccount();
    setProbeReports([{ totp: false, recovery: false }, null, { totp: false, recovery: true }]);
    expect(await call('tab.probe', { tabId: 3 })).toEqual({ ok: true, value: { totp: false, recovery: true } });
    setFrameReports([{ filled: true, backupCode: { accountId: 'a', code: 'abcd-1234', left: 9 } }]);
    expect(await call('accounts.fill', { id: 'a', tabId: 3, want: 'recovery' })).toEqual({
      ok: true,
      value: { filled: 1, reason: null, backupCode: { accountId: 'a', code: 'abcd-1234', left: 9 } },
    });
    expect(fillCommands.at(-1)?.command).toEqual({ type: 'tessera.fill', accountId: 'a', target: 'any', want: 'recovery' });
  });
});

describe('account lifecycle', () => {
  it('deletes with an undo window, then purges', async () => {
    const { call, world } = await withAccount();
    await call('accounts.remove', { id: 'a' });
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [] } });
    expect(await call('content.code', {}, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'no-account' },
    });
    expect(await call('accounts.undoRemove', { id: 'a' })).toMatchObject({ ok: true, value: { id: 'a' } });
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [{ id: 'a' }] } });

    await call('accounts.remove', { id: 'a' });
    world.clock.now += UNDO_WINDOW_MS + 1;
    expect(await call('accounts.undoRemove', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await call('accounts.list', {});
    expect(await (await world.rawDb()).get('records', 'a')).toBeUndefined();
  });

  it('pins, reorders, records use, and edits code parameters with checks', async () => {
    const { call, world } = await withAccount();
    await world.vault.add(sampleAccount('b', { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }));
    await world.vault.add(sampleAccount('c', { secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF' }));
    expect(await call('accounts.setPinned', { id: 'c', pinned: true })).toMatchObject({ ok: true, value: { pinned: true } });
    await call('accounts.reorder', { ids: ['c', 'a'] });
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [{ id: 'c' }, { id: 'a' }, { id: 'b' }] } });
    expect((await world.restartWorker().list()).accounts.map((a) => a.id)).toEqual(['c', 'a', 'b']);
    await call('accounts.touch', { id: 'b' });
    expect(await call('accounts.list', {})).toMatchObject({
      ok: true,
      value: { accounts: [{}, {}, { id: 'b', lastUsedAt: world.clock.now }] },
    });
    expect(await call('accounts.update', { id: 'a', edit: { digits: 8, period: 60, algorithm: 'SHA256' } })).toMatchObject({
      ok: true,
      value: { digits: 8, period: 60, algorithm: 'SHA256' },
    });
    expect(await call('accounts.update', { id: 'a', edit: { digits: 9 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('accounts.update', { id: 'a', edit: { period: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
