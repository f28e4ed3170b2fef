import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';

describe('accounts.firstRows', () => {
  async function vaultWith(accounts: ReturnType<typeof sampleAccount>[]) {
    const env = await setup();
    await env.world.vault.create(routerFixtures.PASS);
    for (const account of accounts) await env.world.vault.add(account);
    return env;
  }

  it('gives the top of the popup order for the page, with codes for exactly those rows', async () => {
    const { call, activity } = await vaultWith([
      sampleAccount('plain', { domains: ['plain.example'] }),
      sampleAccount('pinned', { domains: ['pinned.example'], pinned: true }),
      sampleAccount('used', { domains: ['used.example'], lastUsedAt: 5 }),
      sampleAccount('here', { domains: ['github.com'] }),
      sampleAccount('gone', { domains: ['github.com'], deletedAt: Date.now() }),
    ]);
    const reply = await call('accounts.firstRows', { url: 'https://github.com/login', rows: 3 });
    expect(reply).toMatchObject({
      ok: true,
      value: { total: 4, damaged: [], context: { site: 'github.com', boundIds: ['here'], imitated: null } },
    });
    const value = (reply as { value: { accounts: { id: string }[]; codes: { id: string; code: string }[] } }).value;
    expect(value.accounts.map((a) => a.id)).toEqual(['here', 'pinned', 'used']);
    const all = (await call('accounts.codes', {})) as { value: { id: string; code: string }[] };
    const codeOf = new Map(all.value.map((view) => [view.id, view]));
    expect(value.codes).toEqual(['here', 'pinned', 'used'].map((id) => codeOf.get(id)));
    // Opening the popup is activity: the idle lock moves.
    expect(activity()).toBeGreaterThan(0);
  });

  it.each([
    [null, 2, ['pinned', 'plain']],
    ['https://unrelated.org/', 2, ['pinned', 'plain']],
    [null, 0, []],
    [null, -1, []],
    [null, 1.5, []],
  ])('url %s, %s rows', async (url, rows, ids) => {
    const { call } = await vaultWith([sampleAccount('plain', { domains: ['plain.example'] }), sampleAccount('pinned', { pinned: true })]);
    const reply = (await call('accounts.firstRows', { url, rows })) as { ok: true; value: { accounts: { id: string }[]; total: number } };
    expect(reply.value.accounts.map((a) => a.id)).toEqual(ids);
    expect(reply.value.total).toBe(2);
  });

  it('is refused while locked, and to content scripts', async () => {
    const { call, world } = await vaultWith([sampleAccount('a')]);
    expect(await call('accounts.firstRows', { url: null, rows: 5 }, routerFixtures.contentScript('https://example.com'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await world.vault.lock();
    expect(await call('accounts.firstRows', { url: null, rows: 5 })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('accounts.removeDamaged', () => {
  it('a record deleted behind the vault is reported, and the person can remove it; a healthy one cannot be removed this way', async () => {
    const { world, call } = await setup();
    await world.vault.create(routerFixtures.PASS);
    await world.vault.add(sampleAccount('a'));
    await world.vault.add(sampleAccount('b', { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }));
    await (await world.rawDb()).delete('records', 'a');
    // Noticed when the records are next read from disk (here: the next unlock).
    await world.vault.lock();
    await world.vault.unlock(routerFixtures.PASS);
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [{ id: 'b' }], damaged: ['a'] } });
    expect(await call('accounts.removeDamaged', { id: 'b' })).toMatchObject({ ok: false });
    expect(await call('accounts.removeDamaged', { id: 'a' })).toMatchObject({ ok: true, value: { accounts: [{ id: 'b' }], damaged: [] } });
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { damaged: [] } });
  });
});
