/**
 * Tessera Demo: a local practice site with the 2FA flows real sites use
 * (authenticator-app setup by QR, sign-in codes, backup codes, security keys).
 * Plain node:http, all state in memory: each `startDemoSite()` is a fresh site.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, parseCookies, sendHtml } from './http';
import { assetRoutes, serveClientScript } from './routes/assets';
import { authRoutes } from './routes/auth';
import { attachSession, SESSION_COOKIE, type Routes } from './routes/context';
import { securityRoutes } from './routes/security';
import { testHookRoutes } from './routes/test-hooks';
import { webauthnRoutes } from './routes/webauthn';
import { Store } from './store';
import { html } from './views/html';
import { page } from './views/layout';
import type { RelyingParty } from './webauthn';

export interface DemoSiteOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `localhost`: WebAuthn needs a secure context, and plain-http localhost is one. */
  host?: string;
  /** Mount /__test/* endpoints that reveal secrets. Default false. */
  testHooks?: boolean;
}

export interface DemoSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

function errorPage(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = html`<h1>${status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
    <p role="alert">${message}</p>
    <p><a href="/">Home</a></p>`;
  sendHtml(res, page({ title: 'Error', viewer: null, csrf: '', body }), status);
}

export async function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const host = opts.host ?? 'localhost';
  const store = new Store();
  const routes: Routes = { ...authRoutes, ...securityRoutes, ...webauthnRoutes, ...assetRoutes, ...(opts.testHooks ? testHookRoutes : {}) };
  // Filled in once listening: the origin includes the port, which may be chosen by the OS.
  const rp: RelyingParty = { rpID: host, origin: '' };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', rp.origin);
    const ctx = attachSession({ req, res, url, store, rp }, parseCookies(req.headers.cookie).get(SESSION_COOKIE));
    const handler = routes[`${req.method ?? 'GET'} ${url.pathname}`];
    if (handler) await handler(ctx);
    else if (!(await serveClientScript(ctx))) throw new HttpError(404, 'There is no page at this address.');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return errorPage(res, error.status, error.message);
      console.error('demo-site:', error);
      errorPage(res, 500, 'The server hit an error. Check its log.');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  rp.origin = `http://${host}:${port}`;

  return {
    url: rp.origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
