import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What the extension is built from: a change to any of these makes a build stale. */
export const BUILD_SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts'];

async function newestFile(entry: string): Promise<{ file: string; mtimeMs: number } | null> {
  const info = await stat(entry).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return { file: entry, mtimeMs: info.mtimeMs };
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const child of await readdir(entry)) {
    const found = await newestFile(path.join(entry, child));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why the build in `outputDir` cannot be tested, or null when it is newer than every source file. End-to-end
 * tests load the built extension, so testing a missing or stale one fails in ways that point nowhere near the cause.
 */
export async function staleBuildProblem(root: string, outputDir: string, buildCommand = 'npm run build'): Promise<string | null> {
  const manifest = path.join(root, outputDir, 'manifest.json');
  const built = await stat(manifest).catch(() => null);
  if (!built) return `There is no build in ${outputDir}: run ${buildCommand} first.`;
  for (const source of BUILD_SOURCES) {
    const newest = await newestFile(path.join(root, source));
    if (newest && newest.mtimeMs > built.mtimeMs) {
      return `The build in ${outputDir} is older than ${path.relative(root, newest.file)}: run ${buildCommand} first.`;
    }
  }
  return null;
}
