import { doc, shadowElementScript } from '../html';
import type { CorpusPage } from '../types';

/** Code fields that show up after load: timers, clicks, SPA step changes. */
export const DYNAMIC: CorpusPage[] = [
  {
    id: 'late-insert-500ms',
    url: 'https://app.heliodesk.com/login/verify',
    description: 'Page renders a spinner, then inserts the two-factor form 500 ms after load.',
    bindings: ['heliodesk.com'],
    appears: 'late',
    html: doc({
      title: 'Heliodesk — Verify',
      brand: 'Heliodesk',
      accent: '#9333ea',
      script: `
window.addEventListener('load', function () {
  setTimeout(function () {
    var mount = document.getElementById('mount');
    mount.innerHTML = '';
    mount.appendChild(document.getElementById('tfa-form').content.cloneNode(true));
  }, 500);
});
`,
      body: `
<div id="mount" class="card"><p class="muted" role="status">Checking your session…</p></div>
<template id="tfa-form">
  <div class="card">
    <h1>Two-factor authentication</h1>
    <p>Enter the code from your authenticator app.</p>
    <form>
      <label for="otp">Authentication code</label>
      <input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
      <button type="submit">Verify</button>
    </form>
  </div>
</template>`,
    }),
  },
  {
    id: 'late-reveal-hidden',
    url: 'https://portal.corvidhr.com/signin/mfa',
    description:
      'The code field is in the HTML from the start but display:none; script reveals it ~700 ms after load (the field becomes fillable then).',
    bindings: ['corvidhr.com'],
    appears: 'late',
    html: doc({
      title: 'Corvid HR — Sign in',
      brand: 'Corvid HR',
      accent: '#0f766e',
      script: `
setTimeout(function () {
  document.getElementById('loading').remove();
  document.getElementById('mfa-step').style.display = 'block';
}, 700);
`,
      body: `
<div class="card">
  <p id="loading" class="muted" role="status">Loading…</p>
  <div id="mfa-step" style="display:none">
    <h1>Verify your identity</h1>
    <p>Enter the 6-digit code from your authenticator app.</p>
    <form>
      <label for="mfa_code">Code</label>
      <input id="mfa_code" name="mfa_code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
      <button type="submit">Verify</button>
    </form>
  </div>
</div>`,
    }),
  },
  {
    id: 'click-continue',
    url: 'https://secure.voltbank.co.uk/login/verify-method',
    description: 'Method chooser ("Authenticator app" / "Text message"); the code field appears after clicking Continue.',
    bindings: ['voltbank.co.uk'],
    appears: 'click',
    html: doc({
      lang: 'en-GB',
      title: 'Volt Bank — Verify it’s you',
      brand: 'Volt Bank',
      accent: '#4338ca',
      footer: ['Accessibility', 'Security', 'Privacy', 'Cookie policy'],
      script: `
document.getElementById('continue').addEventListener('click', function () {
  var step = document.getElementById('step');
  step.innerHTML = '';
  step.appendChild(document.getElementById('code-step').content.cloneNode(true));
});
`,
      body: `
<div class="card" id="step">
  <h1>How would you like to verify?</h1>
  <form onsubmit="return false">
    <label style="font-weight:400"><input type="radio" name="method" value="totp" checked> Authenticator app</label>
    <label style="font-weight:400"><input type="radio" name="method" value="sms"> Text message to •••• 4410</label>
    <button type="button" id="continue" data-corpus-click>Continue</button>
  </form>
</div>
<template id="code-step">
  <h1>Enter your code</h1>
  <p>Open your authenticator app and enter the 6-digit code for Volt Bank.</p>
  <form>
    <label for="securityCode">6-digit code</label>
    <input id="securityCode" name="securityCode" type="tel" maxlength="6" autocomplete="one-time-code" data-expect="totp">
    <button type="submit">Log in</button>
  </form>
</template>`,
    }),
  },
  {
    id: 'spa-password-then-code',
    url: 'https://app.notewell.so/login',
    description:
      'Single-page app: a username/password form is replaced in place by the code form (and history.pushState) after "Sign in" is clicked.',
    bindings: ['notewell.so'],
    appears: 'click',
    html: doc({
      title: 'Notewell',
      brand: 'Notewell',
      accent: '#e11d48',
      script: `
document.getElementById('signin').addEventListener('click', function () {
  var view = document.getElementById('view');
  view.setAttribute('aria-busy', 'true');
  setTimeout(function () {
    view.innerHTML = '';
    view.appendChild(document.getElementById('totp-view').content.cloneNode(true));
    view.removeAttribute('aria-busy');
    history.pushState({ step: 'totp' }, '', '/login/two-factor');
  }, 300);
});
`,
      body: `
<div class="card" id="view">
  <h1>Sign in to Notewell</h1>
  <form onsubmit="return false">
    <label for="username">Email or username</label>
    <input id="username" name="username" type="text" autocomplete="username" value="alice" data-expect="none">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" value="correct horse battery staple" data-expect="none">
    <button type="button" id="signin" data-corpus-click>Sign in</button>
  </form>
</div>
<template id="totp-view">
  <h1>Two-factor authentication</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <form>
    <label for="totp">Authentication code</label>
    <input id="totp" name="totp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
    <button type="submit">Continue</button>
  </form>
</template>`,
    }),
  },
];

