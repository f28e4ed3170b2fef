import { useEffect, useRef, useState } from 'preact/hooks';
import { NO_SITE, type SiteContext } from '@/utils/messaging/shapes';
import { siteContextFor } from '@/utils/ui/first-screen';

/**
 * How the vault relates to the page at `url` (its site, the accounts bound to it, a lookalike warning). Asked
 * again whenever `version` moves, because bindings change with edits. `known` is what the popup fetched before
 * its first render: the screen starts with it and skips the first question.
 */
export function useSiteContext(url: string | null, version: number, known: SiteContext | null): SiteContext {
  const [context, setContext] = useState<SiteContext>(known ?? NO_SITE);
  const contextKnown = useRef(known !== null);

  useEffect(() => {
    if (contextKnown.current) {
      contextKnown.current = false;
      return;
    }
    let current = true;
    siteContextFor(url).then(
      (found) => current && setContext(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [url, version]);

  return context;
}
