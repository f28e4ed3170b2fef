import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupCodesText, parseBackupCodes } from '@/utils/accounts/backup-codes';

describe('parseBackupCodes', () => {
  it.each([
    ['abcd-ef12 ghij-kl34', ['abcd-ef12', 'ghij-kl34']],
    ['1234 5678\n9012 3456', ['1234 5678', '9012 3456']],
    ['1. 12345678\n2. 87654321\n3) 11223344', ['12345678', '87654321', '11223344']],
    ['• a1b2c3d4e5\n• f6g7h8i9j0', ['a1b2c3d4e5', 'f6g7h8i9j0']],
    ['x1y2z3w4, q5r6s7t8; m9n8b7v6', ['x1y2z3w4', 'q5r6s7t8', 'm9n8b7v6']],
    ['12345678 87654321', ['12345678', '87654321']],
    ['ABCD-1234-EFGH', ['ABCD-1234-EFGH']],
    ['dup1-2345\ndup1-2345', ['dup1-2345']],
    ['Your recovery codes\nDownload them now\n\nabcd-ef12', ['abcd-ef12']],
    ['GitHub recovery codes\nPut these in a safe spot.\n\n7f3a9-2b1c8\n4d6e0-9a8b7\n\n(2025-01-01)', ['7f3a9-2b1c8', '4d6e0-9a8b7']],
    ['', []],
    ['just words here', []],
    ['qzvt-mwkp 4h7d-2kq9', ['qzvt-mwkp', '4h7d-2kq9']],
    ['two-factor sign-in', []],
  ])('%j', (text, codes) => {
    expect(parseBackupCodes(text)).toEqual(codes);
  });

  it('reads back what it writes to a .txt, used marks aside', () => {
    const code = fc.stringMatching(/^[a-z0-9]{4}-[0-9]{4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 16 }), (codes) => {
        const text = backupCodesText(
          'Example',
          'me',
          codes.map((c) => ({ code: c, used: false })),
        );
        expect(parseBackupCodes(text)).toEqual(codes);
      }),
    );
  });
});
