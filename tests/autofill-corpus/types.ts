/** What Tessera must do with an annotated input (see README.md). */
export type Expect = 'totp' | 'sms-email' | 'recovery' | 'none';

export const EXPECTS: readonly Expect[] = ['totp', 'sms-email', 'recovery', 'none'];

export interface CorpusPage {
  /** kebab-case, unique across the corpus. */
  id: string;
  /** Real-looking https URL the test serves the page at, e.g. 'https://github.com/sessions/two-factor/app'. */
  url: string;
  /** What real flow the page imitates. */
  description: string;
  /** Full HTML document. */
  html: string;
  /** Other documents the page loads (iframes), keyed by absolute URL. */
  frames?: Record<string, string>;
  /**
   * Account bindings Tessera should have for this test: registrable domains or exact hosts. Usually the page's own
   * registrable domain; empty array for pages where nothing must be filled.
   */
  bindings: string[];
  /**
   * How the code field shows up, for the test's timing: 'load' (in the HTML), 'late' (inserted or revealed by
   * script ~300-800 ms after load), 'click' (after clicking the element carrying data-corpus-click).
   */
  appears: 'load' | 'late' | 'click';
  /** Digits of the bound account's codes (the page asks for this many); 6 when absent. */
  digits?: 6 | 8;
}
