import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';

const { PASS } = routerFixtures;
const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

async function unlockedWithUnbound() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('free', { issuer: 'Acme', domains: [] }));
  await env.world.vault.add(sampleAccount('bank', { issuer: 'Bank', domains: ['mybank.com'], secret: OTHER_SECRET }));
  env.setFrameReports([{ filled: true, reason: null, backupCode: null } as never]);
  return env;
}

describe('bind on first use (accounts.bindToPage)', () => {
  it("binds an unbound account to the registrable domain of the tab's page and fills it there", async () => {
    const { call, setTabUrl, fillCommands, world } = await unlockedWithUnbound();
    setTabUrl(7, 'https://login.acme.co.uk/2fa?next=/');
    const reply = await call('accounts.bindToPage', { id: 'free', tabId: 7 });
    expect(reply).toMatchObject({ ok: true, value: { account: { id: 'free', domains: ['acme.co.uk'] }, fill: { filled: 1 } } });
    expect((await world.vault.get('free')).domains).toEqual(['acme.co.uk']);
    // The fill is the person's own request: one command to the tab, for this account.
    expect(fillCommands).toEqual([
      { tabId: 7, command: expect.objectContaining({ type: 'tessera.fill', accountId: 'free', want: 'totp' }) },
    ]);
  });

  it('reads the site from the tab, never from the payload', async () => {
    const { call, setTabUrl, world } = await unlockedWithUnbound();
    setTabUrl(7, 'https://acme.example/verify');
    const reply = await call('accounts.bindToPage', { id: 'free', tabId: 7, url: 'https://evil.example', site: 'evil.example' } as object);
    expect(reply).toMatchObject({ ok: true, value: { account: { domains: ['acme.example'] } } });
    expect((await world.vault.get('free')).domains).toEqual(['acme.example']);
  });

  it('refuses a page that imitates a site another account is bound to, and binds nothing', async () => {
    const { call, setTabUrl, fillCommands, world } = await unlockedWithUnbound();
    for (const url of ['https://mybank.com.login-check.example/', 'https://rnybank.com/', 'https://mybank-secure.com/']) {
      setTabUrl(7, url);
      expect(await call('accounts.bindToPage', { id: 'free', tabId: 7 })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: /looks like mybank\.com/ },
      });
    }
    expect((await world.vault.get('free')).domains).toEqual([]);
    expect(fillCommands).toEqual([]);
  });

  it('does not rebind an account that already has a site', async () => {
    const { call, setTabUrl, fillCommands, world } = await unlockedWithUnbound();
    setTabUrl(7, 'https://elsewhere.example/');
    expect(await call('accounts.bindToPage', { id: 'bank', tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: /already bound to mybank\.com/ },
    });
    expect((await world.vault.get('bank')).domains).toEqual(['mybank.com']);
    expect(fillCommands).toEqual([]);
  });

  it('refuses a tab that is gone or shows no website', async () => {
    const { call, setTabUrl, world } = await unlockedWithUnbound();
    expect(await call('accounts.bindToPage', { id: 'free', tabId: 99 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    for (const url of ['chrome://settings/', 'http://acme.example/', 'file:///tmp/x.html']) {
      setTabUrl(7, url);
      expect(await call('accounts.bindToPage', { id: 'free', tabId: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await world.vault.get('free')).domains).toEqual([]);
  });

  it('answers locked while the vault is locked', async () => {
    const { call, setTabUrl, world } = await unlockedWithUnbound();
    await world.vault.lock();
    setTabUrl(7, 'https://acme.example/');
    expect(await call('accounts.bindToPage', { id: 'free', tabId: 7 })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('sites of imported accounts', () => {
  const draft = {
    issuer: 'GitHub',
    label: 'alice',
    secret: 'JBSWY3DPEHPK3PXP',
    kind: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  };

  it('stores the sites confirmed in the preview, held to the binding rules', async () => {
    const { call } = await setup();
    await call('vault.create', { passphrase: PASS });
    expect(
      await call('accounts.import', {
        drafts: [
          { ...draft, domains: ['GitHub.com'] },
          { ...draft, issuer: 'X', secret: OTHER_SECRET },
        ],
      }),
    ).toMatchObject({
      ok: true,
      value: {
        added: [
          { issuer: 'GitHub', domains: ['github.com'] },
          { issuer: 'X', domains: [] },
        ],
      },
    });
    expect(
      await call('accounts.import', { drafts: [{ ...draft, secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', domains: ['co.uk'] }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it("binds a Google Authenticator export read from a page by each issuer's known site, not the page's", async () => {
    const { call } = await setup();
    await call('vault.create', { passphrase: PASS });
    const entry = (name: string, issuer: string) => {
      const enc = new TextEncoder();
      const secret = enc.encode(`${name}-secret-0123456789`.slice(0, 20));
      const [n, i] = [enc.encode(name), enc.encode(issuer)];
      return [0x0a, secret.length, ...secret, 0x12, n.length, ...n, 0x1a, i.length, ...i, 0x20, 1, 0x28, 1, 0x30, 2];
    };
    const [e1, e2] = [entry('one', 'GitHub'), entry('two', 'Acme')];
    const payload = new Uint8Array([0x0a, e1.length, ...e1, 0x0a, e2.length, ...e2, 0x10, 1, 0x18, 1, 0x20, 0]);
    const uri = `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...payload)))}`;
    expect(await call('accounts.addFromUri', { uri, domains: ['page.example'] })).toMatchObject({
      ok: true,
      value: {
        added: [
          { issuer: 'GitHub', domains: ['github.com'] },
          { issuer: 'Acme', domains: [] },
        ],
      },
    });
    // A single account's QR code on its own setup page is still bound to that page.
    expect(
      await call('accounts.addFromUri', { uri: `otpauth://totp/Shop:me?secret=${OTHER_SECRET}`, domains: ['shop.example'] }),
    ).toMatchObject({
      ok: true,
      value: { added: [{ issuer: 'Shop', domains: ['shop.example'] }] },
    });
  });
});
