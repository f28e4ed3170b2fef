import { doc, frameDoc } from '../html';
import type { CorpusPage } from '../types';

const SAME_ORIGIN_FRAME = 'https://my.hostpanel.net/login/2fa/frame?embed=1';
const BOUND_FRAME = 'https://acme.okta.com/oauth2/v1/authorize/mfa?display=iframe&client_id=0oa1b2c3d4';
const UNBOUND_FRAME = 'https://verify.authbridge.io/widget/totp?merchant=tb_7781';

/** Code forms inside iframes. Expectations inside a frame are about that frame's origin. */
export const FRAMES: CorpusPage[] = [
  {
    id: 'iframe-same-origin',
    url: 'https://my.hostpanel.net/login/2fa',
    description: 'Hosting control panel that loads its two-factor form in a same-origin iframe.',
    bindings: ['hostpanel.net'],
    appears: 'load',
    html: doc({
      title: 'HostPanel — Two-factor login',
      brand: 'HostPanel',
      accent: '#0369a1',
      body: `
<div class="card">
  <h1>Two-factor login</h1>
  <iframe src="${SAME_ORIGIN_FRAME}" title="Two-factor authentication" style="width:100%;height:260px;border:0"></iframe>
</div>`,
    }),
    frames: {
      [SAME_ORIGIN_FRAME]: frameDoc({
        title: 'Two-factor authentication',
        accent: '#0369a1',
        body: `
<form method="post" action="/login/2fa">
  <p>Enter the 6-digit code from your authenticator app.</p>
  <label for="tfa">Authentication code</label>
  <input id="tfa" name="tfa_code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
  <button type="submit">Log in</button>
</form>`,
      }),
    },
  },
  {
    id: 'iframe-cross-origin-bound',
    url: 'https://intranet.acmecorp-hr.com/login',
    description:
      'HR intranet embedding its identity provider (Okta tenant acme.okta.com) in a cross-origin iframe; the account is bound to the IdP host, so the frame is filled.',
    bindings: ['acme.okta.com'],
    appears: 'load',
    html: doc({
      title: 'Acme HR — Sign in',
      brand: 'Acme HR',
      accent: '#1662dd',
      nav: ['Benefits', 'Payroll', 'Directory'],
      search: 'Search the intranet',
      body: `
<div class="card">
  <h1>Sign in with Acme SSO</h1>
  <iframe src="${BOUND_FRAME}" title="Acme SSO" style="width:100%;height:300px;border:1px solid #d0d7de;border-radius:6px"></iframe>
</div>`,
    }),
    frames: {
      [BOUND_FRAME]: frameDoc({
        title: 'Acme SSO - Verify',
        accent: '#1662dd',
        body: `
<h1 style="font-size:18px">Okta Verify</h1>
<form method="post">
  <p>Enter the code from Okta Verify or your authenticator app.</p>
  <label for="credentials.passcode">Enter code</label>
  <input type="text" id="credentials.passcode" name="credentials.passcode" autocomplete="one-time-code" inputmode="numeric" data-expect="totp">
  <button type="submit">Verify</button>
</form>`,
      }),
    },
  },
  {
    id: 'iframe-cross-origin-unbound',
    url: 'https://www.travelbooker.com/checkout/verify',
    description:
      'Travel checkout embedding a third-party verification widget (authbridge.io) that asks for an authenticator code. The account is bound to travelbooker.com only, so the frame must NOT be filled; the top page has no code field.',
    bindings: ['travelbooker.com'],
    appears: 'load',
    html: doc({
      title: 'TravelBooker — Confirm your booking',
      brand: 'TravelBooker',
      accent: '#0ea5e9',
      nav: ['Flights', 'Hotels', 'Cars'],
      body: `
<div class="card">
  <h1>Confirm your booking</h1>
  <p>Booking ref <strong>TB-7781-QX</strong> · London → Lisbon · 2 adults</p>
  <iframe src="${UNBOUND_FRAME}" title="Verification" style="width:100%;height:260px;border:1px solid #d0d7de;border-radius:6px"></iframe>
</div>`,
    }),
    frames: {
      [UNBOUND_FRAME]: frameDoc({
        title: 'AuthBridge verification',
        accent: '#334155',
        body: `
<form method="post">
  <p>Enter the 6-digit code from your authenticator app to approve this payment.</p>
  <label for="code">Authentication code</label>
  <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="none">
  <button type="submit">Approve</button>
</form>`,
      }),
    },
  },
];
