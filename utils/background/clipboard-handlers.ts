import type { HandlerTable } from '@/utils/background/context';

export const clipboardHandlers: HandlerTable<'clipboard.clearLater'> = {
  'clipboard.clearLater': async ({ text }, ctx) => {
    const { clipboardClearSeconds } = await ctx.settings.get();
    if (clipboardClearSeconds > 0) await ctx.clipboard.clearLater(text, clipboardClearSeconds * 1000);
    return null;
  },
};
