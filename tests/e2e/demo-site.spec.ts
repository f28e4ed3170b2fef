import { chromium, expect, test, type Browser, type BrowserContext, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { generateSync } from 'otplib';
import { PNG } from 'pngjs';
import { startDemoSite, type DemoSite as RunningSite } from '../demo-site/server';
import { DemoSite, type QrVariant } from './pages/demo-site';

// The local 2FA practice site on its own: plain Chromium, no extension. Each test signs up its own user.
const PASSWORD = 'correct horse battery';
const BACKUP_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}$/;

let server: RunningSite;
let browser: Browser;
let context: BrowserContext;
let userCount = 0;

test.beforeAll(async () => {
  server = await startDemoSite({ testHooks: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

test.afterAll(async () => {
  await browser.close();
  await server.close();
});

test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
});

test.afterEach(async () => {
  await context.close();
});

async function newSite(): Promise<DemoSite> {
  return new DemoSite(await context.newPage(), server.url);
}

function newUsername(): string {
  userCount += 1;
  return `user${userCount}.${Date.now().toString(36)}`;
}

/** The current code as an authenticator app would show it, computed in Node. */
function totp(secret: string): string {
  return generateSync({ secret });
}

/** A 6-digit code that is not the current one (the site accepts ±1 step, so shift far away). */
function wrongCode(secret: string): string {
  return String((Number(totp(secret)) + 500_000) % 1_000_000).padStart(6, '0');
}

function otpauth(username: string, secret: string, issuer = 'Tessera Demo'): string {
  const enc = encodeURIComponent;
  return `otpauth://totp/${enc(issuer)}:${enc(username)}?secret=${secret}&issuer=${enc(issuer)}`;
}

/** Screenshot of one element, decoded with jsQR (tries normal and inverted colours). */
async function decodeQr(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data ?? null;
}

async function testHookSecret(username: string): Promise<{ secret: string | null; state: string }> {
  const res = await fetch(`${server.url}/__test/secret?user=${encodeURIComponent(username)}`);
  return (await res.json()) as { secret: string | null; state: string };
}

/** Signs up and turns on authenticator 2FA; leaves the page on "Backup codes". */
async function enrol(site: DemoSite, username: string): Promise<{ secret: string; codes: string[] }> {
  await site.signUp(username, PASSWORD);
  await site.startEnable2fa(PASSWORD);
  const secret = await site.setupKey();
  await site.confirmCode(totp(secret));
  await expect(site.heading('Backup codes')).toBeVisible();
  return { secret, codes: await site.backupCodes() };
}

test('sign up, enable 2FA from the setup key, wrong code, backup codes: copy and download', async () => {
  const site = await newSite();
  const username = newUsername();
  await site.signUp(username, PASSWORD);
  await site.openSecurity();
  await expect(site.page.getByText('Two-factor authentication is off.')).toBeVisible();
  await site.startEnable2fa(PASSWORD);

  const shown = await site.setupKeyText();
  expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
  const secret = shown.replace(/ /g, '');
  expect(await testHookSecret(username)).toEqual({ username, secret, state: 'pending' });

  const codeField = site.page.getByLabel('Enter the 6-digit code from your app');
  await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(codeField).toHaveAttribute('inputmode', 'numeric');

  await site.confirmCode(wrongCode(secret));
  await expect(site.alert()).toContainText("That code didn't work");
  await expect(site.heading('Set up your authenticator app')).toBeVisible();

  await site.confirmCode(totp(secret));
  await expect(site.heading('Backup codes')).toBeVisible();
  await expect(site.flash()).toHaveText('Two-factor authentication is on.');
  await expect(site.page.getByText('Save these backup codes')).toBeVisible();
  const codes = await site.backupCodes();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(BACKUP_CODE);
  expect(new Set(codes).size).toBe(10);
  expect(await testHookSecret(username)).toEqual({ username, secret, state: 'active' });

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await site.page.getByRole('button', { name: 'Copy' }).click();
  await expect(site.page.locator('#copy-status')).toHaveText('Backup codes copied.');
  expect(await site.page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join('\n'));

  const file = await site.downloadBackupCodes();
  expect(file.filename).toBe('tessera-demo-backup-codes.txt');
  for (const code of codes) expect(file.text).toContain(code);

  await site.openSecurity();
  await expect(site.page.getByText('Two-factor authentication is on.')).toBeVisible();
});

test('the secret-revealing test hook is off unless asked for', async () => {
  const plain = await startDemoSite();
  try {
    const res = await fetch(`${plain.url}/__test/secret?user=anyone`);
    expect(res.status).toBe(404);
  } finally {
    await plain.close();
  }
});

test('sign in with the authenticator code: single field, then six boxes (?otp=split)', async () => {
  const site = await newSite();
  const username = newUsername();
  const { secret } = await enrol(site, username);
  await site.signOut();

  await site.signIn(username, 'not the password');
  await expect(site.alert()).toHaveText('Incorrect username or password.');

  await site.signIn(username, PASSWORD);
  await expect(site.heading('Two-factor authentication')).toBeVisible();
  const single = site.page.getByLabel('Authentication code');
  await expect(single).toHaveAttribute('autocomplete', 'one-time-code');
  await site.enterSignInCode(wrongCode(secret));
  await expect(site.alert()).toContainText("That code didn't work");
  await site.enterSignInCode(totp(secret));
  await site.expectSignedIn(username);
  await site.signOut();

  await site.signIn(username, PASSWORD, 'split');
  await expect(site.page).toHaveURL(/\/signin\/2fa\?otp=split$/);
  const boxes = site.page.getByRole('group', { name: 'Authentication code' }).getByRole('textbox');
  await expect(boxes).toHaveCount(6);
  await expect(boxes.first()).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(site.page.getByRole('link', { name: 'Use a backup code' })).toHaveAttribute('href', '/signin/backup?otp=split');
  // Focus moves along as digits are typed, and the script joins them for the form.
  await boxes.first().click();
  await site.page.keyboard.type('123');
  await expect(boxes.nth(3)).toBeFocused();
  await site.page.keyboard.press('Backspace');
  await expect(boxes.nth(2)).toBeFocused();
  await expect(boxes.nth(2)).toHaveValue('');
  await expect(site.page.locator('#code-joined')).toHaveValue('12');
  await site.page.reload();
  await site.enterSignInCode(totp(secret));
  await site.expectSignedIn(username);
});

test('backup codes work once each; regenerating retires the old ones', async () => {
  const site = await newSite();
  const username = newUsername();
  const { codes } = await enrol(site, username);
  const [first, second, third] = codes as [string, string, string];
  await site.signOut();

  await site.signIn(username, PASSWORD);
  await site.useBackupCode(first);
  await site.expectSignedIn(username);
  await expect(site.flash()).toContainText('9 backup codes left');
  await site.signOut();

  await site.signIn(username, PASSWORD);
  await site.useBackupCode(first);
  await expect(site.alert()).toContainText("That backup code didn't work");
  await site.useBackupCode(second.toUpperCase().replace('-', ''));
  await site.expectSignedIn(username);

  const fresh = await site.regenerateBackupCodes();
  await expect(site.flash()).toContainText('The old ones no longer work');
  expect(fresh).toHaveLength(10);
  expect(fresh.filter((c) => codes.includes(c))).toEqual([]);
  await site.signOut();

  await site.signIn(username, PASSWORD);
  await site.useBackupCode(third);
  await expect(site.alert()).toContainText("That backup code didn't work");
  await site.useBackupCode(fresh[0]!);
  await site.expectSignedIn(username);
});

test('disabling 2FA asks for the password; afterwards sign-in needs no code', async () => {
  const site = await newSite();
  const username = newUsername();
  await enrol(site, username);

  await site.disable2fa('wrong password');
  await expect(site.alert()).toHaveText('That password is not right.');
  await site.disable2fa(PASSWORD);
  await expect(site.heading('Security')).toBeVisible();
  await expect(site.flash()).toHaveText('Two-factor authentication is off.');
  await expect(site.page.getByRole('button', { name: 'Enable two-factor authentication' })).toBeVisible();
  expect((await testHookSecret(username)).state).toBe('none');

  await site.signOut();
  await site.signIn(username, PASSWORD);
  await site.expectSignedIn(username);
});

test('every QR variant renders and decodes to the right text', async () => {
  const site = await newSite();
  const username = newUsername();
  await site.signUp(username, PASSWORD);
  await site.startEnable2fa(PASSWORD, 'img');
  const secret = await site.setupKey();
  const expected = otpauth(username, secret);

  const variants: QrVariant[] = ['img', 'canvas', 'svg', 'dark', 'small', 'below', 'two', 'nonotp'];
  let decoySecret = '';
  for (const variant of variants) {
    await test.step(variant, async () => {
      await site.openSetup(variant);
      const qr = site.qrCodes().first();
      await expect(qr).toBeVisible();
      // The secret stays the same across variants until setup is finished.
      expect(await site.setupKey()).toBe(secret);
      switch (variant) {
        case 'canvas':
          await expect(qr).toHaveAttribute('data-painted', 'true');
          break;
        case 'dark':
          await expect(site.page.locator('html')).toHaveClass(/theme-dark/);
          break;
        case 'small':
          expect((await qr.boundingBox())!.width).toBeLessThanOrEqual(130);
          break;
        case 'below': {
          // Position on the page, not in the viewport (reading the setup key may have scrolled).
          const top = await qr.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
          expect(top).toBeGreaterThan(2000);
          break;
        }
        case 'two': {
          await expect(site.qrCodes()).toHaveCount(2);
          const decoy = await decodeQr(site.qrCodes().nth(1));
          const match = /^otpauth:\/\/totp\/Tessera%20Demo%20\(backup\):[^?]+\?secret=([A-Z2-7]+)&issuer=Tessera%20Demo%20\(backup\)$/.exec(
            decoy ?? '',
          );
          expect(match, `decoy QR decoded to ${decoy}`).not.toBeNull();
          decoySecret = match![1]!;
          expect(decoySecret).not.toBe(secret);
          break;
        }
        default:
          break;
      }
      expect(await decodeQr(qr)).toBe(variant === 'nonotp' ? 'https://example.com/app' : expected);
    });
  }

  // Only the first QR of the `two` variant is the site's: a code from the decoy is refused.
  await site.confirmCode(totp(decoySecret));
  await expect(site.alert()).toContainText("That code didn't work");
  await site.confirmCode(totp(secret));
  await expect(site.heading('Backup codes')).toBeVisible();
});

test('WebAuthn: register a security key and sign in with it (CDP virtual authenticator)', async () => {
  const site = await newSite();
  const cdp = await context.newCDPSession(site.page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  const username = newUsername();
  await site.signUp(username, PASSWORD);
  await site.addSecurityKey();
  await expect(site.page.getByRole('list', { name: 'Your security keys' })).toContainText('Security key 1');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.rpId).toBe('localhost');
  await site.signOut();

  await site.signIn(username, PASSWORD);
  await expect(site.heading('Two-factor authentication')).toBeVisible();
  // No authenticator app on this account: the key is the only second factor offered.
  await expect(site.page.getByLabel('Authentication code')).toHaveCount(0);
  await site.useSecurityKey();
  await site.expectSignedIn(username);
  const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(after.credentials[0]!.signCount).toBeGreaterThan(0);
});
