/**
 * A small, tolerant reader of WebDAV multistatus answers (RFC 4918 §14.16). The MV3 service worker has no
 * DOMParser, and a full XML parser would be a dependency for three properties, so this tokenizes the tags,
 * builds a tree of elements by their local names (any namespace prefix, or a default namespace, reads the same)
 * and picks out each response's own href, getetag, getcontentlength and resourcetype.
 */

export interface DavResponse {
  /** The response's href, entity-decoded (still percent-encoded, as the server sent it). */
  href: string;
  /** From a 2xx propstat only; absent when the server has none (a lock-null resource, for instance). */
  etag?: string;
  size?: number;
  isCollection: boolean;
}

interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1).toLowerCase();

/** Tags, text, CDATA; comments, processing instructions and doctypes are skipped. Unclosed tags are closed at the end. */
function parseTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', children: [], text: '' };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|([^<]+)/gi;
  for (const match of xml.matchAll(token)) {
    const [, cdata, closing, name, , selfClosing, text] = match;
    const current = stack[stack.length - 1]!;
    if (cdata !== undefined) current.text += cdata;
    else if (text !== undefined) current.text += decodeEntities(text);
    else if (name !== undefined) {
      const local = localName(name);
      if (closing) {
        // Close up to the matching element; a stray closing tag is ignored.
        const index = stack.map((e) => e.name).lastIndexOf(local);
        if (index > 0) stack.length = index;
      } else {
        const element: XmlElement = { name: local, children: [], text: '' };
        current.children.push(element);
        if (!selfClosing) stack.push(element);
      }
    }
  }
  return root;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of element.children) {
    if (c.name === name) found.push(c);
    else found.push(...descendants(c, name));
  }
  return found;
}

/** "HTTP/1.1 200 OK" → 200; a propstat without a status counts as 200, as some servers omit it. */
function statusCode(element: XmlElement): number {
  const status = child(element, 'status')?.text.trim();
  if (!status) return 200;
  const code = /^\S+\s+(\d{3})/.exec(status)?.[1];
  return code ? Number(code) : 0;
}

/** Reads a multistatus body; returns null when the body is not one (an HTML login page, for instance). */
export function parseMultistatus(xml: string): DavResponse[] | null {
  const multistatus = descendants(parseTree(xml), 'multistatus')[0];
  if (!multistatus) return null;
  const responses: DavResponse[] = [];
  for (const response of childrenNamed(multistatus, 'response')) {
    // The response's own href, not the ones inside a lockdiscovery.
    const href = child(response, 'href')?.text.trim();
    if (!href) continue;
    const entry: DavResponse = { href, isCollection: false };
    for (const propstat of childrenNamed(response, 'propstat')) {
      const code = statusCode(propstat);
      if (code < 200 || code > 299) continue;
      const prop = child(propstat, 'prop');
      if (!prop) continue;
      const etag = child(prop, 'getetag')?.text.trim();
      if (etag) entry.etag = etag;
      const length = child(prop, 'getcontentlength')?.text.trim();
      if (length && /^\d+$/.test(length)) entry.size = Number(length);
      const resourceType = child(prop, 'resourcetype');
      if (resourceType && child(resourceType, 'collection')) entry.isCollection = true;
    }
    responses.push(entry);
  }
  return responses;
}
