/** Page bodies for signing up and signing in, including the second-factor steps. */
import type { OtpInputStyle } from '../store';
import { html, type SafeHtml } from './html';
import { csrfField, errorAlert } from './layout';

export function homeBody(viewer: string | null): SafeHtml {
  if (viewer) {
    return html`<h1>Welcome, ${viewer}</h1>
      <p>You are signed in. Protect your account on the <a href="/security">Security</a> page.</p>`;
  }
  return html`<h1>Tessera Demo</h1>
    <p>A practice site with the two-factor sign-in flows real sites use.</p>
    <p><a href="/signup">Create an account</a> or <a href="/signin">sign in</a>.</p>`;
}

export function infoBody(title: string): SafeHtml {
  return html`<h1>${title}</h1>
    <p>This page exists so the navigation looks like a real site's. There is nothing else here.</p>`;
}

export function signUpBody(csrf: string, error: string | null, username = ''): SafeHtml {
  return html`<h1>Create your account</h1>
    ${errorAlert(error)}
    <form method="post" action="/signup" class="stack">
      ${csrfField(csrf)}
      <label for="username">Username</label>
      <input id="username" name="username" autocomplete="username" required value="${username}" />
      <label for="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        required
        minlength="8"
        aria-describedby="password-hint"
      />
      <p id="password-hint" class="hint">At least 8 characters.</p>
      <button type="submit">Create account</button>
    </form>
    <p>Already have an account? <a href="/signin">Sign in</a></p>`;
}

/** Query string carrying the sign-in code style through the flow (`?otp=split`). */
export function otpQuery(style: OtpInputStyle): string {
  return style === 'split' ? '?otp=split' : '';
}

export function signInBody(csrf: string, style: OtpInputStyle, error: string | null, username = ''): SafeHtml {
  return html`<h1>Sign in</h1>
    ${errorAlert(error)}
    <form method="post" action="/signin${otpQuery(style)}" class="stack">
      ${csrfField(csrf)}
      <label for="username">Username</label>
      <input id="username" name="username" autocomplete="username" required value="${username}" />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <button type="submit">Sign in</button>
    </form>
    <p>New here? <a href="/signup">Create an account</a></p>`;
}

function singleCodeField(): SafeHtml {
  return html`<label for="code">Authentication code</label>
    <input id="code" name="code" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9 ]*" maxlength="7" required autofocus />`;
}

/**
 * Six one-digit boxes, as many banks do. Client JS (split-otp.js) moves focus and
 * joins the digits into the hidden `code`; the server also accepts d1..d6 so
 * the form still works without script.
 */
function splitCodeField(): SafeHtml {
  const boxes = [1, 2, 3, 4, 5, 6].map(
    (n) =>
      html`<input
        class="otp-digit"
        name="d${n}"
        aria-label="Digit ${n} of 6"
        inputmode="numeric"
        pattern="[0-9]"
        maxlength="1"
        size="1"
        autocomplete="${n === 1 ? 'one-time-code' : 'off'}"
        required${n === 1 ? html` autofocus` : ''}
      />`,
  );
  return html`<fieldset class="otp-split">
      <legend>Authentication code</legend>
      <div class="otp-boxes">${boxes}</div>
    </fieldset>
    <input type="hidden" name="code" id="code-joined" />`;
}

export interface ChallengeOptions {
  csrf: string;
  style: OtpInputStyle;
  hasTotp: boolean;
  hasSecurityKey: boolean;
  error: string | null;
}

export function challengeBody(o: ChallengeOptions): SafeHtml {
  const codeForm = o.hasTotp
    ? html`<p>Open your authenticator app and enter the 6-digit code for Tessera Demo.</p>
        <form method="post" action="/signin/2fa${otpQuery(o.style)}" class="stack" id="otp-form">
          ${csrfField(o.csrf)} ${o.style === 'split' ? splitCodeField() : singleCodeField()}
          <button type="submit">Verify</button>
        </form>
        <p><a href="/signin/backup${otpQuery(o.style)}">Use a backup code</a></p>`
    : null;
  const keyPart = o.hasSecurityKey
    ? html`<section aria-labelledby="key-heading">
        <h2 id="key-heading">Security key</h2>
        <p>Insert your security key and touch it when it blinks.</p>
        <button type="button" id="use-security-key">Use a security key</button>
        <p id="webauthn-status" role="status"></p>
      </section>`
    : null;
  return html`<h1>Two-factor authentication</h1>
    ${errorAlert(o.error)}${codeForm}${keyPart}
    <form method="post" action="/signout" class="inline">
      ${csrfField(o.csrf)}<button type="submit" class="link">Cancel sign-in</button>
    </form>`;
}

export function backupCodeSignInBody(csrf: string, style: OtpInputStyle, error: string | null): SafeHtml {
  return html`<h1>Use a backup code</h1>
    <p>Each backup code works once. You saved them when you turned on two-factor authentication.</p>
    ${errorAlert(error)}
    <form method="post" action="/signin/backup${otpQuery(style)}" class="stack">
      ${csrfField(csrf)}
      <label for="backup-code">Backup code</label>
      <input id="backup-code" name="code" autocomplete="off" autocapitalize="off" spellcheck="false" required autofocus />
      <button type="submit">Verify</button>
    </form>
    <p><a href="/signin/2fa${otpQuery(style)}">Use your authenticator app instead</a></p>`;
}
