/** The page shell shared by every page: head, nav bar with a logo, flash message, footer. */
import { html, type SafeHtml } from './html';

export interface PageOptions {
  title: string;
  /** Signed-in username, or null: decides what the nav offers. */
  viewer: string | null;
  csrf: string;
  body: SafeHtml;
  /** One-shot confirmation shown above the content (role=status, so screen readers announce it). */
  flash?: string | null;
  theme?: 'light' | 'dark';
  /** Client modules under /assets/ (e.g. 'split-otp.js'); loaded as deferred module scripts. */
  scripts?: readonly string[];
  /** Classic (UMD) library scripts under /assets/, run before the modules (both are deferred, in order). */
  vendorScripts?: readonly string[];
}

/** An "image-ish" logo: real sites put one next to the QR, which scanners must learn to ignore. */
const logo = html`<svg class="logo" role="img" aria-label="Tessera Demo logo" width="36" height="36" viewBox="0 0 36 36">
  <rect width="36" height="36" rx="8" fill="#3b5bdb" />
  <rect x="7" y="7" width="9" height="9" fill="#fff" />
  <rect x="20" y="7" width="9" height="9" fill="#a5b4fc" />
  <rect x="7" y="20" width="9" height="9" fill="#a5b4fc" />
  <rect x="20" y="20" width="9" height="9" fill="#fff" />
</svg>`;

function nav(viewer: string | null, csrf: string): SafeHtml {
  const account = viewer
    ? html`<span class="viewer">Signed in as <strong>${viewer}</strong></span>
        <form method="post" action="/signout" class="inline">
          <input type="hidden" name="_csrf" value="${csrf}" /><button type="submit">Sign out</button>
        </form>`
    : html`<a href="/signin">Sign in</a> <a href="/signup" class="button">Sign up</a>`;
  return html`<header class="site-header">
    <nav aria-label="Main">
      <a href="/" class="brand">${logo}<span>Tessera Demo</span></a>
      <ul class="nav-links">
        <li><a href="/">Home</a></li>
        <li><a href="/security">Security</a></li>
        <li><a href="/help">Help</a></li>
      </ul>
      <div class="account">${account}</div>
    </nav>
  </header>`;
}

export function page(opts: PageOptions): string {
  const theme = opts.theme ?? 'light';
  const scripts = [
    ...(opts.vendorScripts ?? []).map((name) => html`<script defer src="/assets/${name}"></script>`),
    ...(opts.scripts ?? []).map((name) => html`<script type="module" src="/assets/${name}"></script>`),
  ];
  const flash = opts.flash ? html`<p class="flash" role="status">${opts.flash}</p>` : null;
  return html`<!doctype html>
    <html lang="en" class="theme-${theme}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content="${opts.csrf}" />
        <title>${opts.title} · Tessera Demo</title>
        <link rel="stylesheet" href="/assets/site.css" />
        ${scripts}
      </head>
      <body>
        ${nav(opts.viewer, opts.csrf)}
        <main id="main">${flash} ${opts.body}</main>
        <footer class="site-footer">
          <p>Tessera Demo is a local practice site for two-factor authentication. Nothing here is real.</p>
          <p><a href="/help">Help</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
        </footer>
      </body>
    </html>`.value;
}

/** Hidden anti-CSRF field for every POST form. */
export function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}" />`;
}

export function errorAlert(message: string | null | undefined): SafeHtml | null {
  return message ? html`<p class="error" role="alert">${message}</p>` : null;
}
