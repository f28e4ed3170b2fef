/** 123456 → "123 456", 1234567 → "123 4567", 12345678 → "1234 5678": groups that are easy to read aloud. */
export function groupCode(code: string): string {
  const split = code.length === 8 ? 4 : 3;
  return `${code.slice(0, split)} ${code.slice(split)}`;
}

/** "example.com, login.example.org\nfoo.net" → ["example.com", "login.example.org", "foo.net"] */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}
