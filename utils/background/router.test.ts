import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';
import { malformedPayloads } from '@/tests/unit/malformed-payloads';
import { CONTENT_SCRIPT_REQUESTS, declarationOf, REQUEST_TYPES } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { totpCode } from '@/utils/otp/otp';
import { decodeBase32 } from '@/utils/otp/base32';

const { POPUP, contentScript, PASS } = routerFixtures;

describe('background router', () => {
  it('refuses every request from another extension or a web page', async () => {
    const { call } = await setup();
    for (const sender of [{ id: 'other-extension', url: 'chrome-extension://other/x.html' }, { url: 'https://evil.example/' }]) {
      expect(await call('vault.status', {}, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it.each(REQUEST_TYPES.filter((type) => !CONTENT_SCRIPT_REQUESTS.has(type)))(
    'refuses %s to a content script, even on a bound site with the vault unlocked',
    async (type) => {
      const { world, call } = await setup();
      await world.vault.create(PASS);
      await world.vault.add(sampleAccount('a', { domains: ['example.com'] }));
      const reply = await call(type, { id: 'a', passphrase: PASS }, contentScript('https://example.com'));
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(JSON.stringify(reply)).not.toContain('JBSWY3DPEHPK3PXP');
      expect(await world.vault.state()).toBe('unlocked');
    },
  );

  it('refuses the content-script request to extension pages', async () => {
    const { call } = await setup();
    expect(await call('content.code', {}, POPUP)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives a content script the code of the account bound to its own frame origin only', async () => {
    const { world, call, personAsks } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('mine', { domains: ['example.com'] }));
    await world.vault.add(sampleAccount('other', { domains: ['other.org'], secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }));
    const expected = totpCode(decodeBase32('JBSWY3DPEHPK3PXP'), { algorithm: 'SHA1', digits: 6, period: 30 }, world.clock.now);

    // The payload tries to name another origin and another site's account; only the sender's frame origin counts.
    const reply = await call(
      'content.code',
      { trigger: 'auto', origin: 'https://other.org' } as object,
      contentScript('https://login.example.com', 3),
    );
    expect(reply).toEqual({ ok: true, value: { status: 'code', code: expected, accountId: 'mine', autoSubmit: false } });
    // Even when the person chose the other site's account in the popup, this frame does not get its code.
    await personAsks('totp', 'other');
    expect(
      await call(
        'content.code',
        { trigger: 'user', accountId: 'other', origin: 'https://other.org' } as object,
        contentScript('https://login.example.com'),
      ),
    ).toEqual({
      ok: true,
      value: { status: 'no-account' },
    });

    for (const origin of ['https://example.com.evil.tld', 'https://examp1e.com', 'http://example.com', 'https://unbound.net']) {
      expect(await call('content.code', { trigger: 'user' }, contentScript(origin))).toEqual({ ok: true, value: { status: 'no-account' } });
    }
  });

  it('tells a content script the vault is locked without revealing anything else', async () => {
    const { world, call } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('mine', { domains: ['example.com'] }));
    await world.vault.lock();
    expect(await call('content.code', {}, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'locked' },
    });
  });

  it('does not pick between several accounts bound to one site', async () => {
    const { world, call, personAsks } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    await world.vault.add(sampleAccount('b'));
    expect(await call('content.code', {}, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'several-accounts', count: 2 },
    });
    // Naming an account in the payload chooses nothing: only the person does, in the popup.
    expect(await call('content.code', { trigger: 'user', accountId: 'b' }, contentScript('https://example.com'))).toMatchObject({
      ok: true,
      value: { status: 'several-accounts' },
    });
    // The person picks one in the popup: that account's code, and only on its own site.
    await personAsks('totp', 'b');
    expect(await call('content.code', {}, contentScript('https://example.com'))).toMatchObject({
      ok: true,
      value: { status: 'code', accountId: 'b' },
    });
  });

  it('fills automatically only when the setting is on, and never spends HOTP codes by itself', async () => {
    const { world, call, setSettings, personAsks } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('t', { domains: ['example.com'] }));
    await world.vault.add(
      sampleAccount('h', {
        domains: ['bank.example'],
        otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 0 },
        secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      }),
    );
    setSettings({ autoFill: false, autoSubmit: true });
    expect(await call('content.code', {}, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });
    // A page that claims the person asked gets nothing more.
    expect(await call('content.code', { trigger: 'user' }, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });
    await personAsks();
    expect(await call('content.code', {}, contentScript('https://example.com'))).toMatchObject({
      ok: true,
      value: { status: 'code', autoSubmit: true },
    });
    // One press, one code: the permit is spent.
    expect(await call('content.code', {}, contentScript('https://example.com'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });
    setSettings({ autoFill: true });
    expect(await call('content.code', {}, contentScript('https://bank.example'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });
    expect(await call('content.code', { trigger: 'user' }, contentScript('https://bank.example'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });
    await personAsks();
    expect(await call('content.code', {}, contentScript('https://bank.example'))).toMatchObject({
      ok: true,
      value: { status: 'code', code: '755224' },
    });
    await personAsks();
    expect(await call('content.code', {}, contentScript('https://bank.example'))).toMatchObject({
      ok: true,
      value: { status: 'code', code: '287082' },
    });
    expect((await world.restartWorker().get('h')).otp).toMatchObject({ counter: 2 });
  });

  it('asks every frame of the tab to fill, sending no code, and sums up their answers', async () => {
    const { world, call, fillCommands, setFrameReports } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    setFrameReports([{ filled: false, reason: 'no-field' }, { filled: true }, null]);
    expect(await call('accounts.fill', { id: 'a', tabId: 12 })).toEqual({ ok: true, value: { filled: 1, reason: null, backupCode: null } });
    expect(fillCommands).toEqual([{ tabId: 12, command: { type: 'tessera.fill', accountId: 'a', target: 'any', want: 'totp' } }]);
    expect(JSON.stringify(fillCommands)).not.toMatch(/\d{6}|JBSWY/);
    setFrameReports([{ filled: false, reason: 'no-field' }, { filled: false, reason: 'no-account' }, null]);
    expect(await call('accounts.fill', { id: null, tabId: 12 })).toEqual({
      ok: true,
      value: { filled: 0, reason: 'no-account', backupCode: null },
    });
    expect(await call('accounts.fill', { id: 'gone', tabId: 12 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('runs the popup journey: create, add by hand and by link, list without secrets, codes, lock', async () => {
    const { call, world, activity } = await setup();
    expect(await call('vault.status', {})).toEqual({ ok: true, value: { state: 'not-created', retryAfterMs: 0 } });
    expect(await call('vault.create', { passphrase: 'too short' })).toMatchObject({ ok: false, error: { code: 'weak-passphrase' } });
    expect(await call('vault.create', { passphrase: PASS })).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    const draft = {
      issuer: ' Example ',
      label: 'alice',
      secret: 'jbsw y3dp ehpk 3pxp====',
      kind: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      domains: ['Example.com'],
    };
    expect(await call('accounts.add', { draft })).toMatchObject({
      ok: true,
      value: { added: [{ id: 'id-1', issuer: 'Example', domains: ['example.com'] }] },
    });
    expect(await call('accounts.add', { draft: { ...draft, secret: 'JBSW1' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/"1"/) },
    });
    expect(
      await call('accounts.addFromUri', {
        uri: 'otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0',
        domains: ['bank.example'],
      }),
    ).toMatchObject({ ok: true, value: { added: [{ kind: 'hotp', counter: 0 }] } });
    expect(await call('accounts.addFromUri', { uri: 'otpauth://totp/x?secret=', domains: [] })).toMatchObject({
      ok: false,
      error: { message: 'The link has no secret.' },
    });

    const list = await call('accounts.list', {});
    expect(list).toMatchObject({ ok: true, value: { accounts: [{ id: 'id-1' }, { id: 'id-3' }], damaged: [] } });
    expect(JSON.stringify(list)).not.toMatch(/JBSWY3DPEHPK3PXP|GEZDGNBV/);

    const codes = await call('accounts.codes', {});
    const expected = totpCode(decodeBase32('JBSWY3DPEHPK3PXP'), { algorithm: 'SHA1', digits: 6, period: 30 }, world.clock.now);
    expect(codes).toMatchObject({
      ok: true,
      value: [
        { id: 'id-1', code: expected, period: 30 },
        { id: 'id-3', code: null },
      ],
    });

    expect(await call('accounts.nextHotp', { id: 'id-3' })).toEqual({ ok: true, value: { code: '755224', counter: 0 } });
    expect(await call('accounts.nextHotp', { id: 'id-3' })).toEqual({ ok: true, value: { code: '287082', counter: 1 } });
    expect(await world.restartBrowser().state()).toBe('locked');
    expect(activity()).toBeGreaterThan(0);

    expect(await call('accounts.update', { id: 'id-1', edit: { domains: ['login.example.com'] } })).toMatchObject({
      ok: true,
      value: { domains: ['login.example.com'] },
    });
    expect(await call('accounts.update', { id: 'id-1', edit: { domains: ['co.uk'] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('vault.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await call('accounts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/locked/) },
    });
  });

  it('never stores a secret twice: reports the duplicate, or updates the stored account when asked', async () => {
    const { call } = await setup();
    await call('vault.create', { passphrase: PASS });
    const uri = 'otpauth://totp/Old:me?secret=JBSWY3DPEHPK3PXP&issuer=Old';
    expect(await call('accounts.addFromUri', { uri, domains: ['example.com'] })).toMatchObject({
      ok: true,
      value: { added: [{ issuer: 'Old' }] },
    });
    const again = 'otpauth://totp/New:me2?secret=jbswy3dpehpk3pxp&issuer=New&digits=8';
    expect(await call('accounts.addFromUri', { uri: again, domains: ['example.org'] })).toEqual({
      ok: true,
      value: {
        added: [],
        updated: [],
        skipped: [],
        duplicates: [{ existing: expect.objectContaining({ issuer: 'Old' }), issuer: 'New', label: 'me2' }],
      },
    });
    expect(await call('accounts.addFromUri', { uri: again, domains: ['example.org'], updateExisting: true })).toMatchObject({
      ok: true,
      value: { added: [], updated: [{ issuer: 'New', label: 'me2', digits: 8, domains: ['example.com', 'example.org'] }] },
    });
    expect(await call('accounts.list', {})).toMatchObject({ ok: true, value: { accounts: [{ issuer: 'New' }] } });
  });

  it('imports every account of a Google Authenticator export and saves nothing from a malformed link', async () => {
    const { call } = await setup();
    await call('vault.create', { passphrase: PASS });
    // Two TOTP entries ("A:one" SHA1/6 and "B:two" SHA256/8) built with the protobuf layout of MigrationPayload.
    const entry = (name: string, issuer: string, algorithm: number, digits: number) => {
      const enc = new TextEncoder();
      const secret = enc.encode(`${name}-secret-0123456789`.slice(0, 20));
      const n = enc.encode(name);
      const i = enc.encode(issuer);
      return [0x0a, secret.length, ...secret, 0x12, n.length, ...n, 0x1a, i.length, ...i, 0x20, algorithm, 0x28, digits, 0x30, 2];
    };
    const e1 = entry('one', 'A', 1, 1);
    const e2 = entry('two', 'B', 2, 2);
    const payload = new Uint8Array([0x0a, e1.length, ...e1, 0x0a, e2.length, ...e2, 0x10, 1, 0x18, 1, 0x20, 0]);
    const uri = `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...payload)))}`;
    expect(await call('accounts.addFromUri', { uri, domains: [] })).toMatchObject({
      ok: true,
      value: {
        added: [
          { issuer: 'A', label: 'one', digits: 6 },
          { issuer: 'B', label: 'two', algorithm: 'SHA256', digits: 8 },
        ],
        duplicates: [],
        skipped: [],
      },
    });
    // Scanning the same export again adds nothing.
    expect(await call('accounts.addFromUri', { uri, domains: [] })).toMatchObject({
      ok: true,
      value: { added: [], duplicates: [{ issuer: 'A' }, { issuer: 'B' }] },
    });

    for (const bad of [
      'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5',
      'otpauth://totp/x?secret=0000',
      'otpauth-migration://offline?data=CgU',
    ]) {
      expect(await call('accounts.addFromUri', { uri: bad, domains: [] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const list = await call('accounts.list', {});
    expect(list).toMatchObject({ ok: true, value: { accounts: [{ issuer: 'A' }, { issuer: 'B' }] } });
    expect((list as { value: { accounts: unknown[] } }).value.accounts).toHaveLength(2);
  });

  it('persists HOTP counters so a restarted worker never repeats a code', async () => {
    const { world, call } = await setup();
    await call('vault.create', { passphrase: PASS });
    await call('accounts.addFromUri', { uri: 'otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=5', domains: [] });
    expect(await call('accounts.nextHotp', { id: 'id-1' })).toMatchObject({ ok: true, value: { code: '254676', counter: 5 } });
    const restarted = world.restartWorker();
    expect((await restarted.get('id-1')).otp).toMatchObject({ counter: 6 });
  });

  it('validates settings', async () => {
    const { call } = await setup();
    expect(await call('settings.get', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(await call('settings.set', { settings: { autoLockMinutes: 5, theme: 'dark' } })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, autoLockMinutes: 5, theme: 'dark' },
    });
    expect(await call('settings.set', { settings: { theme: 'purple' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('settings.set', { settings: { language: 'ka', clipboardClearSeconds: 0 } })).toMatchObject({
      ok: true,
      value: { language: 'ka', clipboardClearSeconds: 0 },
    });
    expect(await call('settings.set', { settings: { autoFill: 'yes' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('settings.set', { settings: { autoLockMinutes: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([...CONTENT_SCRIPT_REQUESTS])('refuses %s to extension pages', async (type) => {
    const { call } = await setup();
    expect(await call(type, { trigger: 'user' }, POPUP)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each(REQUEST_TYPES)('refuses %s with any malformed payload its declaration describes, naming the field', async (type) => {
    const { world, call, activity } = await setup();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a', { domains: ['example.com'] }));
    const { payload } = declarationOf(type);
    expect(payload.check(payload.example, '')).toBeNull();
    const cases = malformedPayloads(payload);
    if (Object.keys(payload.fields ?? {}).length > 0) expect(cases.length).toBeGreaterThan(0);
    const sender = CONTENT_SCRIPT_REQUESTS.has(type) ? contentScript('https://example.com') : POPUP;
    for (const { why, field, payload: bad } of cases) {
      const reply = await call(type, bad as object, sender);
      expect(reply, why).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect((reply as { error: { message: string } }).error.message, why).toContain(`"${field}"`);
    }
    expect(activity()).toBe(0);
    expect(await world.vault.state()).toBe('unlocked');
    expect((await world.vault.get('a')).label).toBe(sampleAccount('a').label);
  });

  it('answers a malformed message with a clear error', async () => {
    const { call, route } = await setup();
    expect(await call('accounts.steal', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    for (const message of [null, 'vault.status', { type: 'vault.status' }, { type: 'vault.status', payload: 'x' }]) {
      expect(await route(message)).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/understand/) },
      });
    }
  });
});
