import type { BackgroundServices } from '@/utils/background/context';
import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/errors';

type GateScope = Pick<BackgroundServices, 'recheck' | 'settings'>;

/** The grace window in force, in ms: the person's setting within the managed policy (which may force 0). */
export async function recheckWindowMs(ctx: Pick<BackgroundServices, 'settings'>): Promise<number> {
  return (await ctx.settings.get()).recheckGraceSeconds * 1000;
}

/**
 * The one gate in front of everything that reveals a secret or changes a way in: a handler calls this first and
 * is refused (`recheck-required`) unless the passphrase or a security key was proven again (`recheck.*`) within
 * the grace window, measured by the background's clock. The page's word counts for nothing; the page answers a
 * refusal by showing the re-check dialog and asking again.
 */
export async function requireRecentRecheck(ctx: GateScope): Promise<void> {
  if (await ctx.recheck.take(await recheckWindowMs(ctx))) return;
  throw new RequestError('recheck-required', t('recheck_required'));
}
