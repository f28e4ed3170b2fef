/** Page bodies for the signed-in security settings: overview, password re-checks, backup codes. */
import type { SecurityKey } from '../store';
import { html, type SafeHtml } from './html';
import { csrfField, errorAlert } from './layout';

export interface SecurityOverview {
  csrf: string;
  totpOn: boolean;
  backupCodesLeft: number;
  securityKeys: readonly SecurityKey[];
}

export function securityBody(o: SecurityOverview): SafeHtml {
  const twoFactor = o.totpOn
    ? html`<p class="status-on">Two-factor authentication is on.</p>
        <p>${o.backupCodesLeft} of 10 backup codes left. <a href="/security/backup-codes">View backup codes</a></p>
        <div class="actions">
          <form method="post" action="/security/backup-codes/regenerate" class="inline">
            ${csrfField(o.csrf)}<button type="submit">Regenerate backup codes</button>
          </form>
          <form method="get" action="/security/2fa/disable" class="inline">
            <button type="submit" class="danger">Disable two-factor authentication</button>
          </form>
        </div>`
    : html`<p class="status-off">Two-factor authentication is off.</p>
        <p>Add a second step to sign-in with an authenticator app: even with your password, nobody can sign in without your phone.</p>
        <form method="get" action="/security/2fa/enable"><button type="submit">Enable two-factor authentication</button></form>`;
  const keys = o.securityKeys.length
    ? html`<ul class="keys" aria-label="Your security keys">
        ${o.securityKeys.map((k) => html`<li>${k.name} <span class="hint">added ${k.addedAt.toISOString().slice(0, 10)}</span></li>`)}
      </ul>`
    : html`<p>No security keys yet.</p>`;
  return html`<h1>Security</h1>
    <section aria-labelledby="tfa-heading">
      <h2 id="tfa-heading">Two-factor authentication</h2>
      ${twoFactor}
    </section>
    <section aria-labelledby="keys-heading">
      <h2 id="keys-heading">Security keys</h2>
      <p>A security key (or your device's passkey support) can be used instead of a code when you sign in.</p>
      ${keys}
      <button type="button" id="add-security-key">Add security key</button>
      <p id="webauthn-status" role="status"></p>
    </section>`;
}

export interface PasswordCheck {
  csrf: string;
  action: string;
  heading: string;
  intro: string;
  submitLabel: string;
  error: string | null;
}

/** "Confirm your password" step before sensitive changes (sudo mode, as GitHub calls it). */
export function passwordCheckBody(o: PasswordCheck): SafeHtml {
  return html`<h1>${o.heading}</h1>
    <p>${o.intro}</p>
    ${errorAlert(o.error)}
    <form method="post" action="${o.action}" class="stack">
      ${csrfField(o.csrf)}
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required autofocus />
      <button type="submit">${o.submitLabel}</button>
    </form>
    <p><a href="/security">Cancel</a></p>`;
}

export function backupCodesBody(codes: readonly string[]): SafeHtml {
  return html`<section aria-labelledby="backup-heading" class="backup-codes">
    <h1 id="backup-heading">Backup codes</h1>
    <p>Save these backup codes somewhere safe. If you lose your phone, each code lets you sign in once.</p>
    <ul class="codes" aria-label="Your backup codes">
      ${codes.map((c) => html`<li><code class="backup-code">${c}</code></li>`)}
    </ul>
    <p class="hint">${codes.length} unused codes. Regenerating them on the Security page makes these stop working.</p>
    <div class="actions">
      <button type="button" id="copy-codes">Copy</button>
      <form method="get" action="/security/backup-codes.txt" class="inline"><button type="submit">Download</button></form>
      <a href="/security">Back to Security</a>
    </div>
    <p id="copy-status" role="status"></p>
  </section>`;
}

export function backupCodesText(username: string, codes: readonly string[]): string {
  return [`Tessera Demo backup codes for ${username}`, 'Each code can be used once.', '', ...codes, ''].join('\n');
}
