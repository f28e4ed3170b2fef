/**
 * Puppeteer-typed page objects for the Firefox e2e tests: the same labels, headings and button names as
 * tests/e2e/pages (popup.ts, demo-site.ts), found in the page by their accessible text rather than CSS.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

const TIMEOUT_MS = 10_000;
/** Interval polling: headless Firefox throttles requestAnimationFrame in tabs that are not in front. */
const POLL = { timeout: TIMEOUT_MS, polling: 100 } as const;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

// The in-page finders below are serialized by puppeteer, so each must be self-contained.

/** In-page: the visible form control whose label (`<label>`, `label[for]` or aria-label) reads `text` (else starts with it). */
function findControl(text: string): Control | null {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const ownText = (label: HTMLLabelElement) => {
    let out = '';
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('select, textarea, option')) out += n.textContent ?? '';
    }
    return norm(out);
  };
  const controls = [...document.querySelectorAll<Control>('input, textarea, select')].filter((c) => c.getClientRects().length > 0);
  const names = (c: Control) => [c.getAttribute('aria-label') ?? '', ...[...(c.labels ?? [])].map(ownText)].map(norm);
  return controls.find((c) => names(c).includes(text)) ?? controls.find((c) => names(c).some((n) => n.startsWith(text))) ?? null;
}

/** In-page: the visible, enabled button (or role=button) whose text or aria-label is `name`. */
function findButton(name: string): HTMLElement | null {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const buttons = [...document.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')];
  return (
    buttons.find(
      (b) =>
        b.getClientRects().length > 0 &&
        !(b as HTMLButtonElement).disabled &&
        (norm(b.getAttribute('aria-label') ?? '') === name ||
          norm(b.textContent ?? '') === name ||
          (b instanceof HTMLInputElement && b.value === name)),
    ) ?? null
  );
}

/** In-page: a heading (h1–h6) whose text is exactly `name`. */
function findHeading(name: string): HTMLElement | null {
  return (
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].find(
      (h) => h.textContent?.replace(/\s+/g, ' ').trim() === name,
    ) ?? null
  );
}

/** Label-, heading- and button-name-based helpers on a puppeteer page. Every lookup waits up to 10 s. */
export class Ui {
  constructor(readonly page: Page) {}

  async control(label: string): Promise<ElementHandle<Control>> {
    const handle = await this.page.waitForFunction(findControl, POLL, label);
    return handle as ElementHandle<Control>;
  }

