import { browser } from 'wxt/browser';
import type { ContentCommand, ContentCommandReply, FillCommand } from '@/utils/messaging/protocol';

/** Every frame of a tab, found by running an empty function in each (no webNavigation permission needed). */
async function frameIds(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return results.map((result) => result.frameId);
  } catch {
    return [];
  }
}

async function sendToAllFrames<R>(tabId: number, command: ContentCommand): Promise<(R | null)[]> {
  const frames = await frameIds(tabId);
  return Promise.all(
    frames.map((frameId) =>
      (browser.tabs.sendMessage(tabId, command, { frameId }) as Promise<R | undefined>).then(
        (report) => report ?? null,
        () => null,
      ),
    ),
  );
}

export const fillAllFrames = (tabId: number, command: FillCommand) => sendToAllFrames<ContentCommandReply<'tessera.fill'>>(tabId, command);
/** The tab's page address as the browser knows it; Tessera's host permission makes it readable. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

export const probeAllFrames = (tabId: number) => sendToAllFrames<ContentCommandReply<'tessera.probe'>>(tabId, { type: 'tessera.probe' });

export async function fillFrame(tabId: number, frameId: number, command: FillCommand): Promise<ContentCommandReply<'tessera.fill'> | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, command, { frameId })) as ContentCommandReply<'tessera.fill'> | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function injectDetector(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/detector.js'] });
}
