import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { requireRecentRecheck } from '@/utils/background/recheck-gate';
import { base64ToBytes, bytesToBase64 } from '@/utils/bytes';
import { t } from '@/utils/i18n/t';
import { RequestError, type KeysInfo, type RequestOf } from '@/utils/messaging/protocol';
import type { KeyWrapper, SecurityKeyWrapper, VaultHeader } from '@/utils/vault/db';
import { unwrapWithPassphrase, wrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { unwrapWithSecurityKey, wrapForSecurityKey } from '@/utils/vault/security-keys';

const isKey = (w: KeyWrapper): w is SecurityKeyWrapper => w.kind === 'security-key';

function infoOf(header: VaultHeader): KeysInfo {
  return {
    policy: header.policy ?? 'either',
    hasPassphraseWrapper: header.wrappers.some((w) => w.kind === 'passphrase'),
    keys: header.wrappers.filter(isKey).map((w) => ({
      credentialId: w.credentialId,
      name: w.name,
      addedAt: w.addedAt,
      lastUsedAt: w.lastUsedAt,
      prfSalt: bytesToBase64(w.prfSalt),
      needsPassphrase: w.passphraseKdf !== undefined,
    })),
  };
}

/** Decodes the page's derived key; a missing or malformed one is a refused request, never a crash. */
function kekBytes(value: string | undefined): Uint8Array<ArrayBuffer> {
  try {
    const bytes = base64ToBytes(value ?? '');
    if (bytes.length === 32) return bytes;
  } catch {
    // Falls through to the message below.
  }
  throw new RequestError('invalid-input', t('keys_error_no_prf'));
}

/** A policy change that must be proven with a key names it; the declaration cannot say so, as it depends on the policy. */
function keyNamed(credentialId: string | undefined): string {
  if (credentialId === undefined) throw new RequestError('invalid-input', t('error_missing_field', 'credentialId'));
  return credentialId;
}

function keyOf(header: VaultHeader, credentialId: string): SecurityKeyWrapper {
  const wrapper = header.wrappers.filter(isKey).find((w) => w.credentialId === credentialId);
  if (!wrapper) throw new RequestError('not-found', t('keys_error_unknown'));
  return wrapper;
}

async function info(ctx: HandlerContext): Promise<KeysInfo> {
  return infoOf(await ctx.vault.readHeader());
}

export const keyHandlers: HandlerTable<
  'vault.unlockWithKey' | 'keys.info' | 'keys.add' | 'keys.rename' | 'keys.remove' | 'keys.setPolicy'
> = {
  'vault.unlockWithKey': async ({ credentialId: id, prfKek, passphrase }, ctx) => {
    const kek = kekBytes(prfKek);
    await ctx.vault.unlockWith((header) => unwrapWithSecurityKey(header, id, kek, passphrase), 'wrong-key');
    await ctx.vault.editHeader(async (header) => ({
      ...header,
      wrappers: header.wrappers.map((w) => (isKey(w) && w.credentialId === id ? { ...w, lastUsedAt: ctx.now() } : w)),
    }));
    return { state: await ctx.vault.state(), retryAfterMs: 0 };
  },
  'keys.info': async (_payload, ctx) => info(ctx),
  'keys.add': async ({ credentialId: id, name, prfSalt, prfKek }, ctx) => {
    const kek = kekBytes(prfKek);
    await requireRecentRecheck(ctx);
    await ctx.vault.editHeader(async (header, rawKey) => {
      if ((header.policy ?? 'either') === 'both') throw new RequestError('invalid-input', t('keys_error_add_under_both'));
      const wrapper = await wrapForSecurityKey(rawKey, {
        credentialId: id,
        name: name.trim() || t('keys_name_default'),
        prfSalt: base64ToBytes(prfSalt),
        prfKek: kek,
        now: ctx.now(),
      });
      return { ...header, wrappers: [...header.wrappers.filter((w) => !(isKey(w) && w.credentialId === id)), wrapper] };
    });
    return info(ctx);
  },
  'keys.rename': async ({ credentialId: id, name }, ctx) => {
    await ctx.vault.editHeader(async (header) => {
      keyOf(header, id);
      const newName = name.trim() || t('keys_name_default');
      return { ...header, wrappers: header.wrappers.map((w) => (isKey(w) && w.credentialId === id ? { ...w, name: newName } : w)) };
    });
    return info(ctx);
  },
  /** The last way in is never removed: a vault nobody can open is a vault lost. */
  'keys.remove': async ({ credentialId: id }, ctx) => {
    keyOf(await ctx.vault.readHeader(), id);
    await requireRecentRecheck(ctx);
    await ctx.vault.editHeader(async (header) => {
      keyOf(header, id);
      const remaining = header.wrappers.filter((w) => !(isKey(w) && w.credentialId === id));
      if (remaining.length === 0) throw new RequestError('invalid-input', t('keys_error_last_way'));
      return { ...header, wrappers: remaining };
    });
    return info(ctx);
  },
  /**
   * "both": the passphrase and one key (checked by opening their wrappers) make a single combined wrapper;
   * every other way in is dropped. "either": the passphrase (checked, with a key when leaving "both") alone
   * opens the vault again; keys are added again afterwards.
   */
  // The passphrase and key proven here count as tries of a secret, throttled like an unlock. The policy is the
  // way in itself, so it is changed only after a re-check as well (the passphrase typed here is then proven twice).
  'keys.setPolicy': async (payload, ctx) => {
    await requireRecentRecheck(ctx);
    await ctx.vault.secretTry(async () => {
      try {
        await setPolicy(payload, ctx);
        return true;
      } catch (error) {
        if (error instanceof RequestError && error.code === 'wrong-passphrase') return false;
        throw error;
      }
    });
    return info(ctx);
  },
};

async function setPolicy({ policy, passphrase: secret, credentialId, prfKek }: RequestOf<'keys.setPolicy'>, ctx: HandlerContext) {
  await ctx.vault.editHeader(async (header, rawKey) => {
    if (policy === 'both') {
      const id = keyNamed(credentialId);
      const key = keyOf(header, id);
      const kek = kekBytes(prfKek);
      if (!(await unwrapWithPassphrase(header, secret))) throw new RequestError('wrong-passphrase', t('vault_error_wrong_current'));
      if (!(await unwrapWithSecurityKey(header, id, kek, undefined))) throw new RequestError('wrong-passphrase', t('keys_error_wrong_key'));
      const combined = await wrapForSecurityKey(rawKey, {
        credentialId: id,
        name: key.name,
        prfSalt: key.prfSalt,
        prfKek: kek,
        passphrase: secret,
        now: key.addedAt,
      });
      return { ...header, policy: 'both', wrappers: [combined] };
    }
    // The passphrase typed here becomes the only way in, so it must be proven first: by its own wrapper, or
    // (leaving "both") together with a key, since no wrapper opens with the passphrase alone then.
    const current = header.policy ?? 'either';
    const proven =
      current === 'either'
        ? await unwrapWithPassphrase(header, secret)
        : await unwrapWithSecurityKey(header, keyNamed(credentialId), kekBytes(prfKek), secret);
    if (!proven) throw new RequestError('wrong-passphrase', t('vault_error_wrong_current'));
    const wrapper = await wrapWithPassphrase(rawKey, secret);
    return { ...header, policy: 'either', wrappers: [wrapper] };
  });
}
