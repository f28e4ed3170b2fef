import { build } from 'esbuild';
import path from 'node:path';

/** Bundles a script of the project (with its `@/` imports) into one minified IIFE to add to a page. */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': path.resolve('.') },
  });
  return result.outputFiles[0]!.text;
}
