import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CORPUS, EXPECTS } from '@/tests/autofill-corpus';
import type { CorpusPage } from '@/tests/autofill-corpus';

/**
 * Self-check of the autofill corpus's own data (no browser): structure, annotations, frames, bindings.
 * HTML is inspected with regular expressions, which is enough for markup we wrote ourselves.
 */

interface Doc {
  pageId: string;
  url: string;
  html: string;
}

/** Input types that never take a code and need no annotation. */
const UNANNOTATED_TYPES = new Set(['hidden', 'submit', 'button', 'checkbox', 'radio', 'image', 'reset', 'file']);

function docsOf(page: CorpusPage): Doc[] {
  const frames = Object.entries(page.frames ?? {}).map(([url, html]) => ({ pageId: page.id, url, html }));
  return [{ pageId: page.id, url: page.url, html: page.html }, ...frames];
}

function attrsOf(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function inputsOf(html: string): Map<string, string>[] {
  return [...html.matchAll(/<input\b[^>]*>/gi)].map((m) => attrsOf(m[0]));
}

function expectsOf(html: string): string[] {
  return inputsOf(html)
    .map((a) => a.get('data-expect'))
    .filter((e): e is string => e !== undefined);
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    expect(m[1]!.trim(), 'no external scripts').toBe('');
    return m[2]!;
  });
}

function hostCovered(bindings: readonly string[], url: string): boolean {
  const host = new URL(url).hostname;
  return bindings.some((b) => host === b || host.endsWith(`.${b}`));
}

const allDocs = CORPUS.flatMap(docsOf);

describe('autofill corpus', () => {
  it('has at least 44 pages with unique kebab-case ids and unique https URLs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(44);
    const ids = CORPUS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const urls = allDocs.map((d) => d.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) {
      expect(new URL(url).protocol, url).toBe('https:');
      // Requests never carry the fragment, so a URL with one could not be matched when the test serves it.
      expect(url, url).not.toContain('#');
    }
  });

  it('every page has a non-empty description and a valid appears value', () => {
    for (const page of CORPUS) {
      expect(page.description.length, page.id).toBeGreaterThan(10);
      expect(['load', 'late', 'click']).toContain(page.appears);
    }
  });

  it('every document is a full HTML document with a lang attribute', () => {
    for (const d of allDocs) {
      expect(d.html.trimStart().toLowerCase().startsWith('<!doctype html>'), d.url).toBe(true);
      expect(d.html, d.url).toMatch(/<html lang="[a-z]{2}(-[A-Za-z]{2})?"/);
      expect(d.html, d.url).toMatch(/<\/html>\s*$/);
    }
  });

  it('every page has at least one annotated input, and annotations are valid', () => {
    for (const page of CORPUS) {
      const all = docsOf(page).flatMap((d) => expectsOf(d.html));
      expect(all.length, page.id).toBeGreaterThan(0);
      for (const e of all) expect(EXPECTS as readonly string[], page.id).toContain(e);
    }
  });

  it('every text-like input carries data-expect', () => {
    for (const d of allDocs) {
      for (const attrs of inputsOf(d.html)) {
        const type = (attrs.get('type') ?? 'text').toLowerCase();
        if (UNANNOTATED_TYPES.has(type)) continue;
        expect(attrs.has('data-expect'), `${d.pageId}: <input ${[...attrs.keys()].join(' ')}>`).toBe(true);
      }
    }
  });

  it('at least 30 pages contain an authenticator-code field', () => {
    const withTotp = CORPUS.filter((p) => docsOf(p).some((d) => expectsOf(d.html).includes('totp')));
    expect(withTotp.length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 12 non-English pages', () => {
    const nonEnglish = CORPUS.filter((p) => !/<html lang="en/.test(p.html));
    expect(nonEnglish.length).toBeGreaterThanOrEqual(12);
  });

  it('split-field indices are contiguous from 0 within each document, on totp boxes only', () => {
    for (const d of allDocs) {
      const boxes = inputsOf(d.html).filter((a) => a.has('data-split-index'));
      if (boxes.length === 0) continue;
      for (const b of boxes) expect(b.get('data-expect'), d.pageId).toBe('totp');
      const indices = boxes.map((b) => Number(b.get('data-split-index'))).sort((a, b) => a - b);
      expect(indices, d.pageId).toEqual(indices.map((_, i) => i));
      const page = CORPUS.find((p) => p.id === d.pageId)!;
      expect(boxes.length, d.pageId).toBe(page.digits ?? 6);
    }
  });

  it('pages asking for 8 digits declare digits: 8', () => {
    for (const page of CORPUS) {
      const eight = /\b8-digit\b/.test(page.html) && expectsOf(page.html).includes('totp');
      expect(page.digits === 8, page.id).toBe(eight);
    }
  });

  it('every iframe src is a frame of the page and every frame is referenced', () => {
    for (const page of CORPUS) {
      const srcs = [...page.html.matchAll(/<iframe\b[^>]*>/gi)].map((m) => attrsOf(m[0]).get('src') ?? '');
      const frames = Object.keys(page.frames ?? {});
      for (const src of srcs) expect(frames, page.id).toContain(src.replace(/&amp;/g, '&'));
      for (const url of frames)
        expect(
          srcs.map((s) => s.replace(/&amp;/g, '&')),
          page.id,
        ).toContain(url);
    }
  });

  it('bindings are lowercase host names', () => {
    for (const page of CORPUS) {
      for (const b of page.bindings) expect(b, page.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('a totp expectation is only made in documents whose host is bound', () => {
    for (const d of allDocs) {
      const page = CORPUS.find((p) => p.id === d.pageId)!;
      if (expectsOf(d.html).includes('totp')) expect(hostCovered(page.bindings, d.url), `${d.pageId} ${d.url}`).toBe(true);
    }
  });

  it('click pages, and only they, have a data-corpus-click element', () => {
    for (const page of CORPUS) {
      expect(/\sdata-corpus-click[\s>=]/.test(page.html), page.id).toBe(page.appears === 'click');
    }
  });

  it('controlled inputs come with the state script', () => {
    for (const d of allDocs) {
      if (/data-state-key=/.test(d.html)) expect(d.html, d.pageId).toContain('window.__corpusState');
    }
  });

  it('loads no external resources', () => {
    for (const d of allDocs) {
      const externals = [
        ...d.html.matchAll(/<(?:script|img|link|source|video|audio|embed|object)\b[^>]*\s(?:src|href|data)="(https?:)?\/\//gi),
        ...d.html.matchAll(/url\(\s*['"]?(?:https?:)?\/\//gi),
        ...d.html.matchAll(/@import/gi),
      ];
      expect(
        externals.map((m) => m[0]),
        d.pageId,
      ).toEqual([]);
    }
  });

  it('inline scripts compile', () => {
    for (const d of allDocs) {
      for (const code of scriptsOf(d.html)) {
        expect(() => new Script(code, { filename: `${d.pageId}.js` }), d.pageId).not.toThrow();
      }
    }
  });
});
