import { describe, expect, it } from 'vitest';
import { groupCode, splitDomains } from '@/utils/ui/format';

describe('groupCode', () => {
  it.each([
    ['123456', '123 456'],
    ['1234567', '123 4567'],
    ['12345678', '1234 5678'],
  ])('%s → %s', (code, grouped) => {
    expect(groupCode(code)).toBe(grouped);
  });
});

describe('splitDomains', () => {
  it.each([
    ['example.com', ['example.com']],
    ['example.com, login.example.org\nfoo.net', ['example.com', 'login.example.org', 'foo.net']],
    ['  ', []],
  ])('%j → %j', (text, domains) => {
    expect(splitDomains(text)).toEqual(domains);
  });
});
