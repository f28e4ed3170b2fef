import { boxes, doc } from '../html';
import type { CorpusPage } from '../types';
import { AUTO_ADVANCE } from './split';

/**
 * Regression pages (issue 13): real code fields that detection used to miss or fill wrongly: split rows without
 * maxlength (told by their shared name stem and index), grouped rows, and codes named only by a placeholder or
 * by the step's heading.
 */
export const STRUCTURE: CorpusPage[] = [
  {
    id: 'split-number-no-maxlength',
    url: 'https://secure.orchardbank.com/login/verify',
    description: 'Six type=number boxes without maxlength, named otp-0..otp-5, autocomplete=one-time-code on each.',
    bindings: ['orchardbank.com'],
    appears: 'load',
    html: doc({
      title: 'Two-step verification',
      brand: 'Orchard Bank',
      accent: '#15803d',
      script: AUTO_ADVANCE,
      body: `
<div class="card">
  <h1>Two-step verification</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <form method="post">
    <div class="boxes">
${boxes({ count: 6, attrs: (i) => `type="number" name="otp-${i}" id="otp-${i}" autocomplete="one-time-code" inputmode="numeric"` })}
    </div>
    <button type="submit">Verify</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'split-grouped-3-3-no-maxlength',
    url: 'https://id.copperline.net/mfa',
    description: 'Two groups of three type=tel boxes in separate wrappers, names digit1..digit6, no maxlength.',
    bindings: ['copperline.net'],
    appears: 'load',
    html: doc({
      title: 'Security check',
      brand: 'Copperline',
      accent: '#9a3412',
      script: AUTO_ADVANCE,
      body: `
<div class="card">
  <h1>Multi-factor authentication</h1>
  <p>Open your authenticator app and type the code shown for Copperline.</p>
  <form method="post">
    <div class="boxes" role="group" aria-label="Authentication code">
      <div class="boxes code-group">
${boxes({ count: 3, attrs: (i) => `type="tel" name="digit${i + 1}" class="code-digit" autocomplete="off"` })}
      </div>
      <span aria-hidden="true">–</span>
      <div class="boxes code-group">
${boxes({ count: 3, attrs: (i) => `type="tel" name="digit${i + 4}" class="code-digit" autocomplete="off"` }).replace(
  /data-split-index="(\d)"/g,
  (_m, d: string) => `data-split-index="${Number(d) + 3}"`,
)}
      </div>
    </div>
    <button type="submit">Continue</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'placeholder-passcode-framework',
    url: 'https://portal.meridianhealth.org/sso/verify',
    description: 'A field known only by its placeholder "Enter passcode" and framework classes; Duo Mobile named in the step.',
    bindings: ['meridianhealth.org'],
    appears: 'load',
    html: doc({
      title: 'Meridian Health sign-in',
      brand: 'Meridian Health',
      accent: '#0e7490',
      body: `
<div class="card MuiPaper-root MuiPaper-elevation1 css-1ps6pg7">
  <div class="MuiTypography-root MuiTypography-h5 css-zq6grw">Verify your identity</div>
  <p class="MuiTypography-root MuiTypography-body2 css-1d3bbye">Open Duo Mobile and enter the passcode it shows.</p>
  <div class="MuiFormControl-root MuiTextField-root css-i44wyl">
    <div class="MuiInputBase-root MuiOutlinedInput-root css-1bn53lx">
      <input type="text" placeholder="Enter passcode" class="MuiInputBase-input MuiOutlinedInput-input css-1x5jdmq" data-expect="totp">
    </div>
  </div>
  <button type="button" class="MuiButton-root MuiButton-contained css-1hw9j7s">Verify</button>
</div>`,
    }),
  },
  {
    id: 'heading-only-maxlength-6',
    url: 'https://members.sablecove.com/account/login',
    description: 'A nameless field (maxlength=6 only) under a "Two-Factor Authentication" heading.',
    bindings: ['sablecove.com'],
    appears: 'load',
    html: doc({
      title: 'Members — Sign in',
      brand: 'Sable Cove',
      accent: '#4338ca',
      body: `
<div class="card">
  <h2>Two-Factor Authentication</h2>
  <form method="post" action="/account/login/2fa">
    <p>Enter the code to continue.</p>
    <input type="text" maxlength="6" autocomplete="off" data-expect="totp">
    <button type="submit">Sign in</button>
  </form>
</div>`,
    }),
  },
];
