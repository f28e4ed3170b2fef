import { utf8 } from '@/utils/bytes';
import { open, seal, type Sealed } from '@/utils/vault/codec';

/**
 * Record id → write version, for every record the vault should hold. Sealed with the data key in the header
 * and written in the same transaction as the records it covers, so a record deleted, added or put back from
 * an older copy behind the vault's back no longer matches it.
 */
export type Manifest = ReadonlyMap<string, number>;

const MANIFEST_AAD = 'tessera:manifest:v1';

export async function sealManifest(dataKey: CryptoKey, manifest: Manifest): Promise<Sealed> {
  const entries = [...manifest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return seal(dataKey, utf8.encode(JSON.stringify(entries)), MANIFEST_AAD);
}

/** The manifest, or null when it does not open with this data key or is not a list of [id, version]. */
export async function openManifest(dataKey: CryptoKey, sealed: Sealed): Promise<Manifest | null> {
  const plaintext = await open(dataKey, sealed, MANIFEST_AAD);
  if (!plaintext) return null;
  try {
    const entries: unknown = JSON.parse(utf8.decode(plaintext));
    if (!Array.isArray(entries)) return null;
    const manifest = new Map<string, number>();
    for (const entry of entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1])) return null;
      manifest.set(entry[0], entry[1] as number);
    }
    return manifest;
  } catch {
    return null;
  }
}

/** The manifest after a write: each written id one version further on, removed ids gone. */
export function advance(manifest: Manifest, written: readonly string[], removed: readonly string[] = []): Map<string, number> {
  const next = new Map(manifest);
  for (const id of removed) next.delete(id);
  for (const id of written) next.set(id, (manifest.get(id) ?? 0) + 1);
  return next;
}
