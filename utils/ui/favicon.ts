import { browser } from 'wxt/browser';

/**
 * The browser's own favicon cache for a site (Chrome's `_favicon` service, no request to the site). Firefox
 * has no such service, so there the popup shows the site's initial instead.
 */
export function faviconUrl(domain: string | undefined): string | null {
  if (!domain || import.meta.env.BROWSER === 'firefox') return null;
  // Built from the extension's base URL: the typed getURL only knows the extension's own files.
  const base = (browser.runtime.getURL as (path: string) => string)('/');
  return `${base}_favicon/?pageUrl=${encodeURIComponent(`https://${domain}`)}&size=32`;
}
