import { describe, expect, it } from 'vitest';
import { parseMultistatus } from '@/utils/sync/dav-xml';

describe('parseMultistatus', () => {
  it("reads Apache's answer: prefixes per element, the folder, a file, a lock-null resource's nested hrefs", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
<D:response xmlns:lp1="DAV:"><D:href>/dav/v/</D:href><D:propstat><D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype><lp1:getetag>W/"1000-66"</lp1:getetag>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response xmlns:lp1="DAV:"><D:href>/dav/v/a%20b</D:href><D:propstat><D:prop>
<lp1:resourcetype/><lp1:getcontentlength>12</lp1:getcontentlength><lp1:getetag>"c-5f"</lp1:getetag>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/dav/v/locked</D:href><D:propstat><D:prop><lp1:resourcetype xmlns:lp1="DAV:"/>
<D:lockdiscovery><D:activelock><D:locktoken><D:href>opaquelocktoken:1</D:href></D:locktoken></D:activelock></D:lockdiscovery>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: '/dav/v/', etag: 'W/"1000-66"', isCollection: true },
      { href: '/dav/v/a%20b', etag: '"c-5f"', size: 12, isCollection: false },
      { href: '/dav/v/locked', isCollection: false },
    ]);
  });

  it('reads a default namespace, other prefixes, absolute hrefs, entities, CDATA and comments', () => {
    const xml = `<multistatus xmlns="DAV:"><!-- a comment with <response> in it -->
<response><href>https://cloud.example/remote.php/dav/files/u/t/x?y&amp;z</href>
<propstat><prop><getetag>&quot;abc&quot;</getetag><getcontentlength>7</getcontentlength><resourcetype></resourcetype></prop>
<status>HTTP/1.1 200 OK</status></propstat></response>
<s:response xmlns:s="DAV:"><s:href><![CDATA[/t/cdata]]></s:href><s:propstat><s:prop><s:getetag>"&#x31;&#50;"</s:getetag></s:prop></s:propstat></s:response>
</multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: 'https://cloud.example/remote.php/dav/files/u/t/x?y&z', etag: '"abc"', size: 7, isCollection: false },
      { href: '/t/cdata', etag: '"12"', isCollection: false },
    ]);
  });

  it('takes properties only from 2xx propstats', () => {
    const xml = `<d:multistatus xmlns:d="DAV:"><d:response><d:href>/f</d:href>
<d:propstat><d:prop><d:getcontentlength>3</d:getcontentlength></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
<d:propstat><d:prop><d:getetag>"not-this"</d:getetag></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
</d:response></d:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([{ href: '/f', size: 3, isCollection: false }]);
  });

  it('returns null for what is not a multistatus (a login page), and survives broken markup', () => {
    expect(parseMultistatus('<!DOCTYPE html><html><body><form>Sign in</form></body></html>')).toBeNull();
    expect(parseMultistatus('')).toBeNull();
    expect(parseMultistatus('<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:href></d:bogus>')).toEqual([
      { href: '/a', isCollection: false },
    ]);
  });
});
