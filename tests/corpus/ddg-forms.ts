import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDomain } from 'tldts';

/** DuckDuckGo's labelled captures of real sites' forms (see ../shared/peer/ddg-forms/README.md). */
export const DDG_FORMS_DIR = path.resolve('../shared/peer/ddg-forms');

export interface DdgFormsPage {
  id: string;
  file: string;
  host: string;
  path: string;
  /** The page's registrable domain (Public Suffix List with private suffixes): what the account is bound to. */
  domain: string;
}

/**
 * The two authenticator-code boxes DuckDuckGo left unscored (its README's last section): a code there is not a
 * wrong fill, and leaving them empty is not one either.
 */
export const ALLOWED_CODE_BOXES: Readonly<Record<string, string>> = {
  www_reddit_com_signup: '#confirmOtp',
  porkbun_com_login: '#bypassTwoFactor2FACode',
};

export function ddgFormsPages(dir = DDG_FORMS_DIR): DdgFormsPage[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Omit<DdgFormsPage, 'domain'>[];
  return manifest.map((entry) => ({
    id: entry.id,
    file: entry.file,
    host: entry.host,
    path: entry.path,
    domain: getDomain(entry.host, { allowPrivateDomains: true }) ?? entry.host,
  }));
}
