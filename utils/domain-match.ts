import { getDomain } from 'tldts';

/** Origins a code may be produced for: https anywhere, http only on the local machine. */
export function isFillableOrigin(origin: URL): boolean {
  if (origin.protocol === 'https:') return true;
  return origin.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(origin.hostname);
}

/**
 * Whether a binding covers a host. A binding that is a registrable domain ("example.com") covers it and its
 * subdomains; a binding the user narrowed to a host ("login.example.com") covers that host only. Look-alikes
 * ("example.com.evil.tld", "examp1e.com") never match because the comparison is on whole labels.
 */
export function bindingCoversHost(binding: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === binding) return true;
  // The suffix test first: it is cheap and rules out nearly every binding when a vault has many.
  return host.endsWith(`.${binding}`) && getDomain(binding, { allowPrivateDomains: true }) === binding;
}

export function accountMatchesOrigin(domains: readonly string[], origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (!isFillableOrigin(url)) return false;
  return domains.some((binding) => bindingCoversHost(binding, url.hostname));
}
