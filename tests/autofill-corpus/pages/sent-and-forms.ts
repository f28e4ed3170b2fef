import { doc } from '../html';
import type { CorpusPage } from '../types';

/** A grey picture with letters, inline, standing in for an image captcha. */
const CAPTCHA_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40'><rect width='120' height='40' fill='#ddd'/><text x='12' y='28' font-size='22' font-family='monospace' fill='#333'>7kQ2x</text></svg>`,
)}`;

/**
 * Regression pages (issue 13): a bound account, and a code-looking field that must NOT receive the authenticator's
 * code: codes the site sends (masked address or phone, "Resend"), sign-up confirmation codes, image captchas,
 * product keys, settings numbers, and fields of sign-up, booking and change-password forms.
 */
export const SENT_AND_FORMS: CorpusPage[] = [
  {
    id: 'sent-security-code-masked-email',
    url: 'https://www.harborbooks.com/ap/cvf/verify',
    description: 'Sign-in check: "a six digit security code" sent to a masked e-mail address, "Resend code" link; no channel in the field.',
    bindings: ['harborbooks.com'],
    appears: 'load',
    html: doc({
      title: 'Authentication required',
      brand: 'Harbor Books',
      accent: '#b45309',
      body: `
<div class="card">
  <h1>Verify it's you</h1>
  <p>To continue, complete this verification step. You should be receiving a six digit security code at j•••••@example.com.</p>
  <form method="post" action="/ap/cvf/verify" class="cvf-widget-form">
    <label for="cvf-input-code">Enter security code</label>
    <input type="text" id="cvf-input-code" name="code" maxlength="6" inputmode="numeric" autocomplete="one-time-code" class="a-input-text cvf-widget-input" data-expect="sms-email">
    <button type="submit">Continue</button>
  </form>
  <p class="muted"><a href="#" class="cvf-widget-link-resend">Resend code</a></p>
</div>`,
    }),
  },
  {
    id: 'sent-code-masked-phone-de',
    url: 'https://konto.alpenstrom.de/anmelden/bestaetigen',
    description:
      'German sign-in: "Wir haben einen Bestätigungscode an ***-***-**12 geschickt", field named only "code", "Code erneut senden".',
    bindings: ['alpenstrom.de'],
    appears: 'load',
    html: doc({
      title: 'Anmeldung bestätigen',
      brand: 'Alpenstrom',
      lang: 'de',
      accent: '#0f766e',
      footer: ['Impressum', 'Datenschutz', 'Hilfe'],
      body: `
<div class="card">
  <h1>Anmeldung bestätigen</h1>
  <p>Wir haben einen Bestätigungscode an ***-***-**12 geschickt.</p>
  <form method="post">
    <label for="c">Bestätigungscode</label>
    <input id="c" name="code" type="text" inputmode="numeric" maxlength="6" data-expect="sms-email">
    <button type="submit">Bestätigen</button>
  </form>
  <p class="muted"><button type="button" class="link">Code erneut senden</button></p>
</div>`,
    }),
  },
  {
    id: 'signup-confirmation-code',
    url: 'https://app.tidepool.io/signup',
    description: 'Sign-up with name, e-mail, new password and a "Confirmation code" box with a "Send code" button.',
    bindings: ['tidepool.io'],
    appears: 'load',
    html: doc({
      title: 'Create your account',
      brand: 'Tidepool',
      accent: '#2563eb',
      body: `
<form class="card" method="post" action="/signup">
  <h1>Create your account</h1>
  <label for="name">Full name</label>
  <input id="name" name="fullName" type="text" autocomplete="name" data-expect="none">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" data-expect="none">
  <label for="code">Confirmation code</label>
  <div class="row"><div><input id="code" name="confirmationCode" type="text" inputmode="numeric" maxlength="6" data-expect="sms-email"></div>
  <div><button type="button" style="margin:0">Send code</button></div></div>
  <label for="pw">Password</label>
  <input id="pw" name="password" type="password" autocomplete="new-password" data-expect="none">
  <button type="submit">Sign up</button>
</form>`,
    }),
  },
  {
    id: 'image-captcha-verification-code',
    url: 'https://passport.lanternmail.cn/login',
    description: 'Sign-in with an image captcha: "Verification code" read from a picture beside the field (maxlength 5).',
    bindings: ['lanternmail.cn'],
    appears: 'load',
    html: doc({
      title: 'Sign in',
      brand: 'Lantern Mail',
      accent: '#dc2626',
      body: `
