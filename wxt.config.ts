import { defineConfig } from 'wxt';
import type { Plugin, Rollup } from 'vite';

/**
 * zxing-wasm's default locateFile points at a CDN. Tessera always passes its own (the .wasm ships inside the
 * extension), so the fallback is replaced by one that fails loudly: no remote address is left in the build.
 */
function noRemoteWasm(): Plugin {
  return {
    name: 'tessera:no-remote-wasm',
    transform(code, id) {
      if (!id.includes('zxing-wasm') || !code.includes('fastly.jsdelivr.net')) return null;
      return code.replace(
        /`https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^`]*`/g,
        '(() => { throw new Error("zxing .wasm must be local"); })()',
      );
    },
  };
}

/**
 * Preact's runtime can write raw HTML for `dangerouslySetInnerHTML`. Tessera never uses it, so that path is
 * made to fail loudly: no page of Tessera can put markup into the DOM from a string (and web-ext lint has no
 * innerHTML assignment left to warn about).
 */
function noRawHtml(): Plugin {
  const rawHtml = '(u.innerHTML=h.__html)';
  return {
    name: 'tessera:no-raw-html',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes(rawHtml)) return null;
      return code.replace(rawHtml, '(()=>{throw new Error("Tessera renders no raw HTML")})()');
    },
  };
}

/**
 * The pages and the background are built together, and by default every set of modules shared by a different
 * set of entries becomes its own file: the popup needed nine. An extension page's files come through the
 * browser's extension loader one after another (measured here: ~4 ms each after the first, on the popup's
 * critical path), so the popup's shared code is put into two files instead: `core` for what it shares with
 * the background, `ui` for what it shares with other pages only.
 */
function fewerPageChunks(): Plugin {
  const reachedBy = new Map<string, Set<string>>();
  const entriesReaching = (id: string, moduleInfo: Rollup.GetModuleInfo, visiting = new Set<string>()): Set<string> => {
    const known = reachedBy.get(id);
    if (known) return known;
    const info = moduleInfo(id);
    const entries = new Set<string>(info?.isEntry ? [id] : []);
    visiting.add(id);
    for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
      if (!visiting.has(importer)) for (const entry of entriesReaching(importer, moduleInfo, visiting)) entries.add(entry);
    }
    visiting.delete(id);
    // Inside an import cycle the answer is partial until the outermost visit completes; only that one is kept.
    if (visiting.size === 0) reachedBy.set(id, entries);
    return entries;
  };
  const manualChunks: Rollup.GetManualChunk = (id, { getModuleInfo }) => {
    const entries = [...entriesReaching(id, getModuleInfo)];
    const reaches = (name: string) => entries.some((entry) => entry.includes(`/entrypoints/${name}/`));
    // The popup is the page opened most and in a hurry: its shared code is grouped; other sharing stays as Rollup splits it.
    if (entries.length < 2 || !reaches('popup')) return undefined;
    return reaches('background') ? 'core' : 'ui';
  };
  return {
    name: 'tessera:fewer-page-chunks',
    apply: 'build',
    // Only the pages' build splits code; content scripts and workers are single files (inlineDynamicImports).
    outputOptions(options) {
      if (options.format !== 'es' || options.inlineDynamicImports) return null;
      return { ...options, manualChunks };
    },
  };
}

/** Public half of a development key pair (the private half is not needed for unpacked builds). */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3DZQH7tiOmGeCeO1Yce5bghYAIj3+26dycFkwHcyWVGZzIjX+QTz5HIi3bOtPKFaATC6k/LGw6HXRI683mKNIDuzcsyTJFv7c6tivRg+sBp4ntXB0wnU8ZeoS/UKdDGRE8WMUnPFUwe/MZYBx8DsnA4bsXxikdF7ec2J5SMglk9m1xI83WGnVgcyWEPQE/4KFvUZdvSfWYWJFECJ1ZQbcqd08eL19aqHC1fEUp5UgfUiZ+Ey9BQ1LX3JnXbMD/9Bki8nmYZ/x9Ij+w460vdkpHEenHC3Yw34OhvT3kxyGSx6zH/40C9vBBYpRlTOc31YmsKAxWfzMTDIYy1Dn2rEjwIDAQAB';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
      'clipboardWrite',
      'clipboardRead',
      // Chrome's service worker has no DOM: the clipboard is cleared from an offscreen document.
      ...(browser === 'firefox' ? [] : ['offscreen']),
      // Site icons from Chrome's own favicon cache (chrome-extension://<id>/_favicon/); Firefox has no such service.
      ...(browser === 'firefox' ? [] : ['favicon']),
    ],
    commands: {
      'fill-code': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Fill the verification code for this site' },
    },
    // Reading the QR code of the tab a pop-out window acts on, and (Firefox) captureVisibleTab at all.
    host_permissions: ['<all_urls>'],
    content_security_policy: {
      // hash-wasm runs Argon2id as WebAssembly; nothing else is allowed to compile code.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: '__MSG_extension_name__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tessera@tessera-authenticator.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 123: CSS light-dark(), which keeps the light and dark palettes in one list.
          minimum_chrome_version: '123',
          // Pins the extension id (gohhhcncejnlgnhbjeacnmcgakpmmakh) for unpacked and test builds, so security keys registered for the
          // extension's origin keep working after a rebuild. The store assigns its own id; see README.
          key: CHROME_PUBLIC_KEY,
          // Policies an organisation can set; Firefox reads the same names from its enterprise policies.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  vite: () => ({
    plugins: [noRemoteWasm(), noRawHtml(), fewerPageChunks()],
    // Workers are bundled separately and need the plugin too.
    worker: { format: 'es' as const, plugins: () => [noRemoteWasm()] },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
