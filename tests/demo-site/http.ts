/**
 * Small request/response helpers over node:http, so route handlers read like a
 * framework's without pulling one in (the demo site must run from node_modules
 * the project already has).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Forms and JSON bodies here are tiny; anything bigger is a mistake or abuse. */
const MAX_BODY_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** application/x-www-form-urlencoded → first value per name (no form here repeats a name). */
export async function readForm(req: IncomingMessage): Promise<Map<string, string>> {
  const params = new URLSearchParams(await readBody(req));
  const form = new Map<string, string>();
  for (const [key, value] of params) if (!form.has(key)) form.set(key, value);
  return form;
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Body is not JSON');
  }
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !cookies.has(name)) cookies.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

/** Headers every page gets: no caching of pages holding secrets, no framing, no sniffing. */
function baseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    // Scripts only from our own files (no inline script), like a careful real site. Styles are left
    // unrestricted on purpose: an extension's content script may inject its own.
    'content-security-policy': "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  };
}

export function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, baseHeaders('text/html; charset=utf-8'));
  res.end(html);
}

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, baseHeaders('application/json; charset=utf-8'));
  res.end(JSON.stringify(value));
}

export function sendText(res: ServerResponse, text: string, contentType: string, extra: Record<string, string> = {}): void {
  res.writeHead(200, { ...baseHeaders(contentType), ...extra });
  res.end(text);
}

/** 303 so a POST is followed by a GET (no "resubmit form?" on reload). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}
