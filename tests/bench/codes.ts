import type { Account } from '@/utils/accounts/account';
import { encodeBase32 } from '@/utils/otp/base32';
import { codeView } from '@/utils/otp/codes';

function accounts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    issuer: `Issuer ${i}`,
    label: `user${i}@example.com`,
    secret: encodeBase32(crypto.getRandomValues(new Uint8Array(20))),
    otp: { kind: 'totp', algorithm: i % 3 === 0 ? 'SHA256' : 'SHA1', digits: 6, period: 30 },
    domains: [`site${i}.example`],
    notes: '',
    createdAt: 0,
    updatedAt: 0,
  }));
}

/** Time to compute the code view (current code, countdown, next code near the end) of `count` accounts. */
export function benchCodes(count = 1000, rounds = 20): { firstMs: number; medianMs: number } {
  const list = accounts(count);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    // 28 s into a step, so every view also computes the next code: the worst case.
    for (const account of list) codeView(account, 1_700_000_028_000 + round * 30_000);
    times.push(performance.now() - start);
  }
  const [firstMs = NaN] = times;
  const sorted = [...times].sort((a, b) => a - b);
  return { firstMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}
