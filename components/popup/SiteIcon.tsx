import { useState } from 'preact/hooks';
import { faviconUrl } from '@/utils/ui/favicon';

/** The bound site's favicon from the browser's cache, or the account's initial on a coloured tile. */
export function SiteIcon({ domain, name }: { domain: string | undefined; name: string }) {
  const [failed, setFailed] = useState(false);
  const url = faviconUrl(domain);
  if (url && !failed) return <img class="site-icon" src={url} alt="" width={24} height={24} onError={() => setFailed(true)} />;
  const letter = (name.trim()[0] ?? '?').toUpperCase();
  const hue = [...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 360;
  return (
    <span class="site-icon letter" style={{ background: `hsl(${hue} 45% 42%)` }} aria-hidden="true">
      {letter}
    </span>
  );
}
