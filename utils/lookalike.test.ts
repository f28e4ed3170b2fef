import { describe, expect, it } from 'vitest';
import { lookalikeOf } from '@/utils/lookalike';

const BOUND = ['github.com', 'example.com', 'microsoft.com', 'login.mybank.co.uk', 'alice.github.io'];

describe('lookalikeOf', () => {
  it.each([
    ['github.com.login-verify.top', 'github.com'],
    ['github-login.com', 'github.com'],
    ['secure.github-support.net', 'github.com'],
    ['github.co', 'github.com'],
    ['githbu.com', 'github.com'],
    ['examp1e.com', 'example.com'],
    ['exarnple.com', 'example.com'],
    ['rnicrosoft.com', 'microsoft.com'],
    ['micros0ft.com', 'microsoft.com'],
    ['mybank.co.uk.verify-login.com', 'login.mybank.co.uk'],
    ['bob.github.io', null],
    ['github.com', null],
    ['gist.github.com', null],
    ['example.org', 'example.com'],
    ['gitlab.com', null],
    ['wikipedia.org', null],
    ['localhost', null],
    ['news.ycombinator.com', null],
  ])('%s → %s', (host, expected) => {
    expect(lookalikeOf(host, BOUND)).toBe(expected);
  });
});
