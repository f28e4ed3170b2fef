import { doc } from '../html';
import type { CorpusPage } from '../types';
import { ENGLISH } from './english';

function htmlOf(id: string): string {
  const page = ENGLISH.find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id}`);
  return page.html;
}

/** The same markup with every expectation turned to 'none' (for look-alike origins). */
function asLookAlike(html: string): string {
  return html.replace(/data-expect="totp"/g, 'data-expect="none"');
}

/**
 * Pages where an account IS bound to the page's site but nothing may receive a TOTP code: card/address fields,
 * promo codes, captchas, PINs, SMS/e-mail codes, recovery codes, plain login forms; plus look-alike origins.
 */
export const NEGATIVE: CorpusPage[] = [
  {
    id: 'checkout-card',
    url: 'https://checkout.northwindgear.com/pay',
    description: 'Checkout: e-mail, phone, card number, expiry, CVC labelled "Security code", ZIP code.',
    bindings: ['northwindgear.com'],
    appears: 'load',
    html: doc({
      title: 'Checkout — Northwind Gear',
      brand: 'Northwind Gear',
      accent: '#166534',
      body: `
<form class="card" method="post" action="/pay" autocomplete="on">
  <h1>Payment</h1>
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" data-expect="none">
  <label for="phone">Phone number</label>
  <input id="phone" name="phone" type="tel" autocomplete="tel" placeholder="(555) 555-0123" data-expect="none">
  <label for="cardnumber">Card number</label>
  <input id="cardnumber" name="cardnumber" type="text" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" maxlength="19" data-expect="none">
  <div class="row">
    <div><label for="exp-date">Expiration date</label>
    <input id="exp-date" name="exp-date" type="text" inputmode="numeric" autocomplete="cc-exp" placeholder="MM / YY" maxlength="7" data-expect="none"></div>
    <div><label for="cvc">Security code</label>
    <input id="cvc" name="cvc" type="text" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" maxlength="4" pattern="\\d{3,4}" data-expect="none"></div>
  </div>
  <label for="postal">ZIP code</label>
  <input id="postal" name="postal" type="text" inputmode="numeric" autocomplete="postal-code" maxlength="5" placeholder="12345" data-expect="none">
  <button type="submit">Pay $84.00</button>
</form>`,
    }),
  },
  {
    id: 'cart-promo-gift',
    url: 'https://www.northwindgear.com/cart',
    description: 'Shopping cart: quantity type=number, promo/coupon code, gift card code and gift card PIN.',
    bindings: ['northwindgear.com'],
    appears: 'load',
    html: doc({
      title: 'Your cart — Northwind Gear',
      brand: 'Northwind Gear',
      accent: '#166534',
      search: 'Search products',
      nav: ['Men', 'Women', 'Camping', 'Sale'],
      body: `
<div class="card">
  <h1>Your cart</h1>
  <div class="row"><div>Trail Runner 2 — $84.00</div><div><label for="qty-1">Qty</label><input id="qty-1" name="quantity[1]" type="number" min="1" max="10" value="1" data-expect="none"></div></div>
  <form action="/cart/promo">
    <label for="promo">Promo code</label>
    <input id="promo" name="coupon_code" type="text" autocomplete="off" placeholder="Enter code" data-expect="none">
    <button type="submit">Apply</button>
  </form>
  <form action="/cart/giftcard">
    <label for="gc">Gift card code</label>
    <input id="gc" name="gift_card_code" type="text" autocomplete="off" maxlength="16" data-expect="none">
    <label for="gcpin">PIN</label>
    <input id="gcpin" name="gift_card_pin" type="text" inputmode="numeric" maxlength="6" autocomplete="off" data-expect="none">
    <button type="submit">Redeem</button>
  </form>
</div>`,
    }),
  },
  {
    id: 'captcha-characters',
    url: 'https://forum.retrobytes.org/register',
    description: 'Forum registration step with an image captcha ("Enter the characters you see").',
    bindings: ['retrobytes.org'],
    appears: 'load',
    html: doc({
      title: 'RetroBytes Forum — Verify you are human',
      brand: 'RetroBytes',
      accent: '#7c2d12',
      body: `
<form class="card" method="post">
  <h1>Verify you're human</h1>
  <img alt="captcha" width="160" height="50" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='50'%3E%3Crect width='160' height='50' fill='%23eee'/%3E%3Ctext x='18' y='34' font-size='26' font-family='monospace' transform='rotate(-4 80 25)'%3E7kQ2pX%3C/text%3E%3C/svg%3E">
  <label for="captcha">Enter the characters you see</label>
  <input id="captcha" name="captcha_code" type="text" maxlength="6" autocomplete="off" autocapitalize="off" data-expect="none">
  <button type="submit">Continue</button>
