/**
 * Backup (recovery) codes as sites print them: "abcd-efgh", "1234 5678", "ABCD-EFGH-IJKL", 8–16 digits. A word
 * counts when it has 6–24 letters/digits (dashes allowed) and at least one digit, which keeps ordinary words
 * ("Download", "recovery") and dates out.
 */
const SEPARATORS = /[\s,;]+/;
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{2}[-.]\d{2}[-.]\d{4}$/;
const DIGIT_GROUP = /^\d{3,5}$/;

// Letters-only codes exist too ("qzvt-mwkp"): accepted when grouped by dashes in groups of 4–6.
const DASH_GROUPED = /^[a-z0-9]{4,6}(?:-[a-z0-9]{4,6})+$/i;

function isCodeLike(token: string): boolean {
  const compact = token.replace(/[- ]/g, '');
  const shaped = /\d/.test(compact) || DASH_GROUPED.test(token);
  return compact.length >= 6 && compact.length <= 24 && shaped && /^[a-z0-9 -]+$/i.test(token) && !DATE.test(token);
}

/** The words of a line, with two equal digit groups ("1234 5678", as Google prints its codes) kept together. */
function wordsOf(line: string): string[] {
  const words = line
    .split(SEPARATORS)
    .map((w) => w.replace(/^[(["'“]+|[)\]"'”.:]+$/g, ''))
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && DIGIT_GROUP.test(word) && DIGIT_GROUP.test(next) && word.length === next.length) {
      joined.push(`${word} ${next}`);
      i++;
    } else joined.push(word);
  }
  return joined;
}

/** One code as Tessera stores it: trimmed, inner spacing collapsed to the site's dash or kept as typed. */
export function normalizeBackupCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ');
}

/**
 * Codes pasted by a person or read from a site's .txt download: split on spaces, commas and new lines;
 * list numbering ("1.", "2)") and bullets dropped; grouped codes ("1234 5678") kept together; duplicates once.
 */
export function parseBackupCodes(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/^\s*(?:\d{1,2}[.)]|[-*•·])\s+/, ''));
  const found = lines.flatMap((line) => wordsOf(line).filter(isCodeLike).map(normalizeBackupCode));
  return [...new Set(found)];
}

/** The .txt a person downloads from Tessera: like the sites' own files, one code per line. */
export function backupCodesText(issuer: string, label: string, codes: { code: string; used: boolean }[]): string {
  const title = [issuer, label].filter(Boolean).join(' · ');
  const lines = codes.map(({ code, used }) => (used ? `${code}  (used)` : code));
  return `Backup codes for ${title}\nEach code can be used once.\n\n${lines.join('\n')}\n`;
}
