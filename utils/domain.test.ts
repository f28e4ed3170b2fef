import { describe, expect, it } from 'vitest';
import { normalizeBinding, siteOfUrl } from '@/utils/domain';

describe('siteOfUrl', () => {
  it.each([
    ['https://accounts.google.com/signin', 'google.com'],
    ['https://www.bbc.co.uk/account', 'bbc.co.uk'],
    ['https://alice.github.io/app', 'alice.github.io'],
    ['http://localhost:5173/security', 'localhost'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['https://login.microsoftonline.com/', 'microsoftonline.com'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });
});

describe('normalizeBinding', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['https://Login.Example.com/path?q=1', 'login.example.com'],
    ['  github.com ', 'github.com'],
    ['localhost', 'localhost'],
    ['co.uk', null],
    ['github.io', null],
    ['', null],
    ['exa mple.com', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBinding(input)).toBe(expected);
  });
});
