/**
 * Static assets: the stylesheet, the browser bundle of @simplewebauthn/browser
 * (straight from node_modules), and our client scripts, which are written in
 * TypeScript (so `tsc` checks them with the rest) and transpiled on first request.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError, sendText } from '../http';
import type { Ctx, Routes } from './context';

export const WEBAUTHN_VENDOR_SCRIPT = 'simplewebauthn-browser.js';

const CLIENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'client');

/** The package's `exports` hide dist/, so find its root from the CommonJS entry (dist/../script/index.js). */
function simpleWebAuthnBundlePath(): string {
  const entry = createRequire(import.meta.url).resolve('@simplewebauthn/browser');
  return path.join(path.dirname(entry), '..', 'dist', 'bundle', 'index.umd.min.js');
}

const cache = new Map<string, string>();

async function cached(key: string, load: () => Promise<string>): Promise<string> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = await load();
  cache.set(key, value);
  return value;
}

async function transpileClient(name: string): Promise<string> {
  const source = await readFile(path.join(CLIENT_DIR, `${name}.ts`), 'utf8').catch(() => {
    throw new HttpError(404, 'Not found');
  });
  // Loaded lazily: only pages with scripts pay for the TypeScript compiler.
  const ts = (await import('typescript')).default;
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: `${name}.ts`,
  }).outputText;
}

const JS = 'text/javascript; charset=utf-8';

export const assetRoutes: Routes = {
  'GET /assets/site.css': async (ctx) => {
    sendText(ctx.res, await cached('site.css', () => readFile(path.join(CLIENT_DIR, 'site.css'), 'utf8')), 'text/css; charset=utf-8');
  },
  [`GET /assets/${WEBAUTHN_VENDOR_SCRIPT}`]: async (ctx) => {
    sendText(ctx.res, await cached(WEBAUTHN_VENDOR_SCRIPT, () => readFile(simpleWebAuthnBundlePath(), 'utf8')), JS);
  },
};

/** GET /assets/<name>.js for client/<name>.ts; the name pattern keeps paths inside the folder. False if not one. */
export async function serveClientScript(ctx: Ctx): Promise<boolean> {
  const match = /^\/assets\/([a-z][a-z-]*)\.js$/.exec(ctx.url.pathname);
  const name = match?.[1];
  if (ctx.req.method !== 'GET' || name === undefined) return false;
  sendText(ctx.res, await cached(`client:${name}`, () => transpileClient(name)), JS);
  return true;
}
