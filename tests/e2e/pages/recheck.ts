import { expect, type Locator, type Page } from '@playwright/test';
import { clickAt } from './mouse';

export const recheckDialog = (page: Page): Locator => page.getByRole('dialog', { name: "Confirm it's you" });

/**
 * The re-check dialog ("Confirm it's you") as a person answers it: types the passphrase and clicks Confirm, or
 * with `key`, clicks "Use security key" (typing the passphrase too when the key needs it, under "both").
 */
export async function passRecheck(page: Page, passphrase: string, { key = false } = {}): Promise<void> {
  const dialog = recheckDialog(page);
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel('Passphrase');
  if (!key || (await field.count()) > 0) await field.fill(passphrase);
  await clickAt(dialog.getByRole('button', { name: key ? 'Use security key' : 'Confirm' }));
  await expect(dialog).toBeHidden();
}
