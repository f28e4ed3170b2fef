import { bytesToBase64, randomBytes, utf8 } from '@/utils/bytes';

/** Why a ceremony produced no key material, in terms the page can explain. */
export class PrfError extends Error {
  override name = 'PrfError';
  constructor(readonly reason: 'no-prf' | 'cancelled' | 'unsupported') {
    super(reason);
  }
}

type PrfResults = { enabled?: boolean; results?: { first?: BufferSource } };
type WithPrf = AuthenticationExtensionsClientOutputs & { prf?: PrfResults };

const b64url = (bytes: ArrayBuffer | Uint8Array) =>
  bytesToBase64(new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromB64url = (text: string) =>
  Uint8Array.from(
    atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    ),
    (c) => c.charCodeAt(0),
  );

/** Whether this browser can run WebAuthn ceremonies with the PRF extension at all (where it can say so). */
export async function browserSupportsPrf(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return false;
  const capabilities = (PublicKeyCredential as unknown as { getClientCapabilities?: () => Promise<Record<string, boolean>> })
    .getClientCapabilities;
  if (!capabilities) return true; // Cannot tell in advance: the ceremony's result decides.
  const known = await capabilities.call(PublicKeyCredential).catch(() => ({}) as Record<string, boolean>);
  return known['extension:prf'] !== false;
}

/**
 * What leaves this page: HKDF of the PRF output, bound to the credential id. The PRF output itself stays here
 * and is never stored.
 */
async function kekFromPrf(prfOutput: BufferSource, credentialId: string): Promise<string> {
  const base = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8.encode('tessera:prf-output:v1'), info: utf8.encode(credentialId) },
    base,
    256,
  );
  return bytesToBase64(new Uint8Array(bits));
}

async function ceremony<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotSupportedError') throw new PrfError('unsupported');
    throw new PrfError('cancelled');
  }
}

export interface PrfKey {
  credentialId: string;
  prfSalt: string;
}

/** Asks one of the given keys to evaluate its PRF; returns which key answered and the derived key. */
export async function evaluateKeys(keys: PrfKey[]): Promise<{ credentialId: string; prfKek: string }> {
  const evalByCredential = Object.fromEntries(
    keys.map((k) => [k.credentialId, { first: Uint8Array.from(atob(k.prfSalt), (c) => c.charCodeAt(0)) }]),
  );
  const assertion = (await ceremony(() =>
    navigator.credentials.get({
      publicKey: {
        challenge: randomBytes(32),
        allowCredentials: keys.map((k) => ({ type: 'public-key', id: fromB64url(k.credentialId) })),
        userVerification: 'preferred',
        timeout: 60_000,
        extensions: { prf: { evalByCredential } } as AuthenticationExtensionsClientInputs,
      },
    }),
  )) as PublicKeyCredential | null;
  if (!assertion) throw new PrfError('cancelled');
  const credentialId = b64url(assertion.rawId);
  const output = (assertion.getClientExtensionResults() as WithPrf).prf?.results?.first;
  if (!output) throw new PrfError('no-prf');
  return { credentialId, prfKek: await kekFromPrf(output, credentialId) };
}

/**
 * Registers a new credential for this extension's origin with the PRF extension. Keys that answer PRF at
 * creation save a second touch; others are asked once more right away.
 */
export async function registerKey(): Promise<{ credentialId: string; prfSalt: string; prfKek: string }> {
  const salt = randomBytes(32);
  const created = (await ceremony(() =>
    navigator.credentials.create({
      publicKey: {
        rp: { name: 'Tessera' },
        user: { id: randomBytes(16), name: 'tessera-vault', displayName: 'Tessera vault' },
        challenge: randomBytes(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { userVerification: 'preferred', residentKey: 'discouraged' },
        timeout: 60_000,
        extensions: { prf: { eval: { first: salt } } } as AuthenticationExtensionsClientInputs,
      },
    }),
  )) as PublicKeyCredential | null;
  if (!created) throw new PrfError('cancelled');
  const credentialId = b64url(created.rawId);
  const prf = (created.getClientExtensionResults() as WithPrf).prf;
  if (!prf?.enabled && !prf?.results?.first) throw new PrfError('no-prf');
  const prfSalt = bytesToBase64(salt);
  if (prf.results?.first) return { credentialId, prfSalt, prfKek: await kekFromPrf(prf.results.first, credentialId) };
  const evaluated = await evaluateKeys([{ credentialId, prfSalt }]);
  return { credentialId, prfSalt, prfKek: evaluated.prfKek };
}

export function prfErrorMessageKey(error: unknown): 'keys_error_no_prf' | 'keys_error_cancelled' | 'keys_error_unsupported_browser' {
  if (error instanceof PrfError && error.reason === 'no-prf') return 'keys_error_no_prf';
  if (error instanceof PrfError && error.reason === 'unsupported') return 'keys_error_unsupported_browser';
  return 'keys_error_cancelled';
}
