import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { openPopupFor, sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const WORK = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const PERSONAL = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const SIGN_IN = `<!doctype html><html><body><main><h1>Two-factor authentication</h1>
<form><p>Enter the 6-digit code from your authenticator app.</p>
<label>Authentication code <input id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label>
<label>Card security code <input id="cvc" name="cvc" autocomplete="cc-csc" maxlength="4"></label>
<label>Reference <input id="ref" name="reference"></label>
<button>Verify</button></form></main></body></html>`;

let browser: ChromiumWithExtension;
let control: Page;

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  control = await browser.openExtensionPage('options.html');
  await sendFromPage(control, 'vault.create', { passphrase: 'violet tractor museum lantern' });
  for (const [name, secret] of [
    ['work', WORK],
    ['personal', PERSONAL],
  ]) {
    await sendFromPage(control, 'accounts.addFromUri', {
      uri: `otpauth://totp/Shared:${name}?secret=${secret}&issuer=Shared`,
      domains: ['shared-login.com'],
    });
  }
  await sendFromPage(control, 'accounts.addFromUri', {
    uri: 'otpauth://totp/GitHub:octo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub',
    domains: ['github.com'],
  });
  await browser.context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN }));
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

const codeOf = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });

test('several accounts on one site: nothing is filled by itself; Fill in the popup puts in the chosen one', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://shared-login.com/2fa');
  await page.waitForTimeout(800);
  await expect(page.locator('#otp')).toHaveValue('');
  const popup = new PopupPage(await openPopupFor(browser, page));
  await popup.page.getByRole('button', { name: 'Fill Shared' }).nth(1).click();
  await expect(popup.page.getByRole('status').filter({ hasText: 'Code filled in.' })).toBeVisible();
  await expect(page.locator('#otp')).toHaveValue(new RegExp(`^(${codeOf(PERSONAL)}|${codeOf(WORK)})$`));
  await expect(page.locator('#cvc')).toHaveValue('');
  await expect(page.locator('#ref')).toHaveValue('');
  await popup.page.close();
  await page.close();
});

test('the context-menu command fills the field it was opened on, and refuses a field that is not a code field', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://shared-login.com/2fa');
  const tabId = await control.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await chrome.tabs.query({ url: 'https://shared-login.com/*' }))[0]!.id;
  });
  const menu = (accountId: string | null) =>
    control.evaluate(
      ([tab, account]) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }
        ).chrome.tabs.sendMessage(tab as number, { type: 'tessera.fill', accountId: account, target: 'context-menu' }, { frameId: 0 }),
      [tabId, accountId] as const,
    );
  await page.locator('#cvc').click({ button: 'right' });
  expect(await menu(null)).toEqual({ filled: false, reason: 'not-a-code-field' });
  await expect(page.locator('#cvc')).toHaveValue('');

  await page.locator('#otp').click({ button: 'right' });
  expect(await menu(null)).toEqual({ filled: false, reason: 'several-accounts' });
  const list = await sendFromPage<{ value: { accounts: { id: string; label: string }[] } }>(control, 'accounts.list', {});
  const work = list.value.accounts.find((a) => a.label === 'work')!;
  // A command that names an account chooses nothing: only the background knows what the person picked.
  expect(await menu(work.id)).toEqual({ filled: false, reason: 'several-accounts' });
  await expect(page.locator('#otp')).toHaveValue('');
  // The person picks the account in the popup (as the menu does when it opens the popup for several accounts).
  expect(await sendFromPage(control, 'accounts.fill', { id: work.id, tabId })).toMatchObject({ ok: true, value: { filled: 1 } });
  await expect(page.locator('#otp')).toHaveValue(codeOf(WORK));
  await page.close();
});

test('a look-alike of a bound site gets no code, and the popup warns', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://github.com.login-verify.top/sessions/two-factor');
  await page.waitForTimeout(800);
  await expect(page.locator('#otp')).toHaveValue('');
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByRole('alert')).toContainText('this site is not github.com');
  // Fill is not offered where it cannot work: the row says where the account fills instead.
  const github = popup.getByRole('listitem').filter({ hasText: 'GitHub' });
  await expect(github).toContainText('Fills on github.com only');
  await expect(github.getByRole('button', { name: 'Fill GitHub' })).toHaveCount(0);
  // Asked anyway (as an old popup or a crafted request would), the background still refuses.
  const tabId = await popup.evaluate(() => Number(new URL(location.href).searchParams.get('tab')));
  const list = await sendFromPage<{ value: { accounts: { id: string; issuer: string }[] } }>(control, 'accounts.list', {});
  const githubId = list.value.accounts.find((a) => a.issuer === 'GitHub')!.id;
  expect(await sendFromPage(control, 'accounts.fill', { id: githubId, tabId })).toMatchObject({ ok: true, value: { filled: 0 } });
  await expect(page.locator('#otp')).toHaveValue('');
  await popup.close();
  await page.close();
});
