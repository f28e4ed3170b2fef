import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';
import { siteContextOf } from '@/utils/background/site-handlers';

const accounts = [
  sampleAccount('github', { domains: ['github.com'] }),
  sampleAccount('login', { domains: ['login.example.com'] }),
  sampleAccount('pages', { domains: ['alice.github.io'] }),
  sampleAccount('local', { domains: ['localhost'] }),
  sampleAccount('none', { domains: [] }),
];

describe('siteContextOf', () => {
  it.each([
    ['https://gist.github.com/x', { site: 'github.com', boundIds: ['github'], imitated: null }],
    ['https://login.example.com/2fa', { site: 'example.com', boundIds: ['login'], imitated: null }],
    // A binding narrowed to one host does not cover its siblings.
    ['https://www.example.com/', { site: 'example.com', boundIds: [], imitated: null }],
    ['https://alice.github.io/', { site: 'alice.github.io', boundIds: ['pages'], imitated: null }],
    ['https://bob.github.io/', { site: 'bob.github.io', boundIds: [], imitated: null }],
    ['https://github.com.evil.tld/login', { site: 'evil.tld', boundIds: [], imitated: 'github.com' }],
    ['https://githbu.com/', { site: 'githbu.com', boundIds: [], imitated: 'github.com' }],
    ['http://localhost:8080/verify', { site: 'localhost', boundIds: ['local'], imitated: null }],
    // Plain http on the open web is never filled, so nothing is "bound here" either.
    ['http://github.com/', { site: 'github.com', boundIds: [], imitated: null }],
    ['https://unrelated.org/', { site: 'unrelated.org', boundIds: [], imitated: null }],
    ['chrome://extensions/', { site: null, boundIds: [], imitated: null }],
    ['not a url', { site: null, boundIds: [], imitated: null }],
  ])('%s', (url, expected) => {
    expect(siteContextOf(url, accounts)).toEqual(expected);
  });
});

describe('tab.site', () => {
  it('answers extension pages while unlocked, leaving deleted accounts out', async () => {
    const { call, world } = await setup();
    expect(await call('tab.site', { url: 'https://github.com/' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    await world.vault.create(routerFixtures.PASS);
    await world.vault.add(sampleAccount('github', { domains: ['github.com'] }));
    await world.vault.add(sampleAccount('gone', { domains: ['github.com'], deletedAt: Date.now() }));
    expect(await call('tab.site', { url: 'https://github.com/' })).toEqual({
      ok: true,
      value: { site: 'github.com', boundIds: ['github'], imitated: null },
    });
    expect(await call('tab.site', { url: 'https://github.com/' }, routerFixtures.contentScript('https://github.com'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('tab.site', { url: 42 as unknown as string })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