</form>`,
    }),
  },
  {
    id: 'docs-search',
    url: 'https://docs.cloudhaven.io/guides/two-factor-authentication',
    description: 'Documentation page about two-factor authentication with a site search box and a "Was this helpful?" form.',
    bindings: ['cloudhaven.io'],
    appears: 'load',
    html: doc({
      title: 'Two-factor authentication · CloudHaven Docs',
      brand: 'CloudHaven Docs',
      accent: '#7c3aed',
      search: 'Search docs',
      body: `
<article class="card">
  <h1>Two-factor authentication</h1>
  <p>After you turn on two-factor authentication, you'll enter a 6-digit code from your authenticator app every time you sign in.</p>
  <form action="/feedback"><label for="fb">Was this helpful? Tell us more</label><input id="fb" name="feedback" type="text" data-expect="none"><button type="submit">Send</button></form>
</article>`,
    }),
  },
  {
    id: 'card-pin',
    url: 'https://www.harborcu.org/cards/activate/pin',
    description: 'Credit union card activation: "Enter your 4-digit PIN" (type=password, numeric).',
    bindings: ['harborcu.org'],
    appears: 'load',
    html: doc({
      title: 'Harbor Credit Union — Set card PIN',
      brand: 'Harbor CU',
      accent: '#155e75',
      body: `
<form class="card">
  <h1>Choose your card PIN</h1>
  <label for="pin">Enter your 4-digit PIN</label>
  <input id="pin" name="pin" type="password" inputmode="numeric" maxlength="4" autocomplete="off" data-expect="none">
  <label for="pin2">Confirm PIN</label>
  <input id="pin2" name="pin_confirm" type="password" inputmode="numeric" maxlength="4" autocomplete="off" data-expect="none">
  <button type="submit">Set PIN</button>
</form>`,
    }),
  },
  {
    id: 'sms-code',
    url: 'https://accounts.cinestream.com/login/verify-sms',
    description: 'SMS verification ("We sent a code to +1 ••• ••• 12 34") with autocomplete=one-time-code: not an authenticator code.',
    bindings: ['cinestream.com'],
    appears: 'load',
    html: doc({
      title: 'CineStream — Enter the code',
      brand: 'CineStream',
      accent: '#dc2626',
      body: `
<form class="card">
  <h1>Check your phone</h1>
  <p>We sent a code to +1 ••• ••• 12 34. It expires in 10 minutes.</p>
  <label for="sms">Verification code</label>
  <input id="sms" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="sms-email">
  <button type="submit">Verify</button>
  <p class="muted"><a href="#">Resend SMS</a> · <a href="#">Call me instead</a></p>
</form>`,
    }),
  },
  {
    id: 'email-code',
    url: 'https://id.paperkite.app/login/email-code',
    description: 'E-mailed sign-in code ("We emailed a 6-digit code to a•••@example.com").',
    bindings: ['paperkite.app'],
    appears: 'load',
    html: doc({
      title: 'Paperkite — Check your email',
      brand: 'Paperkite',
      accent: '#0d9488',
      body: `
<form class="card">
  <h1>Check your email</h1>
  <p>We emailed a 6-digit code to a•••@example.com. Enter it below to continue.</p>
  <label for="email-otp">Code</label>
  <input id="email-otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="sms-email">
  <button type="submit">Continue</button>
  <p class="muted">Didn't get it? Check spam or <a href="#">send a new code</a>.</p>
</form>`,
    }),
  },
  {
    id: 'recovery-code',
    url: 'https://github.com/sessions/two-factor/recovery',
    description: 'GitHub-like "Two-factor recovery": "Enter one of your recovery codes" (xxxxx-xxxxx).',
    bindings: ['github.com'],
    appears: 'load',
    html: doc({
      title: 'Two-factor recovery · GitHub',
      brand: 'GitHub',
      accent: '#1f883d',
      body: `
<form class="card" action="/sessions/two-factor/recovery" method="post">
  <h1>Two-factor recovery</h1>
  <label for="recovery_code">Recovery code</label>
  <input type="text" name="recovery_code" id="recovery_code" autocomplete="off" placeholder="XXXXX-XXXXX" spellcheck="false" data-expect="recovery">
  <button type="submit">Verify</button>
  <p class="muted">If you are unable to access your mobile device, enter one of your recovery codes to verify your identity.</p>
