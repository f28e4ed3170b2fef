import { doc } from '../html';
import type { CorpusPage } from '../types';

const trap = (name: string, style: string) =>
  `<input name="${name}" type="text" inputmode="numeric" autocomplete="one-time-code" tabindex="-1" style="${style}" data-expect="none">`;

/** Code fields a person cannot see although they are displayed (issue 14): each must be left alone. */
export const UNSEEN: CorpusPage[] = [
  {
    id: 'traps-unseen',
    url: 'https://secure.harborline.bank/login/verify',
    description:
      'One visible authenticator field plus copies a person cannot see: opacity 0.01, a parent at opacity 0.001, filter: opacity(0), covered by an opaque box, under a white panel at z-index:-1, 2×2 px, scale(0.06), inside a 0×0 overflow:hidden box, clip-path inset(50%), clip rect(0 0 0 0), transparent text and border, off-screen right and below.',
    bindings: ['harborline.bank'],
    appears: 'load',
    html: doc({
      title: 'Harborline Bank — Verify it is you',
      brand: 'Harborline Bank',
      accent: '#0f766e',
      body: `
<form class="card" method="post" action="/login/verify">
  <h1>Verify it's you</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <label for="auth_code">Authenticator code</label>
  <input id="auth_code" name="auth_code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
  <button type="submit">Verify</button>
  ${trap('otp_a', 'opacity:0.01')}
  <div style="opacity:0.001">${trap('otp_b', '')}</div>
  ${trap('otp_c', 'filter:opacity(0)')}
  <div style="position:relative;display:inline-block">${trap('otp_d', '')}<div style="position:absolute;inset:-4px;background:#fff"></div></div>
  <div style="background:#fff">${trap('otp_e', 'position:relative;z-index:-1')}</div>
  ${trap('otp_f', 'width:2px;height:2px;padding:0;border:0')}
  ${trap('otp_g', 'transform:scale(0.06)')}
  <div style="width:0;height:0;overflow:hidden">${trap('otp_h', '')}</div>
  ${trap('otp_i', 'clip-path:inset(50%)')}
  ${trap('otp_j', 'position:absolute;clip:rect(0 0 0 0)')}
  ${trap('otp_k', 'color:transparent;caret-color:transparent;border-color:transparent;background:transparent;outline:none')}
  ${trap('otp_l', 'position:absolute;left:3000px;top:120px')}
  ${trap('otp_m', 'position:absolute;left:24px;top:3000px')}
</form>`,
    }),
  },
];