<form class="card" method="post" action="/login">
  <h1>Sign in</h1>
  <label for="u">Account</label>
  <input id="u" name="account" type="text" autocomplete="username" data-expect="none">
  <label for="p">Password</label>
  <input id="p" name="pwd" type="password" autocomplete="current-password" data-expect="none">
  <label for="vc">Verification code</label>
  <div class="row"><div><input id="vc" name="verifyCode" type="text" maxlength="5" autocomplete="off" data-expect="none"></div>
  <div><img src="${CAPTCHA_IMAGE}" width="120" height="40" alt="" class="verify-img"></div></div>
  <button type="submit">Sign in</button>
</form>`,
    }),
  },
  {
    id: 'product-code-8',
    url: 'https://www.pixelforge.com/redeem',
    description: 'Redeem page: "Product code", 8 characters, name="code", XXXX-XXXX placeholder.',
    bindings: ['pixelforge.com'],
    appears: 'load',
    html: doc({
      title: 'Redeem a code',
      brand: 'Pixelforge',
      accent: '#7c3aed',
      body: `
<form class="card" method="post" action="/redeem">
  <h1>Activate your software</h1>
  <p>Enter the code printed inside the box to verify your copy.</p>
  <label for="pc">Product code</label>
  <input id="pc" name="code" type="text" maxlength="8" placeholder="XXXXXXXX" autocomplete="off" data-expect="none">
  <button type="submit">Verify</button>
</form>`,
    }),
  },
  {
    id: 'admin-token-lifetime',
    url: 'https://admin.keystone-id.io/realms/acme/authentication',
    description: 'Admin settings for two-factor authentication: token lifetime, code length and validity as number inputs.',
    bindings: ['keystone-id.io'],
    appears: 'load',
    html: doc({
      title: 'Authentication settings',
      brand: 'Keystone ID',
      accent: '#1d4ed8',
      body: `
<form class="card" method="post">
  <h1>Two-factor authentication policy</h1>
  <p>Settings for one-time codes from authenticator apps.</p>
  <label for="lt">Access token lifetime (minutes)</label>
  <input id="lt" name="accessTokenLifespan" type="number" min="1" value="" data-expect="none">
  <label for="len">Number of digits</label>
  <input id="len" name="otpPolicyDigits" type="number" maxlength="1" data-expect="none">
  <label for="per">Code period (seconds)</label>
  <input id="per" name="otpPolicyPeriod" type="number" data-expect="none">
  <label for="win">Look-ahead window</label>
  <input id="win" name="otpPolicyLookAheadWindow" type="number" min="0" max="10" data-expect="none">
  <button type="submit">Save</button>
</form>`,
    }),
  },
  {
    id: 'booking-reference',
    url: 'https://www.bluefinair.com/manage-booking',
    description: 'Booking form: last name, e-mail, date, and a 6-character "Booking code" (verification of the booking).',
    bindings: ['bluefinair.com'],
    appears: 'load',
    html: doc({
      title: 'Manage booking',
      brand: 'Bluefin Air',
      accent: '#0369a1',
      body: `
<form class="card" method="post">
  <h1>Manage your booking</h1>
  <label for="ln">Last name</label>
  <input id="ln" name="lastName" type="text" autocomplete="family-name" data-expect="none">
  <label for="bc">Booking code</label>
  <input id="bc" name="pnrCode" type="text" maxlength="6" placeholder="e.g. X7K2QD" data-expect="none">
  <label for="em">Email</label>
  <input id="em" name="email" type="email" data-expect="none">
  <label for="dt">Departure date</label>
  <input id="dt" name="departureDate" type="date" data-expect="none">
  <button type="submit">Find booking</button>
</form>`,
    }),
  },
  {
    id: 'change-password-code',
    url: 'https://account.quillnote.app/settings/password',
    description: 'Change-password form with a generic "Verification code" box beside current/new/confirm passwords.',
    bindings: ['quillnote.app'],
    appears: 'load',
    html: doc({
      title: 'Change password',
      brand: 'Quillnote',
      accent: '#be185d',
      body: `
<form class="card" method="post">
  <h1>Change password</h1>
  <label for="cur">Current password</label>
  <input id="cur" name="current_password" type="password" autocomplete="current-password" data-expect="none">
  <label for="np">New password</label>
  <input id="np" name="new_password" type="password" autocomplete="new-password" data-expect="none">
  <label for="cp">Confirm new password</label>
  <input id="cp" name="confirm_password" type="password" data-expect="none">
  <label for="vc">Verification code</label>
  <input id="vc" name="verification_code" type="text" inputmode="numeric" maxlength="6" data-expect="none">
  <button type="submit">Update password</button>
</form>`,
    }),
  },
];