</form>`,
    }),
  },
  {
    id: 'totp-and-recovery',
    url: 'https://app.fathomdocs.com/login/2fa',
    description: 'One page with both an authenticator-code field and a "Use a recovery code" field (xxxx-xxxx).',
    bindings: ['fathomdocs.com'],
    appears: 'load',
    html: doc({
      title: 'Fathom Docs — Two-factor authentication',
      brand: 'Fathom Docs',
      accent: '#4f46e5',
      body: `
<form class="card" method="post" action="/login/2fa">
  <h1>Two-factor authentication</h1>
  <label for="totp">Code from your authenticator app</label>
  <input id="totp" name="totp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="totp">
  <button type="submit">Verify</button>
</form>
<form class="card" method="post" action="/login/recovery" style="margin-top:16px">
  <h2 style="font-size:16px">Lost your device? Use a recovery code</h2>
  <label for="backup">Enter one of your recovery codes</label>
  <input id="backup" name="backup_code" type="text" autocomplete="off" placeholder="xxxx-xxxx" maxlength="9" data-expect="recovery">
  <button type="submit">Use recovery code</button>
</form>`,
    }),
  },
  {
    id: 'login-username-password',
    url: 'https://app.fathomdocs.com/login',
    description: 'Plain sign-in form: username and password only.',
    bindings: ['fathomdocs.com'],
    appears: 'load',
    html: doc({
      title: 'Fathom Docs — Sign in',
      brand: 'Fathom Docs',
      accent: '#4f46e5',
      body: `
<form class="card" method="post">
  <h1>Sign in</h1>
  <label for="login">Username or email</label>
  <input id="login" name="login" type="text" autocomplete="username" data-expect="none">
  <label for="pw">Password</label>
  <input id="pw" name="password" type="password" autocomplete="current-password" data-expect="none">
  <button type="submit">Sign in</button>
  <p class="muted"><a href="#">Forgot password?</a></p>
</form>`,
    }),
  },
  {
    id: 'newsletter-signup',
    url: 'https://www.thedailyledger.com/newsletters',
    description: 'Newsletter signup: first name, e-mail, birthday (type=date).',
    bindings: ['thedailyledger.com'],
    appears: 'load',
    html: doc({
      title: 'Newsletters — The Daily Ledger',
      brand: 'The Daily Ledger',
      accent: '#111827',
      search: 'Search',
      nav: ['World', 'Business', 'Tech', 'Opinion'],
      cookies: { text: 'We and our partners use cookies.', accept: 'Accept', reject: 'Manage' },
      body: `
<form class="card" action="/newsletters/subscribe">
  <h1>Get The Morning Brief</h1>
  <label for="fname">First name</label>
  <input id="fname" name="first_name" type="text" autocomplete="given-name" data-expect="none">
  <label for="nl-email">Email address</label>
  <input id="nl-email" name="email" type="email" autocomplete="email" data-expect="none">
  <label for="dob">Birthday (optional)</label>
  <input id="dob" name="birthday" type="date" data-expect="none">
  <button type="submit">Subscribe</button>
</form>`,
    }),
  },
  {
    id: 'identity-ssn-last4',
    url: 'https://secure.northbridgebank.com/enroll/verify-identity',
    description: '"Verify your identity" knowledge check: last 4 digits of SSN, date of birth, ZIP code — numeric, code-like, not a TOTP.',
    bindings: ['northbridgebank.com'],
    appears: 'load',
    html: doc({
      title: 'Northbridge Bank — Verify your identity',
      brand: 'Northbridge Bank',
      accent: '#00573f',
      body: `
<form class="card">
  <h1>Verify your identity</h1>
  <label for="ssn4">Last 4 digits of your Social Security number</label>
  <input id="ssn4" name="ssnLast4" type="password" inputmode="numeric" maxlength="4" autocomplete="off" data-expect="none">
  <label for="dob2">Date of birth</label>
  <input id="dob2" name="dob" type="text" placeholder="MM/DD/YYYY" autocomplete="bday" data-expect="none">
  <label for="zip">ZIP code</label>
  <input id="zip" name="zip" type="text" inputmode="numeric" maxlength="5" autocomplete="postal-code" data-expect="none">
  <button type="submit">Continue</button>
</form>`,
    }),
  },
  {
    id: 'de-gutscheincode',
    url: 'https://www.bergwerk-outdoor.de/checkout/zahlung',
    description: 'German checkout: Gutscheincode, Postleitzahl, Kartenprüfnummer.',
    bindings: ['bergwerk-outdoor.de'],
    appears: 'load',
    html: doc({
      lang: 'de',
      title: 'Kasse — Bergwerk Outdoor',
      brand: 'Bergwerk Outdoor',
      accent: '#15803d',
      footer: ['Impressum', 'Datenschutz', 'AGB', 'Widerrufsrecht'],
      body: `
