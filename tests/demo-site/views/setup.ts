/**
 * The authenticator setup page and its QR variants (`/security/2fa/setup?qr=…`),
 * each mimicking a way real sites present the code, with ordinary page clutter
 * around it so a scanner can't rely on a clean capture.
 */
import { DEFAULT_QR_STYLE, qrMatrix, qrPixelSize, qrPngDataUrl, qrSvg, type QrStyle } from '../qr';
import { DECOY_ISSUER, groupSecret, otpauthUri } from '../totp';
import { html, jsonScript, type SafeHtml } from './html';
import { csrfField, errorAlert } from './layout';

export const QR_VARIANTS = ['img', 'canvas', 'svg', 'dark', 'small', 'below', 'two', 'nonotp'] as const;
export type QrVariant = (typeof QR_VARIANTS)[number];

export function parseQrVariant(value: string | null): QrVariant {
  return QR_VARIANTS.find((v) => v === value) ?? 'img';
}

/** What the `nonotp` variant encodes instead of an otpauth URI (an "get our app" link, as some sites show). */
export const NON_OTP_URL = 'https://example.com/app';

export const QR_ALT = 'QR code to scan with your authenticator app';
export const DECOY_QR_ALT = 'QR code for the backup account';
export const APP_QR_ALT = 'QR code to get the Tessera Demo mobile app';

/** Light modules on a dark background: an inverted QR, which some scanners miss. */
const DARK_STYLE: QrStyle = { scale: 5, dark: '#e9ecef', light: '#1a1b1e' };
/** 2 px per module: the smallest sites go, tiny on a high-DPI screen. */
const SMALL_STYLE: QrStyle = { ...DEFAULT_QR_STYLE, scale: 2 };

export interface SetupView {
  csrf: string;
  username: string;
  variant: QrVariant;
  secret: string;
  /** Only for `two`: the second, never-accepted secret. */
  decoySecret: string;
  error: string | null;
}

export interface SetupPage {
  body: SafeHtml;
  theme: 'light' | 'dark';
  scripts: string[];
}

async function imgQr(text: string, alt: string, style: QrStyle, extraClass = ''): Promise<SafeHtml> {
  const size = qrPixelSize(text, style.scale);
  return html`<img class="qr ${extraClass}" src="${await qrPngDataUrl(text, style)}" alt="${alt}" width="${size}" height="${size}" />`;
}

/** The canvas variant ships only the module matrix; qr-canvas.js paints it (as sites using JS QR libraries do). */
function canvasQr(text: string): SafeHtml {
  const scale = DEFAULT_QR_STYLE.scale;
  const size = qrPixelSize(text, scale);
  return html`<canvas class="qr" id="qr-canvas" width="${size}" height="${size}" role="img" aria-label="${QR_ALT}"
      >Your browser can't show the QR code; use the setup key below.</canvas
    >
    ${jsonScript('qr-matrix', { modules: qrMatrix(text), scale, quietZone: 4 })}`;
}

function figure(qr: SafeHtml, caption: string): SafeHtml {
  return html`<figure class="qr-figure">
    ${qr}
    <figcaption>${caption}</figcaption>
  </figure>`;
}

async function qrBlock(v: SetupView, uri: string): Promise<SafeHtml> {
  switch (v.variant) {
    case 'canvas':
      return figure(canvasQr(uri), 'Scan with your authenticator app');
    case 'svg':
      return figure(qrSvg(uri, QR_ALT), 'Scan with your authenticator app');
    case 'dark':
      return figure(await imgQr(uri, QR_ALT, DARK_STYLE), 'Scan with your authenticator app');
    case 'small':
      return figure(await imgQr(uri, QR_ALT, SMALL_STYLE, 'pixelated'), 'Scan with your authenticator app');
    case 'two': {
      // Only the first QR's secret is ever accepted; the second is a decoy "backup account".
      const decoy = otpauthUri(v.decoySecret, v.username, DECOY_ISSUER);
      return html`<div class="qr-pair">
        ${figure(await imgQr(uri, QR_ALT, DEFAULT_QR_STYLE), 'Your account')}
        ${figure(await imgQr(decoy, DECOY_QR_ALT, DEFAULT_QR_STYLE), 'Backup account (optional)')}
      </div>`;
    }
    case 'nonotp':
      return figure(await imgQr(NON_OTP_URL, APP_QR_ALT, DEFAULT_QR_STYLE), 'Get the Tessera Demo app for your phone');
    case 'img':
    case 'below':
      return figure(await imgQr(uri, QR_ALT, DEFAULT_QR_STYLE), 'Scan with your authenticator app');
  }
}

/** ~2000 px of reading before the QR, so it starts below the fold. */
function longIntro(): SafeHtml {
  const topics = [
    'Why a password is not enough',
    'How an authenticator app works',
    'What happens if I lose my phone?',
    'Can I use more than one device?',
    'Which apps work with Tessera Demo?',
  ];
  return html`<div class="long-read">
    ${topics.map(
      (t) =>
        html`<h2>${t}</h2>
          <p>
            Passwords leak in data breaches and get reused across sites. A second step makes a leaked password useless on its own: signing
            in also needs a short code that changes every 30 seconds and only your device can produce.
          </p>
          <p>
            Authenticator apps compute the code from a shared secret and the current time, so they work offline. Keep your backup codes
            somewhere safe in case your device is lost.
          </p>`,
    )}
  </div>`;
}

export async function setupPage(v: SetupView): Promise<SetupPage> {
  const uri = otpauthUri(v.secret, v.username);
  const qr = await qrBlock(v, uri);
  const appHint =
    v.variant === 'nonotp'
      ? html`<p>Our app can't add accounts by scanning yet: install it, then type the setup key shown under “Can't scan it?”.</p>`
      : html`<p>Scan this QR code with an authenticator app such as Tessera, Google Authenticator or 1Password.</p>`;
  const body = html`<h1>Set up your authenticator app</h1>
    <ol class="steps">
      <li>Install an authenticator app.</li>
      <li>Add Tessera Demo by scanning the QR code.</li>
      <li>Enter the code the app shows.</li>
    </ol>
    <p class="badges" aria-label="Available on">
      <span class="badge">App Store</span> <span class="badge">Google Play</span> <span class="badge">Browser extension</span>
    </p>
    ${v.variant === 'below' ? longIntro() : null}
    <section aria-labelledby="scan-heading" class="scan">
      <h2 id="scan-heading">Scan the QR code</h2>
      ${appHint}${qr}
    </section>
    <details class="setup-key-box" ${v.variant === 'nonotp' ? html` open` : null}>
      <summary>Can't scan it?</summary>
      <p>Enter this setup key in your app instead. Account: <strong>${v.username}</strong>, type: time-based.</p>
      <p><code id="setup-key" class="setup-key">${groupSecret(v.secret)}</code></p>
    </details>
    ${errorAlert(v.error)}
    <form method="post" action="/security/2fa/setup?qr=${v.variant}" class="stack">
      ${csrfField(v.csrf)}
      <label for="setup-code">Enter the 6-digit code from your app</label>
      <input id="setup-code" name="code" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9 ]*" maxlength="7" required />
      <button type="submit">Verify</button>
    </form>
    <p><a href="/security">Cancel</a></p>`;
  return { body, theme: v.variant === 'dark' ? 'dark' : 'light', scripts: v.variant === 'canvas' ? ['qr-canvas.js'] : [] };
}
