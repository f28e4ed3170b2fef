/** Shared by the client scripts: JSON POSTs carrying the page's CSRF token, and a status line. */

export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export async function postJson(url: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json();
  if (!response.ok) {
    const message = typeof data === 'object' && data !== null && 'error' in data ? String(data.error) : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return data;
}

export function showStatus(id: string, message: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = message;
}

/** The UMD bundle of @simplewebauthn/browser sets this global (loaded by a classic script before us). */
export interface SimpleWebAuthnBrowser {
  startRegistration(args: { optionsJSON: unknown }): Promise<unknown>;
  startAuthentication(args: { optionsJSON: unknown }): Promise<unknown>;
}

export function webauthnLib(): SimpleWebAuthnBrowser {
  const lib = (globalThis as { SimpleWebAuthnBrowser?: SimpleWebAuthnBrowser }).SimpleWebAuthnBrowser;
  if (!lib) throw new Error('Security key support failed to load.');
  return lib;
}
