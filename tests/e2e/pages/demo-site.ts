import { expect, type Locator, type Page } from '@playwright/test';

/** QR presentations of the demo site's setup page (`/security/2fa/setup?qr=<variant>`). */
export type QrVariant = 'img' | 'canvas' | 'svg' | 'dark' | 'small' | 'below' | 'two' | 'nonotp';
/** How the sign-in code is asked for: one field, or six one-digit boxes (`/signin?otp=split`). */
export type OtpStyle = 'single' | 'split';

/**
 * The Tessera Demo site (tests/demo-site) as a person uses it: by headings,
 * labels and button names. Methods submit forms without asserting success
 * unless their name says so, so tests can also check the error paths.
 */
export class DemoSite {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Error message of the current form (role=alert). */
  alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** One-shot confirmation at the top of a page (role=status). */
  flash(): Locator {
    return this.page.locator('main > .flash');
  }

  async expectSignedIn(username: string): Promise<void> {
    await expect(this.heading(`Welcome, ${username}`)).toBeVisible();
  }

  async signUp(username: string, password: string): Promise<void> {
    await this.goto('/signup');
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.expectSignedIn(username);
  }

  /** Password step only: lands on the home page, or on "Two-factor authentication" if 2FA is on. */
  async signIn(username: string, password: string, otp: OtpStyle = 'single'): Promise<void> {
    await this.goto(otp === 'split' ? '/signin?otp=split' : '/signin');
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  }

  async openSecurity(): Promise<void> {
    await this.goto('/security');
    await expect(this.heading('Security')).toBeVisible();
  }

  /** Security → "Enable two-factor authentication" → password → setup page (with the chosen QR variant). */
  async startEnable2fa(password: string, qrVariant?: QrVariant): Promise<void> {
    if (qrVariant) {
      await this.goto(`/security/2fa/enable?qr=${qrVariant}`);
    } else {
      await this.openSecurity();
      await this.page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
    }
    await expect(this.heading('Confirm your password')).toBeVisible();
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.heading('Set up your authenticator app')).toBeVisible();
  }

  /** Re-opens the setup page (same pending secret) with another QR variant; needs a recent password check. */
  async openSetup(qrVariant: QrVariant): Promise<void> {
    await this.goto(`/security/2fa/setup?qr=${qrVariant}`);
    await expect(this.heading('Set up your authenticator app')).toBeVisible();
  }

  /** The QR images on the setup page, in page order (`two` has two). Each is an img/canvas/svg with role img. */
  qrCodes(): Locator {
    return this.page.getByRole('img', { name: /^QR code/ });
  }

  /** The setup key as shown under "Can't scan it?" (grouped in fours, e.g. "ABCD EFGH …"). */
  async setupKeyText(): Promise<string> {
    const details = this.page.locator('details', { has: this.page.getByText("Can't scan it?") });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await this.page.getByText("Can't scan it?").click();
    return (await details.locator('code').innerText()).trim();
  }

  /** The setup key without spaces: the Base32 secret. */
  async setupKey(): Promise<string> {
    return (await this.setupKeyText()).replace(/\s/g, '');
  }

  /** Submits the code on the setup page; on success the site shows the backup codes. */
  async confirmCode(code: string): Promise<void> {
    await this.page.getByLabel('Enter the 6-digit code from your app').fill(code);
    await this.page.getByRole('button', { name: 'Verify' }).click();
  }

  /** The codes listed on the "Backup codes" page (navigates there if elsewhere). */
  async backupCodes(): Promise<string[]> {
    if (!(await this.heading('Backup codes').isVisible())) await this.goto('/security/backup-codes');
    const region = this.page.getByRole('region', { name: 'Backup codes' });
    await expect(region).toBeVisible();
    return (await region.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  }

  /** Clicks "Download" on the backup codes page and returns the file's name and text. */
  async downloadBackupCodes(): Promise<{ filename: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { filename: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** On the "Two-factor authentication" sign-in step: types the code into the single field or the six boxes. */
  async enterSignInCode(code: string): Promise<void> {
    await expect(this.heading('Two-factor authentication')).toBeVisible();
    const boxes = this.page.getByRole('textbox', { name: /^Digit \d of 6$/ });
    if ((await boxes.count()) > 0) {
      // Typed key by key into the first box: the page's script moves focus along the boxes.
      await boxes.first().click();
      await this.page.keyboard.type(code);
    } else {
      await this.page.getByLabel('Authentication code').fill(code);
    }
    await this.page.getByRole('button', { name: 'Verify' }).click();
  }

  /** From the sign-in code step: "Use a backup code" → enter it. */
  async useBackupCode(code: string): Promise<void> {
    if (!(await this.heading('Use a backup code').isVisible())) await this.page.getByRole('link', { name: 'Use a backup code' }).click();
    await this.page.getByLabel('Backup code').fill(code);
    await this.page.getByRole('button', { name: 'Verify' }).click();
  }

  /** Security → "Regenerate backup codes"; returns the new codes. */
  async regenerateBackupCodes(): Promise<string[]> {
    await this.openSecurity();
    await this.page.getByRole('button', { name: 'Regenerate backup codes' }).click();
    await expect(this.heading('Backup codes')).toBeVisible();
    return this.backupCodes();
  }

  /** Security → "Disable two-factor authentication" → password. Check the result with `alert()` / `flash()`. */
  async disable2fa(password: string): Promise<void> {
    await this.openSecurity();
    await this.page.getByRole('button', { name: 'Disable two-factor authentication' }).click();
    await expect(this.heading('Disable two-factor authentication')).toBeVisible();
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Disable', exact: true }).click();
  }

  /** Security → "Add security key" (a WebAuthn authenticator must be available, e.g. a CDP virtual one). */
  async addSecurityKey(): Promise<void> {
    await this.openSecurity();
    const before = await this.page.getByRole('list', { name: 'Your security keys' }).getByRole('listitem').count();
    await this.page.getByRole('button', { name: 'Add security key' }).click();
    await expect(this.page.getByRole('list', { name: 'Your security keys' }).getByRole('listitem')).toHaveCount(before + 1);
  }

  /** On the sign-in "Two-factor authentication" step: "Use a security key". */
  async useSecurityKey(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use a security key' }).click();
  }
}
