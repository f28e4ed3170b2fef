import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';

const { contentScript, PASS } = routerFixtures;

async function unlocked() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('a', { domains: ['example.com'] }));
  return env;
}

describe('vault activity, as declared', () => {
  it('is not noted for requests that only read status, settings or codes', async () => {
    const { call, activity } = await unlocked();
    for (const type of ['vault.status', 'settings.get', 'policy.get', 'keys.info', 'accounts.codes', 'tab.probe'] as const) {
      expect(await call(type, { tabId: 1 }), type).toMatchObject({ ok: true });
    }
    expect(activity()).toBe(0);
  });

  it('is noted once per successful request that uses the vault, and not for a refused one', async () => {
    const { call, activity } = await unlocked();
    expect(await call('accounts.touch', { id: 'a' })).toMatchObject({ ok: true });
    expect(activity()).toBe(1);
    expect(await call('accounts.touch', { id: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('accounts.touch', { id: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(activity()).toBe(1);
  });

  it("never counts a page's requests: auto-lock counts a person's actions only", async () => {
    const { call, activity, personAsks } = await unlocked();
    expect(await call('content.code', {}, contentScript('https://example.com'))).toMatchObject({ ok: true, value: { status: 'code' } });
    expect(await call('content.code', {}, contentScript('https://unbound.net'))).toMatchObject({
      ok: true,
      value: { status: 'no-account' },
    });
    expect(await call('content.backupCode', {}, contentScript('https://example.com'))).toMatchObject({
      ok: true,
      value: { status: 'not-requested' },
    });
    expect(activity()).toBe(0);
    // The person's Fill is what counts, once; the code request it leads to does not count again.
    await personAsks();
    expect(activity()).toBe(1);
    expect(await call('content.code', {}, contentScript('https://example.com'))).toMatchObject({ ok: true, value: { status: 'code' } });
    expect(activity()).toBe(1);
  });

  it("does not hold back the popup's first answers while the idle lock is moved", async () => {
    const { call, activity, holdActivity } = await unlocked();
    holdActivity();
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [{ id: 'a' }] } });
    expect(await call('accounts.firstRows', { url: null, rows: 5 })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(activity()).toBe(2);
  });
});

describe('content.loadDetector', () => {
  it("loads detection's word lists into exactly the frame that asked, locked or not, and counts as no activity", async () => {
    const { call, activity, detectorInjections, world } = await unlocked();
    await world.vault.lock();
    expect(await call('content.loadDetector', { tabId: 99, frameId: 42 }, contentScript('https://example.com', 3))).toEqual({
      ok: true,
      value: null,
    });
    expect(detectorInjections).toEqual([{ tabId: 7, frameId: 3 }]);
    expect(activity()).toBe(0);
  });
});
