/**
 * Runs inside the page through `scripting.executeScript`, so it must stay self-contained. Finds text that
 * names backup or recovery codes (in the languages Tessera detects) and returns the text of the smallest
 * surrounding block that holds at least six code-like words; the popup parses and shows it before saving.
 */
export function collectBackupCodeText(): string | null {
  const NAMES =
    /backup codes?|recovery codes?|wiederherstellungscodes?|backup-codes?|codes de (récupération|secours)|c[oó]digos de (recuperaci[oó]n|respaldo|backup|recupera[cç][aã]o)|codici di (recupero|backup)|herstelcodes?|kody (zapasowe|odzyskiwania)|резервные коды|коды восстановления|აღდგენის კოდ|バックアップコード|リカバリーコード|备用码|恢复代码|备份码|복구 코드|백업 코드/i;
  const CODE = /(?:^|\s)[a-z0-9]{2,12}(?:-[a-z0-9]{2,12}){0,3}(?=\s|$)/gi;
  const DASH_GROUPED = /^[a-z0-9]{4,6}(?:-[a-z0-9]{4,6})+$/i;
  const codeCount = (text: string) =>
    (text.match(CODE) ?? []).map((w) => w.trim()).filter((w) => (/\d/.test(w) || DASH_GROUPED.test(w)) && w.replace(/-/g, '').length >= 6)
      .length;
  const anchors = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, label, p, strong, span, div, section')].filter(
    (el) => NAMES.test(el.textContent ?? '') && (el.textContent ?? '').length < 200,
  );
  for (const anchor of anchors) {
    let block: Element | null = anchor;
    for (let depth = 0; block && depth < 6; depth++) {
      const text = (block as HTMLElement).innerText ?? block.textContent ?? '';
      const count = codeCount(text);
      if (count >= 6 && count <= 40) return text;
      block = block.parentElement;
    }
  }
  return null;
}
