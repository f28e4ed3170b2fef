import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFillPermits } from '@/utils/background/fill-permits';
import { fillFromMenu, fillFromShortcut } from '@/utils/background/fill-triggers';
import type { FillCommand, FillReport } from '@/utils/messaging/protocol';

type SendMessage = (tabId: number, command: FillCommand, options: { frameId: number }) => Promise<FillReport>;

function fakeTab(reports: Record<number, FillReport>) {
  const sent: { tabId: number; frameId: number; command: FillCommand }[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () =>
    Object.keys(reports).map((frameId) => ({ frameId: Number(frameId), documentId: 'doc', result: true })),
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId, command, options) => {
    sent.push({ tabId, frameId: options.frameId, command });
    return reports[options.frameId]!;
  }) as SendMessage as typeof fakeBrowser.tabs.sendMessage);
  const openPopup = vi.fn(async () => undefined);
  (fakeBrowser.action as unknown as { openPopup: typeof openPopup }).openPopup = openPopup;
  return { sent, openPopup };
}

describe('fill triggers', () => {
  it('the shortcut asks every frame of the active tab, with no account named and no code', async () => {
    const tab = { id: 7 };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
    const { sent, openPopup } = fakeTab({ 0: { filled: false, reason: 'no-field' }, 3: { filled: true } });
    await fillFromShortcut(createFillPermits(() => 0));
    expect(sent).toEqual([
      { tabId: tab.id, frameId: 0, command: { type: 'tessera.fill', accountId: null, target: 'any', want: 'totp' } },
      { tabId: tab.id, frameId: 3, command: { type: 'tessera.fill', accountId: null, target: 'any', want: 'totp' } },
    ]);
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('the shortcut opens the popup when the site has several accounts to choose from', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
    const { openPopup } = fakeTab({ 0: { filled: false, reason: 'several-accounts' } });
    await fillFromShortcut(createFillPermits(() => 0));
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('the context menu fills only in the frame it was opened in, on the field it was opened on', async () => {
    const { sent } = fakeTab({ 0: { filled: true }, 5: { filled: true } });
    await fillFromMenu(
      createFillPermits(() => 0),
      5,
      42,
    );
    expect(sent).toEqual([
      { tabId: 42, frameId: 5, command: { type: 'tessera.fill', accountId: null, target: 'context-menu', want: 'field-kind' } },
    ]);
  });

  it('the person who pressed the shortcut or opened the menu is what permits a code: for the tab, or for that one frame', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
    fakeTab({ 0: { filled: true }, 5: { filled: true } });
    const permits = createFillPermits(() => 0);
    await fillFromMenu(permits, 5, 42);
    expect(permits.take(42, 0, 'recovery')).toBeNull();
    expect(permits.take(42, 5, 'recovery')).toEqual({ want: 'field-kind', accountId: null });
    await fillFromShortcut(permits);
    expect(permits.take(7, 3, 'recovery')).toBeNull();
    expect(permits.take(7, 3, 'totp')).toEqual({ want: 'totp', accountId: null });
  });
});