  /** Sets a control's value the way typing does (input + change events), so Preact and plain pages both see it. */
  async fill(label: string, value: string): Promise<void> {
    const control = await this.control(label);
    await control.evaluate((el, v) => {
      el.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')?.set;
      if (!setter) throw new Error('no value setter');
      setter.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
    await control.dispose();
  }

  async value(label: string): Promise<string> {
    const control = await this.control(label);
    return control.evaluate((el) => el.value);
  }

  /** Clicks the button with a real (BiDi input) mouse click. */
  async click(name: string): Promise<void> {
    const handle = (await this.page.waitForFunction(findButton, POLL, name)) as ElementHandle<HTMLElement>;
    await handle.click();
    await handle.dispose();
  }

  async waitForHeading(name: string, timeout = TIMEOUT_MS): Promise<void> {
    await this.page.waitForFunction(findHeading, { ...POLL, timeout }, name);
  }

  async hasHeading(name: string): Promise<boolean> {
    return this.page.evaluate(
      (n: string) => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((h) => h.textContent?.replace(/\s+/g, ' ').trim() === n),
      name,
    );
  }

  /** Waits until the first element matching `selector` has text containing `text`; returns its text. */
  async waitForText(selector: string, text: string, timeout = TIMEOUT_MS): Promise<string> {
    const handle = await this.page.waitForFunction(
      (sel: string, t: string) => {
        const found = [...document.querySelectorAll(sel)].find((e) => e.textContent?.includes(t));
        return found?.textContent ?? null;
      },
      { ...POLL, timeout },
      selector,
      text,
    );
    return (await handle.jsonValue()) ?? '';
  }
}

/** The popup (opened as a tab or window) as a person uses it. */
export class PopupPage extends Ui {
  async createVault(passphrase: string): Promise<void> {
    await this.waitForHeading('Welcome to Tessera');
    await this.fill('Passphrase', passphrase);
    await this.fill('Repeat passphrase', passphrase);
    await this.click('Create vault');
    // Argon2id key derivation: give it time on a slow machine.
    await this.waitForHeading('Tessera', 30_000);
  }

  async addAccount(fields: { issuer: string; label: string; secret: string; sites: string }): Promise<void> {
    await this.click('Add account');
    await this.fill('Issuer', fields.issuer);
    await this.fill('Account name', fields.label);
    await this.fill('Secret key', fields.secret);
    await this.fill('Fill on sites', fields.sites);
    await this.click('Save account');
    await this.waitForText('li', fields.label);
  }

  /** The code shown for the account whose row mentions `issuer`, and the wall-clock window in which it was read. */
  async readCode(issuer: string): Promise<{ code: string; readFrom: number; readTo: number }> {
    await this.page.waitForFunction(
      (i: string) =>
        /^\d{6,8}$/.test(
          [...document.querySelectorAll('li')]
            .find((li) => li.textContent?.includes(i))
            ?.querySelector('button.code')
            ?.getAttribute('data-code') ?? '',
        ),
      POLL,
      issuer,
    );
    const readFrom = Date.now();
    const code = await this.page.evaluate(
      (i: string) =>
        [...document.querySelectorAll('li')]
          .find((li) => li.textContent?.includes(i))
          ?.querySelector('button.code')
          ?.getAttribute('data-code') ?? '',
      issuer,
    );
    return { code, readFrom, readTo: Date.now() };
  }

  async lock(): Promise<void> {
    await this.click('Lock');
    await this.waitForHeading('Tessera is locked');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.waitForHeading('Tessera is locked');
    await this.fill('Passphrase', passphrase);
    await this.click('Unlock');
    await this.waitForHeading('Tessera', 30_000);
  }

  /** Text of the popup's status region (role=status), once it contains `text`. */
  async status(text: string, timeout = TIMEOUT_MS): Promise<string> {
    return this.waitForText('[role="status"]', text, timeout);
  }
}

/** The Tessera Demo site (tests/demo-site), as tests/e2e/pages/demo-site.ts drives it. */
export class DemoSitePage extends Ui {
  constructor(
    page: Page,
    readonly baseUrl: string,
  ) {
    super(page);
  }

  async goto(pathname: string): Promise<void> {
    await this.page.goto(new URL(pathname, this.baseUrl).href);
  }

  async signUp(username: string, password: string): Promise<void> {
    await this.goto('/signup');
    await this.fill('Username', username);
    await this.fill('Password', password);
    await Promise.all([this.page.waitForNavigation(), this.click('Create account')]);
    await this.waitForHeading(`Welcome, ${username}`);
  }

  /** Password step only: lands on "Two-factor authentication" when 2FA is on. */
  async signIn(username: string, password: string, otp: 'single' | 'split' = 'single'): Promise<void> {
    await this.goto(otp === 'split' ? '/signin?otp=split' : '/signin');
    await this.fill('Username', username);
    await this.fill('Password', password);
    await Promise.all([this.page.waitForNavigation(), this.click('Sign in')]);
  }

  async signOut(): Promise<void> {
    await Promise.all([this.page.waitForNavigation(), this.click('Sign out')]);
    await this.page.waitForSelector('nav a[href="/signin"]', { timeout: TIMEOUT_MS });
  }

  /** Security → "Enable two-factor authentication" → password → setup page. */
  async startEnable2fa(password: string): Promise<void> {
    await this.goto('/security');
    await this.waitForHeading('Security');
    await Promise.all([this.page.waitForNavigation(), this.click('Enable two-factor authentication')]);
    await this.waitForHeading('Confirm your password');
    await this.fill('Password', password);
    await Promise.all([this.page.waitForNavigation(), this.click('Continue')]);
    await this.waitForHeading('Set up your authenticator app');
  }

  /** The setup key as shown under "Can't scan it?", without spaces: the Base32 secret. */
  async setupKey(): Promise<string> {
    const summary = await this.page.waitForSelector('details summary', { timeout: TIMEOUT_MS });
    if (!(await this.page.evaluate(() => document.querySelector('details')?.open ?? false))) await summary!.click();
    const text = await this.page.waitForFunction(() => {
      const code = document.querySelector<HTMLElement>('details[open] code');
      return code && code.innerText.trim() ? code.innerText : null;
    }, POLL);
    return ((await text.jsonValue()) ?? '').replace(/\s/g, '');
  }

  async confirmCode(code: string): Promise<void> {
    await this.fill('Enter the 6-digit code from your app', code);
    await Promise.all([this.page.waitForNavigation(), this.click('Verify')]);
  }

  /** Values of the sign-in code field(s): one string per field (one, or six boxes). */
  async signInCodeFields(): Promise<string[]> {
    return this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('input[aria-label^="Digit "]')];
      if (boxes.length > 0) return boxes.map((b) => b.value);
      const single = document.querySelector<HTMLInputElement>('#code');
      return single ? [single.value] : [];
    });
  }
}
