import { describe, expect, it, vi } from 'vitest';
import { argon2id } from 'hash-wasm';
import type * as HashWasm from 'hash-wasm';
import { makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import type { VaultHeader } from '@/utils/vault/db';
import type { VaultError } from '@/utils/vault/errors';

// Counts real key derivations: every passphrase try runs Argon2id through hash-wasm.
vi.mock('hash-wasm', async (importOriginal) => {
  const original = await importOriginal<typeof HashWasm>();
  return { ...original, argon2id: vi.fn(original.argon2id) };
});
const derivations = vi.mocked(argon2id);

const PASS = 'correct horse battery staple';
const WRONG = 'not the passphrase at all';

async function lockedWorld() {
  const world = makeVaultWorld();
  await world.vault.create(PASS);
  await world.vault.add(sampleAccount('a'));
  const vault = world.restartBrowser();
  derivations.mockClear();
  return { world, vault };
}

async function settle(tries: Promise<unknown>[]): Promise<VaultError[]> {
  const results = await Promise.allSettled(tries);
  return results.map((r) => {
    expect(r.status).toBe('rejected');
    return (r as PromiseRejectedResult).reason as VaultError;
  });
}

describe('unlock tries', () => {
  it('run the key derivation only as often as the throttle allows when 13 wrong tries arrive together', async () => {
    const { vault } = await lockedWorld();
    const errors = await settle(Array.from({ length: 13 }, () => vault.unlock(WRONG)));
    expect(derivations).toHaveBeenCalledTimes(3);
    expect(errors.filter((e) => e.code === 'wrong-passphrase')).toHaveLength(3);
    expect(errors.filter((e) => e.code === 'throttled')).toHaveLength(10);
    expect(errors.at(-1)?.retryAfterMs).toBeGreaterThan(0);
  });

  it('refuses the right passphrase while throttled, without deriving, and takes it once the wait is over', async () => {
    const { world, vault } = await lockedWorld();
    await settle([vault.unlock(WRONG), vault.unlock(WRONG), vault.unlock(WRONG)]);
    derivations.mockClear();
    const [throttled] = await settle([vault.unlock(PASS)]);
    expect(throttled?.code).toBe('throttled');
    expect(derivations).not.toHaveBeenCalled();
    world.clock.now += throttled?.retryAfterMs ?? 0;
    await vault.unlock(PASS);
    expect(derivations).toHaveBeenCalledTimes(1);
  });

  it('count a wrong current passphrase in a change while locked, against the same throttle', async () => {
    const { vault } = await lockedWorld();
    const errors = await settle(Array.from({ length: 5 }, () => vault.changePassphrase(WRONG, 'a brand new passphrase')));
    expect(errors.map((e) => e.code)).toEqual(['wrong-passphrase', 'wrong-passphrase', 'wrong-passphrase', 'throttled', 'throttled']);
    expect(errors[0]?.message).toMatch(/current passphrase is not right/);
    expect(derivations).toHaveBeenCalledTimes(3);
    expect((await settle([vault.unlock(PASS)]))[0]?.code).toBe('throttled');
    expect(await vault.retryAfterMs()).toBeGreaterThan(0);
  });

  it('count a wrong current passphrase in a change while unlocked too', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await settle([1, 2, 3].map(() => world.vault.changePassphrase(WRONG, 'a brand new passphrase')));
    expect(await world.vault.retryAfterMs()).toBeGreaterThan(0);
    expect((await settle([world.vault.changePassphrase(PASS, 'a brand new passphrase')]))[0]?.code).toBe('throttled');
  });
});

describe('a damaged header', () => {
  it.each<[string, (header: VaultHeader) => unknown]>([
    ['not an object', () => 'garbage'],
    ['without wrappers', (header) => ({ ...header, wrappers: [] })],
    ['without a format', (header) => ({ ...header, format: undefined })],
    [
      'with a wrapper missing its salt',
      (header) => ({ ...header, wrappers: header.wrappers.map((w) => ({ ...w, kdf: { alg: 'argon2id' } })) }),
    ],
    [
      'asking for 2^31 Argon2id passes',
      (header) => ({
        ...header,
        wrappers: header.wrappers.map((w) => (w.kind === 'passphrase' ? { ...w, kdf: { ...w.kdf, iterations: 2 ** 31 } } : w)),
      }),
    ],
  ])('says it is damaged (%s), runs no derivation and counts no try', async (_name, damage) => {
    const { world, vault } = await lockedWorld();
    const db = await world.rawDb();
    await db.put('meta', damage((await db.get('meta', 'header')) as VaultHeader), 'header');
    const [error] = await settle([vault.unlock(PASS)]);
    expect(error?.code).toBe('damaged-header');
    expect(error?.message).toMatch(/header is damaged or incomplete/);
    expect(error?.message).not.toMatch(/passphrase is not right/);
    expect(derivations).not.toHaveBeenCalled();
    expect(await vault.retryAfterMs()).toBe(0);
    expect(await vault.state()).toBe('locked');
  });
});
