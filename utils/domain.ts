import { getDomain, getHostname } from 'tldts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isIpOrLocal(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || IPV4.test(hostname) || hostname.includes(':');
}

/**
 * The site an account is bound to when enrolled from `url`: its registrable domain (eTLD+1 with the
 * Public Suffix List's private section, so `alice.github.io` is not lumped with every other github.io site),
 * or the host itself for localhost and IP addresses. Null for pages that are not sites (about:, file:, …).
 */
export function siteOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!hostname) return null;
  if (isIpOrLocal(hostname)) return hostname;
  return getDomain(hostname, { allowPrivateDomains: true }) ?? null;
}

/** Normalises what a user typed as a binding ("https://Login.Example.com/x" → "login.example.com"). */
export function normalizeBinding(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  const hostname = getHostname(text.includes('://') ? text : `https://${text}`);
  if (!hostname || !/^[a-z0-9.\-:[\]]+$/.test(hostname) || hostname.startsWith('.') || hostname.endsWith('.')) {
    return null;
  }
  if (isIpOrLocal(hostname)) return hostname;
  // A bare public suffix ("co.uk", "github.io") would bind to thousands of unrelated sites.
  return getDomain(hostname, { allowPrivateDomains: true }) === null ? null : hostname;
}
