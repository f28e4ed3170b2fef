import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/utils/background/router';
import { createBackgroundServices } from '@/utils/background/services';
import { bytesToBase64 } from '@/utils/bytes';

const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const PASS = 'correct horse battery staple';

describe('background services on the (fake) browser', () => {
  it('keeps the data key in storage.session only and nothing secret in storage.local or storage.sync', async () => {
    const services = createBackgroundServices();
    const route = createRouter(services);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const call = (type: string, payload: object) => route({ type, payload }, popup);

    expect(await call('vault.create', { passphrase: PASS })).toMatchObject({ ok: true });
    await call('accounts.addFromUri', { uri: `otpauth://totp/Secretive:bob?secret=${SECRET}`, domains: ['example.com'] });
    await call('vault.lock', {});
    await call('vault.unlock', { passphrase: 'a wrong passphrase' });
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session)).toEqual(['vault.dataKey']);
    const dataKey = String(session['vault.dataKey']);
    expect(dataKey).toHaveLength(bytesToBase64(new Uint8Array(32)).length);

    const persisted = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
    for (const secret of [SECRET, PASS, dataKey, 'Secretive', 'bob']) expect(persisted).not.toContain(secret);
  });
});
