import type { HandlerTable } from '@/utils/background/context';

export const fillHandlers: HandlerTable<'accounts.fill' | 'tab.probe'> = {
  'accounts.fill': async ({ id, tabId, want }, ctx) => ctx.accounts.fillTab(tabId, id, want === 'recovery' ? 'recovery' : 'totp'),
  'tab.probe': async ({ tabId }, ctx) => {
    if (!Number.isInteger(tabId)) return { totp: false, recovery: false };
    const reports = await ctx.tabs.probeAllFrames(tabId);
    return { totp: reports.some((r) => r?.totp), recovery: reports.some((r) => r?.recovery) };
  },
};
