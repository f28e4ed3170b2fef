import { doc } from '../html';
import type { CorpusPage } from '../types';

/** Code-looking inputs that must not be filled because they cannot be seen or edited. */
export const TRAPS: CorpusPage[] = [
  {
    id: 'traps-honeypot',
    url: 'https://app.brightpage.io/login/2fa',
    description:
      'One visible authenticator field plus bot-trap copies: display:none name=otp, opacity:0, off-screen left:-9999px, 0×0 size, visibility:hidden, and a type=hidden otp.',
    bindings: ['brightpage.io'],
    appears: 'load',
    html: doc({
      title: 'Brightpage — Two-factor authentication',
      brand: 'Brightpage',
      accent: '#f59e0b',
      body: `
<form class="card" method="post" action="/login/2fa">
  <h1>Two-factor authentication</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <input name="otp" type="text" autocomplete="one-time-code" tabindex="-1" style="display:none" data-expect="none">
  <input name="totp_code" type="text" inputmode="numeric" autocomplete="one-time-code" tabindex="-1" aria-hidden="true" style="opacity:0;position:absolute;top:0;left:0" data-expect="none">
  <div style="position:absolute;left:-9999px;top:auto" aria-hidden="true"><label for="hp_code">Leave this field empty</label><input id="hp_code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" tabindex="-1" data-expect="none"></div>
  <input name="verification_code" type="text" autocomplete="one-time-code" tabindex="-1" style="width:0;height:0;padding:0;border:0;margin:0" data-expect="none">
  <input name="mfa_code" type="text" autocomplete="one-time-code" tabindex="-1" style="visibility:hidden;position:absolute" data-expect="none">
  <input name="otp_fallback" type="hidden" value="" data-expect="none">
  <label for="two_factor_code">Authentication code</label>
  <input id="two_factor_code" name="two_factor_code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
  <button type="submit">Verify</button>
</form>`,
    }),
  },
  {
    id: 'traps-disabled-readonly',
    url: 'https://console.vantagepoint.cloud/auth/mfa',
    description:
      'Locked-out two-factor step: the code field is disabled ("Too many attempts"); a second form shows a read-only code field while a previous submission is verifying. Nothing is fillable.',
    bindings: ['vantagepoint.cloud'],
    appears: 'load',
    html: doc({
      title: 'Vantage Point — MFA',
      brand: 'Vantage Point',
      accent: '#334155',
      body: `
<form class="card">
  <h1>Multi-factor authentication</h1>
  <p role="alert" style="color:#b91c1c">Too many incorrect codes. Try again in 4:59.</p>
  <label for="mfa-disabled">Code from your authenticator app</label>
  <input id="mfa-disabled" name="mfaCode" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" disabled data-expect="none">
  <button type="submit" disabled>Verify</button>
</form>
<form class="card" style="margin-top:16px" aria-busy="true">
  <label for="mfa-readonly">Authentication code</label>
  <input id="mfa-readonly" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" readonly data-expect="none">
  <p class="muted" role="status">Verifying…</p>
</form>`,
    }),
  },
  {
    id: 'traps-responsive-duplicate',
    url: 'https://www.fernbank.com/online/secure/token',
    description:
      'Responsive site rendering a desktop and a mobile copy of the same authenticator form; the mobile copy is display:none at desktop width, and an "other methods" panel with an SMS field uses the hidden attribute.',
    bindings: ['fernbank.com'],
    appears: 'load',
    html: doc({
      title: 'Fernbank Online — Security code',
      brand: 'Fernbank',
      accent: '#065f46',
      css: '.mobile-only{display:none}@media (max-width:480px){.mobile-only{display:block}.desktop-only{display:none}}',
      body: `
<div class="card desktop-only">
  <h1>Enter your authenticator code</h1>
  <p>Open your authenticator app and enter the 6-digit code for Fernbank.</p>
  <form><label for="token-d">6-digit code</label>
  <input id="token-d" name="token" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
  <button type="submit">Continue</button></form>
</div>
<div class="card mobile-only">
  <h1>Authenticator code</h1>
  <form><input id="token-m" name="token" type="tel" autocomplete="one-time-code" maxlength="6" placeholder="6-digit code" data-expect="none"><button type="submit">Go</button></form>
</div>
<div class="card" id="other-methods" hidden>
  <h2>Text message</h2>
  <p>We sent a code to •••• 0199.</p>
  <form><label for="sms-code">Text message code</label><input id="sms-code" name="smsCode" type="text" autocomplete="one-time-code" maxlength="6" data-expect="none"></form>
</div>
<p class="muted"><a href="#other-methods">Use another method</a></p>`,
    }),
  },
];
