import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { recheckWindowMs } from '@/utils/background/recheck-gate';
import { base64ToBytes } from '@/utils/bytes';
import { t } from '@/utils/i18n/t';
import { RequestError, type RecheckStatus } from '@/utils/messaging/protocol';
import { VaultError } from '@/utils/vault/errors';
import { unwrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { unwrapWithSecurityKey } from '@/utils/vault/security-keys';

/** Whether the passphrase alone proves the person: not when only a key (with it) opens the vault. */
async function passphraseAlone(ctx: HandlerContext): Promise<boolean> {
  const header = await ctx.vault.readHeader();
  const hasKey = header.wrappers.some((w) => w.kind === 'security-key');
  if (hasKey && (await ctx.policy()).requireHardwareKey) return false;
  return header.wrappers.some((w) => w.kind === 'passphrase');
}

/** A re-check proves the person at an unlocked vault; a locked one asks for the unlock instead. */
async function requireUnlocked(ctx: HandlerContext): Promise<void> {
  if ((await ctx.vault.state()) !== 'unlocked') throw new VaultError('locked', t('vault_error_locked'));
}

async function status(ctx: HandlerContext): Promise<RecheckStatus> {
  return { recent: await ctx.recheck.recent(await recheckWindowMs(ctx)), passphraseAlone: await passphraseAlone(ctx) };
}

function kekOf(value: string): Uint8Array<ArrayBuffer> {
  try {
    const bytes = base64ToBytes(value);
    if (bytes.length === 32) return bytes;
  } catch {
    // Falls through to the message below.
  }
  throw new RequestError('invalid-input', t('keys_error_no_prf'));
}

export const recheckHandlers: HandlerTable<'recheck.status' | 'recheck.passphrase' | 'recheck.withKey'> = {
  'recheck.status': async (_payload, ctx) => {
    await requireUnlocked(ctx);
    return status(ctx);
  },
  // Argon2id against the passphrase wrapper, through the unlock's queue and slow-down (Vault.proveSecret).
  'recheck.passphrase': async ({ passphrase }, ctx) => {
    await requireUnlocked(ctx);
    if (!(await passphraseAlone(ctx))) throw new RequestError('invalid-input', t('recheck_key_needed'));
    await ctx.vault.proveSecret((header) => unwrapWithPassphrase(header, passphrase), 'wrong-passphrase');
    await ctx.recheck.grant();
    return status(ctx);
  },
  /** `prfKek` is what the ceremony page derived from the key's PRF output, as for an unlock. */
  'recheck.withKey': async ({ credentialId, prfKek, passphrase }, ctx) => {
    await requireUnlocked(ctx);
    const kek = kekOf(prfKek);
    await ctx.vault.proveSecret((header) => unwrapWithSecurityKey(header, credentialId, kek, passphrase), 'wrong-key');
    await ctx.recheck.grant();
    return status(ctx);
  },
};
