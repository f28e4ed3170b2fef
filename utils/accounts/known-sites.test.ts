import { describe, expect, it } from 'vitest';
import { issuerKey, KNOWN_SERVICE_COUNT, suggestedSites } from '@/utils/accounts/known-sites';
import { normalizeBinding } from '@/utils/domain';

describe('known sites', () => {
  it.each([
    ['GitHub', ['github.com']],
    ['GitHub, Inc.', ['github.com']],
    ['github.com', ['github.com']],
    ['Google LLC', ['google.com']],
    ['  GOOGLE  ', ['google.com']],
    ['Amazon Web Services', ['amazon.com']],
    ['Microsoft Corporation', ['microsoft.com', 'live.com', 'microsoftonline.com']],
    ['Steam', ['steampowered.com', 'steamcommunity.com']],
    ['X', ['x.com', 'twitter.com']],
    ['1Password', ['1password.com']],
    ['Proton AG', ['proton.me', 'protonmail.com']],
    ['Crypto.com', ['crypto.com']],
    ['Epic Games', ['epicgames.com']],
  ])('suggests the sign-in sites for %s', (issuer, sites) => {
    expect(suggestedSites(issuer)).toEqual(sites);
  });

  it('suggests nothing for a service it does not know', () => {
    expect(suggestedSites('Acme Intranet')).toEqual([]);
    expect(suggestedSites('')).toEqual([]);
  });

  it("takes the service from the label's prefix when there is no issuer, but never the e-mail domain", () => {
    expect(suggestedSites('', 'GitHub:alice')).toEqual(['github.com']);
    expect(suggestedSites('', 'alice@gmail.com')).toEqual([]);
    expect(suggestedSites('Acme', 'alice@github.com')).toEqual([]);
  });

  it('normalises case, accents, punctuation and company suffixes', () => {
    expect(issuerKey('Nintendo Co., Ltd.')).toBe('nintendo');
    expect(issuerKey('Ubisoft-Account')).toBe('ubisoft');
    expect(issuerKey('Électronic Arts')).toBe('electronicarts');
  });

  it('holds only domains the binding rules accept, for about 150 services', () => {
    expect(KNOWN_SERVICE_COUNT).toBeGreaterThanOrEqual(150);
    for (const issuer of ['Google', 'Steam', 'Bitstamp', 'Fly.io', 'Hugging Face', 'Bluesky']) {
      for (const site of suggestedSites(issuer)) expect(normalizeBinding(site)).toBe(site);
    }
  });
});
