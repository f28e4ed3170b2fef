import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { bindingCoversHost } from '@/utils/domain-match';

// Characters swapped in by phishing domains, mapped to the letters they imitate.
const CONFUSABLES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/[1!|]/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/\$/g, 's'],
];

function skeleton(label: string): string {
  return CONFUSABLES.reduce(
    (text, [pattern, letter]) => text.replace(pattern, letter),
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  ).replace(/i/g, 'l');
}

/** Edits (insert, delete, substitute, swap neighbours) between two short strings. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

interface Profile {
  binding: string;
  /** Registrable domain ("mybank.co.uk"). */
  site: string;
  /** Its name without the public suffix ("mybank"). */
  label: string;
  skeleton: string;
}

function profileOf(name: string): Profile {
  const site = getDomain(name, { allowPrivateDomains: true }) ?? name;
  const label = getDomainWithoutSuffix(name, { allowPrivateDomains: true }) ?? site;
  return { binding: name, site, label, skeleton: skeleton(label) };
}

// Bindings change rarely and a vault can hold a thousand of them: each is parsed once per worker.
const profiles = new Map<string, Profile>();

function cachedProfile(binding: string): Profile {
  let profile = profiles.get(binding);
  if (!profile) {
    profile = profileOf(binding);
    profiles.set(binding, profile);
  }
  return profile;
}

function imitates(hostname: string, page: Profile, bound: Profile): boolean {
  const { site, label } = bound;
  if (site === page.site || label.length < 3) return false;
  if (hostname.includes(site)) return true;
  if (label.length >= 4 && page.label.split(/[.-]/).includes(label)) return true;
  if (page.label === label || page.skeleton === bound.skeleton) return true;
  const allowed = label.length >= 8 ? 2 : label.length >= 5 ? 1 : 0;
  // Lengths further apart than the allowed edits cannot be within them: the common case, decided cheaply.
  return Math.abs(page.label.length - label.length) <= allowed && editDistance(page.label, label) <= allowed;
}

/**
 * The bound site that `host` imitates, if any: the bound name inside another domain (github.com.evil.tld,
 * github-login.com), the same name under another suffix (github.co), confusable characters (examp1e.com,
 * rnicrosoft.com) or a typo (githbu.com). Null when the host is covered by a binding or resembles none.
 */
export function lookalikeOf(host: string, bindings: readonly string[]): string | null {
  const hostname = host.toLowerCase();
  if (bindings.some((binding) => bindingCoversHost(binding, hostname))) return null;
  const page = profileOf(hostname);
  return bindings.find((binding) => imitates(hostname, page, cachedProfile(binding))) ?? null;
}
