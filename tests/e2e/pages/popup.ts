import { expect, type Page } from '@playwright/test';

/** The popup as a person uses it: by labels and button names, as a page object shared by the e2e tests. */
export class PopupPage {
  constructor(readonly page: Page) {}

  async createVault(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Repeat passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Create vault' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tessera', exact: true })).toBeVisible();
  }

  async addAccount(fields: { issuer: string; label: string; secret: string; sites: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add account' }).click();
    await this.page.getByLabel('Issuer').fill(fields.issuer);
    await this.page.getByLabel('Account name').fill(fields.label);
    await this.page.getByLabel('Secret key').fill(fields.secret);
    await this.page.getByLabel('Fill on sites').fill(fields.sites);
    await this.page.getByRole('button', { name: 'Save account' }).click();
    await expect(this.account(fields.issuer).filter({ hasText: fields.label })).toBeVisible();
  }

  account(issuer: string) {
    return this.page.getByRole('listitem').filter({ hasText: issuer });
  }

  /** The code on screen and the wall-clock window in which it was read. */
  async readCode(issuer: string): Promise<{ code: string; readFrom: number; readTo: number }> {
    const button = this.account(issuer).locator('button.code');
    await expect(button).toHaveAttribute('data-code', /^\d{6,8}$/);
    const readFrom = Date.now();
    const code = (await button.getAttribute('data-code')) ?? '';
    return { code, readFrom, readTo: Date.now() };
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tessera is locked' })).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}
