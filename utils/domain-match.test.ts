import { describe, expect, it } from 'vitest';
import { accountMatchesOrigin } from '@/utils/domain-match';

describe('accountMatchesOrigin', () => {
  it.each([
    [['example.com'], 'https://example.com', true],
    [['example.com'], 'https://login.example.com', true],
    [['example.com'], 'https://a.b.example.com:8443', true],
    [['login.example.com'], 'https://login.example.com', true],
    [['login.example.com'], 'https://example.com', false],
    [['login.example.com'], 'https://other.example.com', false],
    [['example.com'], 'http://example.com', false],
    [['localhost'], 'http://localhost:5173', true],
    [['example.com'], 'https://example.com.evil.tld', false],
    [['example.com'], 'https://evilexample.com', false],
    [['example.com'], 'https://examp1e.com', false],
    [['alice.github.io'], 'https://bob.github.io', false],
    [['alice.github.io'], 'https://alice.github.io', true],
    [['example.com', 'example.org'], 'https://example.org', true],
    [[], 'https://example.com', false],
    [['example.com'], 'null', false],
    [['example.com'], 'chrome-extension://abc', false],
  ])('%j on %s → %s', (domains, origin, expected) => {
    expect(accountMatchesOrigin(domains, origin)).toBe(expected);
  });
});