<form class="card">
  <h1>Zahlung</h1>
  <label for="gutschein">Gutscheincode</label>
  <input id="gutschein" name="gutscheincode" type="text" autocomplete="off" placeholder="Gutscheincode eingeben" data-expect="none">
  <label for="plz">Postleitzahl</label>
  <input id="plz" name="plz" type="text" inputmode="numeric" maxlength="5" autocomplete="postal-code" data-expect="none">
  <label for="kpn">Kartenprüfnummer (CVC)</label>
  <input id="kpn" name="pruefnummer" type="text" inputmode="numeric" maxlength="4" autocomplete="cc-csc" data-expect="none">
  <button type="submit">Zahlungspflichtig bestellen</button>
</form>`,
    }),
  },
  {
    id: 'fr-code-postal',
    url: 'https://www.maison-lumiere.fr/commande/livraison',
    description: 'French checkout: code postal, téléphone, "code de sécurité" (cryptogramme visuel), code promo.',
    bindings: ['maison-lumiere.fr'],
    appears: 'load',
    html: doc({
      lang: 'fr',
      title: 'Commande — Maison Lumière',
      brand: 'Maison Lumière',
      accent: '#9d174d',
      footer: ['Mentions légales', 'CGV', 'Confidentialité'],
      body: `
<form class="card">
  <h1>Livraison et paiement</h1>
  <label for="cp">Code postal</label>
  <input id="cp" name="code_postal" type="text" inputmode="numeric" maxlength="5" autocomplete="postal-code" data-expect="none">
  <label for="tel">Téléphone</label>
  <input id="tel" name="telephone" type="tel" autocomplete="tel" data-expect="none">
  <label for="crypto">Code de sécurité (cryptogramme visuel)</label>
  <input id="crypto" name="cryptogramme" type="text" inputmode="numeric" maxlength="3" autocomplete="cc-csc" data-expect="none">
  <label for="promo-fr">Code promo</label>
  <input id="promo-fr" name="code_promo" type="text" autocomplete="off" data-expect="none">
  <button type="submit">Payer</button>
</form>`,
    }),
  },
  {
    id: 'es-sms-code',
    url: 'https://www.bancoaurora.es/acceso/verificacion-sms',
    description: 'Spanish bank SMS verification: "Te hemos enviado un código por SMS al +34 ••• •• 21".',
    bindings: ['bancoaurora.es'],
    appears: 'load',
    html: doc({
      lang: 'es',
      title: 'Banco Aurora — Verificación',
      brand: 'Banco Aurora',
      accent: '#b45309',
      footer: ['Aviso legal', 'Privacidad', 'Cookies'],
      body: `
<form class="card">
  <h1>Introduce el código</h1>
  <p>Te hemos enviado un código por SMS al +34 ••• •• 21.</p>
  <label for="codigo-sms">Código SMS</label>
  <input id="codigo-sms" name="codigoSms" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="sms-email">
  <button type="submit">Confirmar</button>
</form>`,
    }),
  },
  {
    id: 'lookalike-github',
    url: 'https://github.com.login-verify.top/sessions/two-factor',
    description: 'Phishing look-alike: the GitHub two-factor markup on github.com.login-verify.top; the account is bound to github.com.',
    bindings: ['github.com'],
    appears: 'load',
    html: asLookAlike(htmlOf('github-totp')),
  },
  {
    id: 'lookalike-microsoft',
    url: 'https://login-microsoftonline.com.secure-auth.co/common/login',
    description: 'Phishing look-alike: the Microsoft "Enter code" markup on a hyphenated look-alike host; bound to microsoftonline.com.',
    bindings: ['microsoftonline.com'],
    appears: 'load',
    html: asLookAlike(htmlOf('microsoft-otc')),
  },
  {
    id: 'unbound-site-totp',
    url: 'https://app.quillmetrics.com/login/two-factor',
    description: 'A genuine authenticator-code page on a site Tessera holds no account for (no bindings).',
    bindings: [],
    appears: 'load',
    html: doc({
      title: 'Quill Metrics — Two-factor authentication',
      brand: 'Quill Metrics',
      accent: '#0891b2',
      body: `
<form class="card">
  <h1>Two-factor authentication</h1>
  <p>Enter the 6-digit code from your authenticator app.</p>
  <label for="otp">Authentication code</label>
  <input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-expect="none">
  <button type="submit">Verify</button>
</form>`,
    }),
  },
];