/** Code fields inside shadow roots. Closed roots are exposed to the test (only) as window.__corpusClosedRoots. */
export const SHADOW: CorpusPage[] = [
  {
    id: 'shadow-open',
    url: 'https://acme.my.salesforce.com/_ui/identity/verification/method/TotpVerificationFinish',
    description: 'Web-component login (Lightning-style): the code input lives in an OPEN shadow root of <lwc-verify-code>.',
    bindings: ['acme.my.salesforce.com'],
    appears: 'load',
    html: doc({
      title: 'Verify Your Identity | Salesforce',
      brand: 'salesforce',
      accent: '#0176d3',
      script: shadowElementScript('lwc-verify-code', 'lwc-verify-code-tpl', 'open'),
      body: `
<div class="card">
  <h1>Verify Your Identity</h1>
  <p>Enter the verification code from your authenticator app.</p>
  <form method="post">
    <lwc-verify-code></lwc-verify-code>
    <button type="submit">Verify</button>
  </form>
</div>
<template id="lwc-verify-code-tpl">
  <style>label{display:block;font-weight:600;margin:8px 0 4px}input{width:100%;padding:8px;font-size:16px;border:1px solid #c9c9c9;border-radius:4px}</style>
  <label for="emc">Verification Code</label>
  <input id="emc" name="emc" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
</template>`,
    }),
  },
  {
    id: 'shadow-closed',
    url: 'https://id.kestrel.cloud/mfa',
    description:
      'Design-system login: the code input lives in a CLOSED shadow root of <ks-otp-field>; heading and instructions are in light DOM.',
    bindings: ['kestrel.cloud'],
    appears: 'load',
    html: doc({
      title: 'Kestrel ID',
      brand: 'Kestrel',
      accent: '#ca8a04',
      script: shadowElementScript('ks-otp-field', 'ks-otp-field-tpl', 'closed'),
      body: `
<div class="card">
  <h1>Two-step verification</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <form method="post">
    <ks-otp-field label="Authentication code"></ks-otp-field>
    <button type="submit">Continue</button>
  </form>
</div>
<template id="ks-otp-field-tpl">
  <style>:host{display:block}input{width:100%;padding:8px;font-size:18px;letter-spacing:4px;border:1px solid #a3a3a3;border-radius:6px}</style>
  <label part="label" for="field">Authentication code</label>
  <input part="input" id="field" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
</template>`,
    }),
  },
  {
    id: 'shadow-nested',
    url: 'https://console.polarisdb.io/auth/mfa',
    description: 'Three levels of open shadow roots: <pdb-app> → <pdb-auth-card> → <pdb-code-input> → input.',
    bindings: ['polarisdb.io'],
    appears: 'load',
    html: doc({
      title: 'PolarisDB Console',
      brand: 'PolarisDB',
      accent: '#2563eb',
      script: [
        shadowElementScript('pdb-code-input', 'pdb-code-input-tpl', 'open'),
        shadowElementScript('pdb-auth-card', 'pdb-auth-card-tpl', 'open'),
        shadowElementScript('pdb-app', 'pdb-app-tpl', 'open'),
      ].join('\n'),
      body: `
<pdb-app></pdb-app>
<template id="pdb-app-tpl">
  <style>:host{display:block}</style>
  <div class="shell"><pdb-auth-card></pdb-auth-card></div>
</template>
<template id="pdb-auth-card-tpl">
  <style>.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:24px}</style>
  <div class="card">
    <h1>Multi-factor authentication</h1>
    <p>Enter the code shown in your authenticator app.</p>
    <form><pdb-code-input></pdb-code-input><button type="submit">Verify</button></form>
  </div>
</template>
<template id="pdb-code-input-tpl">
  <label for="c">Authentication code</label>
  <input id="c" name="totp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
</template>`,
    }),
  },
];
