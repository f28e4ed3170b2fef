import { describe, expect, it } from 'vitest';
import { classifySender, type SenderInfo } from '@/utils/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it.each<[string, SenderInfo, ReturnType<typeof classifySender>['kind']]>([
    ['the popup', { id: ID, url: `${BASE}popup.html`, origin: `chrome-extension://${ID}` }, 'extension-page'],
    ['the pop-out window in a tab', { id: ID, url: `${BASE}popup.html?tab=4`, tab: { id: 9 }, frameId: 0 }, 'extension-page'],
    ['a page under another extension origin', { id: ID, url: `moz-extension://${ID}/popup.html` }, 'foreign'],
    ['a Firefox extension page', { id: ID, url: `${BASE}options.html` }, 'extension-page'],
    [
      'a content script',
      { id: ID, url: 'https://example.com/login', origin: 'https://example.com', tab: { id: 3 }, frameId: 0 },
      'content-script',
    ],
    ['a Firefox content script', { id: ID, url: 'https://example.com/login', tab: { id: 3 }, frameId: 2 }, 'content-script'],
    ['another extension', { id: 'someoneelse', url: `${BASE}popup.html` }, 'foreign'],
    ['no id at all', { url: `${BASE}popup.html` }, 'foreign'],
    [
      'a content script claiming our URL but a page origin',
      { id: ID, url: `${BASE}popup.html`, origin: 'https://evil.example', tab: { id: 1 }, frameId: 0 },
      'content-script',
    ],
    ['an opaque-origin frame', { id: ID, url: 'about:blank', origin: 'null', tab: { id: 1 }, frameId: 3 }, 'foreign'],
    ['a content script without a tab', { id: ID, url: 'https://example.com/' }, 'foreign'],
  ])('%s', (_name, sender, kind) => {
    expect(classifySender(sender, ID, BASE).kind).toBe(kind);
  });

  it('takes the origin of an about:blank frame from the browser, not from the URL', () => {
    const kind = classifySender({ id: ID, url: 'about:blank', origin: 'https://example.com', tab: { id: 1 }, frameId: 4 }, ID, BASE);
    expect(kind).toEqual({ kind: 'content-script', origin: 'https://example.com', tabId: 1, frameId: 4 });
  });
});
