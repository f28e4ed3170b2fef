import { doc } from '../html';
import type { CorpusPage } from '../types';

/** English authenticator-code pages shaped like well-known sites' two-factor steps. */
export const ENGLISH: CorpusPage[] = [
  {
    id: 'github-totp',
    url: 'https://github.com/sessions/two-factor/app',
    description: 'GitHub two-factor step: "Authentication code" field #app_totp, autocomplete one-time-code.',
    bindings: ['github.com'],
    appears: 'load',
    html: doc({
      title: 'Two-factor authentication · GitHub',
      brand: 'GitHub',
      accent: '#1f883d',
      footer: ['Terms', 'Privacy', 'Docs', 'Contact GitHub Support', 'Manage cookies'],
      body: `
<div class="auth-form" id="login">
  <h1>Two-factor authentication</h1>
  <form class="card" action="/sessions/two-factor" accept-charset="UTF-8" method="post">
    <input type="hidden" name="authenticity_token" value="q3Zk0vN1sNQk9Yv1u6bq0O9x2rM">
    <svg aria-hidden="true" height="24" viewBox="0 0 24 24" width="24"><path d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Z" fill="#57606a"/></svg>
    <label for="app_totp">Authentication code</label>
    <input type="text" name="app_otp" id="app_totp" class="form-control input-block" autocomplete="one-time-code" inputmode="numeric" placeholder="XXXXXX" aria-describedby="totp-help-text" autofocus data-expect="totp">
    <button type="submit" class="btn btn-primary btn-block" data-signin-label="Verify">Verify</button>
    <p id="totp-help-text" class="muted">Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p>
  </form>
  <div class="card" style="margin-top:16px">
    <p><strong>Having problems?</strong></p>
    <ul><li><a href="/sessions/two-factor/webauthn">Use your passkey</a></li><li><a href="/sessions/two-factor/recovery">Use a recovery code or request a reset</a></li></ul>
  </div>
</div>`,
    }),
  },
  {
    id: 'google-totp',
    url: 'https://accounts.google.com/v3/signin/challenge/totp?TL=AKeb6mzf&checkConnection=youtube%3A357&flowName=GlifWebSignIn',
    description: 'Google 2-Step Verification, Google Authenticator challenge: #totpPin type=tel, "Enter code".',
    bindings: ['google.com'],
    appears: 'load',
    html: doc({
      title: 'Sign in - Google Accounts',
      brand: 'Google',
      accent: '#1a73e8',
      footer: ['English (United States)', 'Help', 'Privacy', 'Terms'],
      body: `
<div class="card" jscontroller="Ln2kDc">
  <h1 id="headingText"><span>2-Step Verification</span></h1>
  <p>To help keep your account safe, Google wants to make sure it's really you trying to sign in</p>
  <div class="muted"><span>alice.liddell@gmail.com</span></div>
  <form method="post" novalidate>
    <h2 style="font-size:16px">Get a verification code from the <strong>Google Authenticator</strong> app</h2>
    <label for="totpPin" class="AxOyFc">Enter code</label>
    <input type="tel" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" aria-label="Enter code" name="totpPin" id="totpPin" dir="ltr" data-initial-dir="ltr" data-initial-value="" pattern="[0-9 ]*" data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" checked> Don't ask again on this device</label>
    <button type="button" class="link">Try another way</button>
    <div><button type="submit">Next</button></div>
  </form>
</div>`,
    }),
  },
  {
    id: 'microsoft-otc',
    url: 'https://login.microsoftonline.com/common/login',
    description: 'Microsoft Entra sign-in "Enter code" step for the Authenticator app: input name otc, type tel, maxlength 6.',
    bindings: ['microsoftonline.com'],
    appears: 'load',
    html: doc({
      title: 'Sign in to your account',
      brand: 'Microsoft',
      accent: '#0067b8',
      footer: ['Terms of use', 'Privacy & cookies', '...'],
      body: `
<div class="card" data-bind="component: { name: 'sign-in-box' }">
  <div class="muted">alice@contoso.com</div>
  <div role="heading" aria-level="1" id="idDiv_SAOTCC_Title" style="font-size:24px;font-weight:600">Enter code</div>
  <div id="idDiv_SAOTCC_Description" class="row text-body">Enter the code displayed in the Microsoft Authenticator app on your mobile device</div>
  <form name="f1" id="i0281" method="post" autocomplete="off">
    <input name="otc" type="tel" id="idTxtBx_SAOTCC_OTC" autocomplete="off" class="form-control input ext-input text-box ext-text-box" aria-required="true" maxlength="6" placeholder="Code" aria-label="Code" data-expect="totp">
    <label style="font-weight:400"><input name="rememberMFA" type="checkbox" id="idChkBx_SAOTCC_TD"> Don't ask again for 90 days</label>
    <p><a id="signInAnotherWay" href="#">I can't use my Microsoft Authenticator app right now</a></p>
    <p><a href="#">More information</a></p>
    <input type="submit" id="idSubmit_SAOTCC_Continue" class="btn" value="Verify">
  </form>
</div>`,
    }),
  },
  {
    id: 'aws-mfa',
    url: 'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fconsole%2Fhome&client_id=arn%3Aaws%3Asignin%3A%3A%3Aconsole%2Fcanvas',
    description: 'AWS console "Multi-factor authentication" step with an "MFA code" field (binding narrowed to the sign-in host).',
    bindings: ['signin.aws.amazon.com'],
    appears: 'load',
    html: doc({
      title: 'Amazon Web Services Sign-In',
      brand: 'aws',
      accent: '#ff9900',
      footer: ['Terms of Use', 'Privacy Policy', '© 2025, Amazon Web Services, Inc. or its affiliates.'],
      body: `
<div class="card" id="mfa_form">
  <h1>Multi-factor authentication</h1>
  <p>Your account is secured using multi-factor authentication (MFA). To finish signing in, turn on or view your MFA device and type the authentication code below.</p>
  <div class="muted">Email address: alice@example.com</div>
  <form id="mfa-form" autocomplete="off">
    <label for="mfaCode">MFA code</label>
    <input id="mfaCode" name="mfaCode" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" data-testid="mfa-code-input" data-expect="totp">
    <button type="submit" id="mfa_submit_button">Submit</button>
  </form>
  <p><a href="#">Troubleshoot MFA</a> · <a href="#">Cancel</a></p>
</div>`,
    }),
  },
  {
    id: 'dropbox-totp',
    url: 'https://www.dropbox.com/login/two_factor',
    description: 'Dropbox two-step verification: "Enter the code generated by your mobile app", field labelled "6-digit code".',
    bindings: ['dropbox.com'],
    appears: 'load',
    html: doc({
      title: 'Dropbox - Two-step verification',
      brand: 'Dropbox',
      accent: '#0061fe',
      nav: ['Products', 'Solutions', 'Pricing'],
      body: `
<div class="card">
  <h1>Enter security code</h1>
  <p>Enter the 6-digit code generated by your authenticator app.</p>
  <form class="login-form" method="post" action="/ajax_verify_code">
    <label for="two-factor-code-input">6-digit code</label>
    <input type="text" id="two-factor-code-input" name="code" class="text-input-input" autocomplete="one-time-code" inputmode="numeric" maxlength="6" autofocus data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" name="remember_device"> Trust this computer</label>
    <button type="submit">Submit code</button>
  </form>
  <p class="muted"><a href="#">I lost my phone</a></p>
</div>`,
    }),
  },
  {
    id: 'gitlab-otp-attempt',
    url: 'https://gitlab.com/users/sign_in',
    description:
      'GitLab two-factor step on the sign-in URL: user[otp_attempt], label "Verification code" (it also accepts recovery codes).',
    bindings: ['gitlab.com'],
    appears: 'load',
    html: doc({
      title: 'Sign in · GitLab',
      brand: 'GitLab',
      accent: '#6b4fbb',
      footer: ['Explore', 'Help', 'About GitLab', 'Community forum'],
      body: `
<div class="card">
  <h1>Two-factor authentication</h1>
  <form class="edit_user gl-show-field-errors" id="js-login-2fa-device" action="/users/sign_in" accept-charset="UTF-8" method="post">
    <input type="hidden" name="authenticity_token" value="k2hG0x1Fh8">
    <input type="hidden" name="user[remember_me]" value="0">
    <label for="user_otp_attempt">Enter verification code</label>
    <input class="form-control gl-form-input" required="required" autofocus="autofocus" autocomplete="off" inputmode="numeric" title="This field is required." type="text" name="user[otp_attempt]" id="user_otp_attempt" data-expect="totp">
    <p class="muted">Enter the code from your two-factor authenticator app. If you've lost your device, you can enter one of your recovery codes.</p>
    <button type="submit" class="btn btn-confirm" data-testid="verify-code-button">Verify code</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'npm-otp',
    url: 'https://www.npmjs.com/login/otp?next=%2Fsettings%2Falice%2Fpackages',
    description: 'npm "Two-Factor Authentication" page asking for a one-time password from an authenticator.',
    bindings: ['npmjs.com'],
    appears: 'load',
    html: doc({
      title: 'npm | Two-Factor Authentication',
      brand: 'npm',
      accent: '#cb3837',
      search: 'Search packages',
      nav: ['Pro', 'Teams', 'Pricing', 'Documentation'],
      body: `
<div class="card">
  <h1>Two-Factor Authentication</h1>
  <form method="POST" action="/login/otp">
    <input type="hidden" name="csrftoken" value="0d9a9c7c">
    <label for="login_otp">One-Time Password</label>
    <input type="text" id="login_otp" name="otp" autocomplete="one-time-code" inputmode="numeric" aria-describedby="otp-help" autofocus data-expect="totp">
    <p id="otp-help" class="muted">Open your authenticator app to find your code. Or use a recovery code.</p>
    <button type="submit">Login</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'cloudflare-totp',
    url: 'https://dash.cloudflare.com/login/two-factor',
    description: 'Cloudflare dashboard two-factor step, "Enter the 6-digit code from your authentication app".',
    bindings: ['cloudflare.com'],
    appears: 'load',
    html: doc({
      title: 'Two-factor authentication | Cloudflare',
      brand: 'Cloudflare',
      accent: '#f38020',
      footer: ['Support', 'System status', 'Careers', 'Terms of Use', 'Privacy Policy', 'Cookie Preferences'],
      cookies: { text: 'We use cookies to enhance your experience.', accept: 'Accept all cookies', reject: 'Reject all' },
      body: `
<div class="card">
  <h1>Two-factor authentication</h1>
  <p>Enter the 6-digit code from your authentication app.</p>
  <form data-testid="two-factor-form">
    <label for="twofactor_token">Authentication code</label>
    <input id="twofactor_token" name="twofactor_token" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" maxlength="6" data-testid="two-factor-token-input" data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" name="remember"> Trust this device for 30 days</label>
    <button type="submit" data-testid="two-factor-submit">Log in</button>
  </form>
  <p class="muted"><a href="#">Use a backup code</a></p>
</div>`,
    }),
  },
  {
    id: 'discord-mfa',
    url: 'https://discord.com/login',
    description:
      'Discord Multi-Factor Authentication modal: "Enter Discord Auth/Backup Code", one field accepting 6 digits or an 8-symbol backup code.',
    bindings: ['discord.com'],
    appears: 'load',
    html: doc({
      title: 'Discord',
      brand: 'Discord',
      accent: '#5865f2',
      css: 'body{background:#313338;color:#dbdee1}.card{background:#2b2d31;border-color:#1e1f22}',
      body: `
<section class="card" aria-label="Multi-Factor Authentication">
  <h1>Multi-Factor Authentication</h1>
  <p>Log in with your phone number or email</p>
  <form>
    <label for="uid_mfa">Enter Discord Auth/Backup Code <span style="color:#f23f43">*</span></label>
    <input class="inputDefault-3FGxgL input-2g-os5" id="uid_mfa" name="code" type="text" placeholder="6-digit authentication code/8-symbol backup code" aria-label="Enter Discord Auth/Backup Code" autocomplete="one-time-code" maxlength="10" spellcheck="false" data-expect="totp">
    <button type="submit">Log In</button>
  </form>
  <p class="muted"><a href="#">Go Back to Login</a></p>
</section>`,
    }),
  },
  {
    id: 'reddit-totp',
    url: 'https://www.reddit.com/login/',
    description: 'Reddit login two-factor step: "Enter the 6-digit code from your authenticator app".',
    bindings: ['reddit.com'],
    appears: 'load',
    html: doc({
      title: 'Reddit - Dive into anything',
      brand: 'reddit',
      accent: '#ff4500',
      search: 'Search Reddit',
      body: `
<div class="card">
  <h1>Verify it's you</h1>
  <p>Enter the 6-digit code from your authenticator app</p>
  <form action="/svc/shreddit/account/login" method="post">
    <label for="one-time-code-appOtp">Verification code</label>
    <input id="one-time-code-appOtp" name="appOtp" type="text" inputmode="numeric" maxlength="6" autocomplete="one-time-code" required data-expect="totp">
    <button type="submit">Check code</button>
  </form>
  <p class="muted">Can't access your authenticator app? <a href="#">Use a backup code</a></p>
</div>`,
    }),
  },
  {
    id: 'x-verification',
    url: 'https://x.com/i/flow/login',
    description: 'X (Twitter) login flow "Enter your verification code" with the generic name="text" field.',
    bindings: ['x.com'],
    appears: 'load',
    html: doc({
      title: 'Log in to X / X',
      brand: 'X',
      accent: '#0f1419',
      body: `
<div class="card" role="dialog" aria-modal="true" aria-labelledby="modal-header">
  <h1 id="modal-header"><span>Enter your verification code</span></h1>
  <div><span>Use your code generator app to generate a code and enter it below.</span></div>
  <form>
    <label><div dir="ltr"><span>Enter code</span></div>
    <input autocapitalize="sentences" autocomplete="on" autocorrect="on" inputmode="numeric" name="text" spellcheck="true" type="text" dir="auto" class="r-30o5oe r-1dz5y72" data-testid="ocfEnterTextTextInput" value="" data-expect="totp"></label>
    <button type="button" data-testid="ocfEnterTextNextButton">Next</button>
  </form>
  <p class="muted"><a href="#">Having trouble?</a></p>
</div>`,
    }),
  },
  {
    id: 'facebook-approvals',
    url: 'https://www.facebook.com/checkpoint/?next=https%3A%2F%2Fwww.facebook.com%2F',
    description: 'Facebook checkpoint "Go to your authentication app": approvals_code, "Enter the 6-digit code …".',
    bindings: ['facebook.com'],
    appears: 'load',
    html: doc({
      title: 'Facebook',
      brand: 'facebook',
      accent: '#1877f2',
      footer: ['English (US)', 'Español', 'Français (France)', 'Sign Up', 'Log In', 'Messenger'],
      body: `
<div class="card">
  <h1>Go to your authentication app</h1>
  <p>Enter the 6-digit code for this account from the two-factor authentication app you set up (such as Duo Mobile or Google Authenticator).</p>
  <form method="post" action="/checkpoint/?next">
    <input type="hidden" name="fb_dtsg" value="NAcN0a">
    <input type="hidden" name="nh" value="7e2c0a">
    <input type="text" class="inputtext" id="approvals_code" name="approvals_code" placeholder="Code" autocomplete="off" aria-label="Code" data-expect="totp">
    <button type="submit" name="submit[Continue]" id="checkpointSubmitButton">Continue</button>
  </form>
  <p class="muted"><a href="#">Try another way</a></p>
</div>`,
    }),
  },
  {
    id: 'okta-tel',
    url: 'https://acme.okta.com/signin/verify/google/token%3Asoftware%3Atotp',
    description:
      'Okta classic sign-in widget, Google Authenticator factor: name="answer", type=tel, "Enter Code" (binding is the tenant host).',
    bindings: ['acme.okta.com'],
    appears: 'load',
    html: doc({
      title: 'Acme Corp - Sign In',
      brand: 'Acme Corp',
      accent: '#1662dd',
      footer: ['Powered by Okta', 'Privacy Policy'],
      body: `
<div id="okta-sign-in" class="auth-container main-container card">
  <form method="POST" action="/signin/verify/google/token:software:totp" class="mfa-verify-totp primary-auth o-form" data-se="factor-totp" id="form44">
    <div class="beacon-container"></div>
    <h2 class="okta-form-title o-form-head" style="font-size:20px">Google Authenticator</h2>
    <p class="okta-form-subtitle o-form-explain" data-se="o-form-explain">Enter your Google Authenticator passcode</p>
    <div class="o-form-fieldset" data-se="o-form-fieldset-answer">
      <label for="input67" class="o-form-label">Enter Code</label>
      <span data-se="o-form-input-answer" class="o-form-input-name-answer"><input type="tel" placeholder="" name="answer" id="input67" value="" aria-label="" autocomplete="off" data-expect="totp"></span>
    </div>
    <input class="button button-primary" type="submit" value="Verify" data-type="save">
  </form>
  <p class="muted"><a href="#">Sign Out</a></p>
</div>`,
    }),
  },
  {
    id: 'auth0-code',
    url: 'https://login.acmecorp.com/u/mfa-otp-challenge?state=hKFo2SBvdm5GR0RyUWx6TWdfR1pLZ0o3',
    description: 'Auth0 Universal Login on a custom domain: "Verify Your Identity", one-time password field name="code".',
    bindings: ['acmecorp.com'],
    appears: 'load',
    html: doc({
      title: 'Enter your one-time code to log in | Acme',
      brand: 'Acme',
      accent: '#635dff',
      footer: ['Privacy', 'Terms'],
      body: `
<section class="c7c7b4e4c card" data-event-id="ulp-container">
  <header><h1 class="c3b3ee2c5">Verify Your Identity</h1>
  <p>Check your preferred one-time password application for a code.</p></header>
  <form method="POST" class="ce4a5e7f2" data-form-primary="true">
    <input type="hidden" name="state" value="hKFo2SBvdm5GR0RyUWx6">
    <div class="input-wrapper">
      <label class="c5c4c5a61" for="code">Enter your one-time code</label>
      <input class="input ce8a2d73c" name="code" id="code" type="text" value="" required autocomplete="one-time-code" autocapitalize="none" spellcheck="false" autofocus inputmode="numeric" pattern="[0-9]*" data-expect="totp">
    </div>
    <label style="font-weight:400"><input type="checkbox" name="rememberBrowser" value="true"> Remember this device for 30 days</label>
    <button type="submit" name="action" value="default">Continue</button>
  </form>
  <p class="muted"><a href="/u/mfa-otp-challenge?state=hKFo&amp;action=pick-authenticator">Try another method</a></p>
</section>`,
    }),
  },
  {
    id: 'atlassian-mfa',
    url: 'https://id.atlassian.com/login/mfa',
    description: 'Atlassian account two-step verification, "Enter the 6-digit verification code from your authenticator app".',
    bindings: ['atlassian.com'],
    appears: 'load',
    html: doc({
      title: 'Log in with Atlassian account',
      brand: 'ATLASSIAN',
      accent: '#0052cc',
      footer: ['Privacy Policy', 'User Notice', 'One account for Jira, Confluence, Trello and more.'],
      body: `
<section class="card" role="main" data-testid="mfa-login-form">
  <h1>Verify it's you</h1>
  <p>Enter the 6-digit verification code from your authenticator app.</p>
  <form id="form-mfa" novalidate>
    <label for="otpCode">Verification code</label>
    <input id="otpCode" name="otpCode" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-testid="otp-input" placeholder="Enter code" data-expect="totp">
    <button id="submit-otp" type="submit">Verify</button>
  </form>
  <p class="muted"><a href="#">Can't access your authenticator app?</a></p>
</section>`,
    }),
  },
  {
    id: 'shopify-tfa',
    url: 'https://accounts.shopify.com/lookup/two-factor?rid=5c2f0f6b-1c0e-4f4c-9c3a-5ad6b7f5e1a2',
    description: 'Shopify account "Two-step authentication", tfa_code field for the authentication app.',
    bindings: ['shopify.com'],
    appears: 'load',
    html: doc({
      title: 'Two-step authentication — Shopify',
      brand: 'shopify',
      accent: '#008060',
      footer: ['Help', 'Privacy', 'Terms'],
      body: `
<div class="card">
  <h1>Two-step authentication</h1>
  <p>Enter the 6-digit code from your authentication app.</p>
  <form action="/lookup/two-factor" method="post">
    <input type="hidden" name="authenticity_token" value="eZ8x">
    <label for="account_tfa_code">Authentication code</label>
    <input type="text" name="tfa_code" id="account_tfa_code" autocomplete="one-time-code" inputmode="numeric" class="ui-text-field__input" aria-required="true" data-expect="totp">
    <button type="submit" class="ui-button ui-button--primary">Log in</button>
  </form>
  <p class="muted"><a href="#">Use a recovery code</a> · <a href="#">Log in with another method</a></p>
</div>`,
    }),
  },
  {
    id: 'slack-2fa',
    url: 'https://acme-corp.slack.com/?redir=%2Fgantry%2Fclient',
    description: 'Slack workspace sign-in "Two-factor authentication" step, field name 2fa_code.',
    bindings: ['slack.com'],
    appears: 'load',
    html: doc({
      title: 'Two-factor authentication | Slack',
      brand: 'slack',
      accent: '#4a154b',
      footer: ['Privacy & Terms', 'Contact Us', 'Change region'],
      body: `
<div class="card">
  <h1>Two-factor authentication</h1>
  <p>Enter the 6-digit code from your authentication app to sign in to <strong>acme-corp.slack.com</strong>.</p>
  <form id="signin_form" action="/" method="post" accept-charset="UTF-8">
    <input type="hidden" name="signin_2fa" value="1">
    <input type="hidden" name="crumb" value="s-1735689600-9a0b">
    <input type="text" name="2fa_code" id="auth_code" size="6" maxlength="10" autocomplete="off" autocorrect="off" spellcheck="false" placeholder="123456" aria-label="Authentication code" data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" name="remember" checked> Remember me for 30 days</label>
    <button type="submit" id="signin_btn">Sign In</button>
  </form>
  <p class="muted"><a href="#">Use a backup code</a></p>
</div>`,
    }),
  },
  {
    id: 'amazon-otp',
    url: 'https://www.amazon.com/ap/mfa?arb=4c1f9c6e-1d0b-4b63-9f2a-7f4f6b2b8e1d',
    description: 'Amazon "Two-Step Verification": "Enter OTP" field from an authenticator app.',
    bindings: ['amazon.com'],
    appears: 'load',
    html: doc({
      title: 'Amazon Two-Step Verification',
      brand: 'amazon',
      accent: '#ff9900',
      footer: ['Conditions of Use', 'Privacy Notice', 'Help'],
      body: `
<div class="card a-box">
  <h1>Two-Step Verification</h1>
  <p>Enter the OTP generated by your Authenticator App</p>
  <form name="signIn" method="post" novalidate action="/ap/signin" class="auth-validate-form">
    <input type="hidden" name="appActionToken" value="zKj2">
    <input type="hidden" name="mfaSubmit" value="Submit">
    <label for="auth-mfa-otpcode" class="a-form-label">Enter OTP:</label>
    <input type="tel" maxlength="7" id="auth-mfa-otpcode" autocomplete="off" name="otpCode" class="a-input-text a-span12 auth-autofocus" data-expect="totp">
    <label style="font-weight:400"><input type="checkbox" name="rememberDevice"> Don't require OTP on this browser</label>
    <input id="auth-signin-button" class="a-button-input btn" type="submit" value="Sign in">
  </form>
  <p class="muted"><a href="#">Didn't receive the OTP?</a></p>
</div>`,
    }),
  },
  {
    id: 'wordpress-2fa',
    url: 'https://wordpress.com/log-in/authenticator',
    description: 'WordPress.com "Continue with an authenticator app", field twoStepCode.',
    bindings: ['wordpress.com'],
    appears: 'load',
    html: doc({
      title: 'Log In — WordPress.com',
      brand: 'WordPress.com',
      accent: '#3858e9',
      body: `
<div class="card">
  <h1>Continue with an authenticator app</h1>
  <p>Please enter the verification code generated by your authenticator app.</p>
  <form>
    <label for="twoStepCode" class="form-label">Verification code</label>
    <input autocomplete="one-time-code" type="text" name="twoStepCode" id="twoStepCode" inputmode="numeric" pattern="[0-9]*" placeholder="123456" class="form-text-input" value="" data-expect="totp">
    <button type="submit" class="button is-primary">Continue</button>
  </form>
  <p class="muted"><a href="#">Continue with a backup code</a> · <a href="#">Send code via text message</a></p>
</div>`,
    }),
  },
  {
    id: 'bank-8-digit',
    url: 'https://online.northbridgebank.com/auth/token',
    description: 'Retail bank online banking: 8-digit code from an authenticator ("security token") app, maxlength 8.',
    bindings: ['northbridgebank.com'],
    appears: 'load',
    digits: 8,
    html: doc({
      title: 'Northbridge Bank Online Banking – Verify',
      brand: 'Northbridge Bank',
      accent: '#00573f',
      nav: ['Personal', 'Business', 'Wealth', 'Branch locator'],
      search: 'Search Northbridge',
      footer: ['Accessibility', 'Security centre', 'Privacy', 'Member FDIC', 'Equal Housing Lender'],
      body: `
<div class="card">
  <h1>Confirm it's you</h1>
  <p>Open your authenticator app and enter the 8-digit code shown for <strong>Northbridge Online</strong>.</p>
  <form id="tokenForm" method="post" autocomplete="off">
    <label for="tokenCode">8-digit authentication code</label>
    <input type="text" id="tokenCode" name="tokenCode" maxlength="8" inputmode="numeric" pattern="\\d{8}" autocomplete="one-time-code" aria-describedby="tokenHint" data-expect="totp">
    <p id="tokenHint" class="muted">The code changes every 30 seconds.</p>
    <button type="submit">Log on</button>
  </form>
  <p class="muted">Never share this code. Northbridge Bank will never call you to ask for it.</p>
</div>`,
    }),
  },
  {
    id: 'type-number-totp',
    url: 'https://console.cloudhaven.io/login/totp',
    description: 'Hosting console whose TOTP field is <input type="number">.',
    bindings: ['cloudhaven.io'],
    appears: 'load',
    html: doc({
      title: 'CloudHaven Console — Two-factor',
      brand: 'CloudHaven',
      accent: '#7c3aed',
      body: `
<div class="card">
  <h1>Two-factor authentication</h1>
  <p>Enter the code shown in your authenticator app for CloudHaven.</p>
  <form method="post">
    <label for="totp">Authenticator code</label>
    <input type="number" id="totp" name="totp" min="0" max="999999" step="1" placeholder="000000" data-expect="totp">
    <button type="submit">Verify</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'type-password-totp',
    url: 'https://secure.brokerly.com/auth/2fa',
    description: 'Brokerage masking the authenticator code: <input type="password" autocomplete="one-time-code">.',
    bindings: ['brokerly.com'],
    appears: 'load',
    html: doc({
      title: 'Brokerly · Two-step login',
      brand: 'Brokerly',
      accent: '#0e7490',
      footer: ['Disclosures', 'Privacy', 'Security', 'Member SIPC'],
      body: `
<div class="card">
  <h1>Two-step login</h1>
  <p>Enter the 6-digit code from your authenticator app (Google Authenticator, Authy, 1Password…).</p>
  <form method="post">
    <label for="otp_code">Authenticator code</label>
    <input type="password" id="otp_code" name="otp_code" autocomplete="one-time-code" inputmode="numeric" maxlength="6" data-expect="totp">
    <button type="submit">Continue</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'inputmode-only',
    url: 'https://app.fieldnote.io/verify',
    description:
      'Field with no telling name/id/autocomplete: only inputmode=numeric maxlength=6, label "Verification code", and authenticator-app instructions in a nearby paragraph.',
    bindings: ['fieldnote.io'],
    appears: 'load',
    html: doc({
      title: 'Fieldnote',
      brand: 'Fieldnote',
      accent: '#ea580c',
      body: `
<div class="card">
  <h1>One more step</h1>
  <p>Open your authenticator app (such as Google Authenticator or Authy) and enter the code shown for Fieldnote.</p>
  <form method="post" action="/verify">
    <label for="f1">Verification code</label>
    <input id="f1" name="v" inputmode="numeric" maxlength="6" data-expect="totp">
    <button type="submit">Confirm</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'placeholder-only',
    url: 'https://portal.quayside.dev/login/step-2',
    description:
      'Two-factor step where the field itself has nothing but placeholder="123456" (no name/label/autocomplete); page heading says two-factor.',
    bindings: ['quayside.dev'],
    appears: 'load',
    html: doc({
      title: 'Quayside — Sign in',
      brand: 'Quayside',
      accent: '#0284c7',
      body: `
<div class="card">
  <h1>Two-factor authentication</h1>
  <p>Signing in as <strong>alice</strong>.</p>
  <form method="post">
    <input placeholder="123456" data-expect="totp">
    <button type="submit">Sign in</button>
  </form>
</div>`,
    }),
  },
];
