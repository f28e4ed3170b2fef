import { summarize } from '@/utils/accounts/account';
import { parseEnrolmentUri, type ParsedEnrolment } from '@/utils/accounts/enrolment-uri';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import type { HandlerTable } from '@/utils/background/context';
import { enrolDrafts } from '@/utils/background/enrol';
import { requireString, requireStringArray } from '@/utils/background/payload';
import { normalizeBinding } from '@/utils/domain';
import { codeView, secretOf } from '@/utils/otp/codes';
import { hotpCode } from '@/utils/otp/otp';
import { VaultError } from '@/utils/vault/errors';

function bindings(domains: string[]): string[] {
  return [...new Set(domains)].map((domain) => {
    const binding = normalizeBinding(domain);
    if (!binding) throw new VaultError('invalid-input', `"${domain}" is not a site name Tessera can bind to.`);
    return binding;
  });
}

export const accountHandlers: HandlerTable<
  'accounts.list' | 'accounts.codes' | 'accounts.add' | 'accounts.addFromUri' | 'accounts.update' | 'accounts.remove' | 'accounts.nextHotp'
> = {
  'accounts.list': async (_payload, ctx) => {
    const { accounts, damaged } = await ctx.vault.list();
    await ctx.noteActivity();
    return { accounts: accounts.map(summarize), damaged };
  },
  'accounts.codes': async ({ at }, ctx) => {
    const { accounts } = await ctx.vault.list();
    const now = typeof at === 'number' ? at : ctx.now();
    return accounts.map((account) => codeView(account, now));
  },
  'accounts.add': async ({ draft, updateExisting }, ctx) => enrolDrafts([draft], updateExisting === true, ctx),
  'accounts.addFromUri': async ({ uri, domains, updateExisting }, ctx) => {
    let parsed: ParsedEnrolment;
    try {
      parsed = parseEnrolmentUri(requireString(uri, 'uri'));
    } catch (error) {
      if (error instanceof OtpauthUriError) throw new VaultError('invalid-input', error.message);
      throw error;
    }
    const bound = requireStringArray(domains, 'domains');
    const result = await enrolDrafts(parsed.drafts.map((draft) => ({ ...draft, domains: bound })), updateExisting === true, ctx);
    return { ...result, skipped: parsed.skipped };
  },
  'accounts.update': async ({ id, edit }, ctx) => {
    const domains = edit.domains === undefined ? undefined : bindings(requireStringArray(edit.domains, 'domains'));
    const updated = await ctx.vault.update(requireString(id, 'id'), (account) => {
      const issuer = edit.issuer?.trim() ?? account.issuer;
      const label = edit.label?.trim() ?? account.label;
      if (!issuer && !label) throw new VaultError('invalid-input', 'Give the account an issuer or an account name.');
      return { ...account, issuer, label, domains: domains ?? account.domains };
    });
    await ctx.noteActivity();
    return summarize(updated);
  },
  'accounts.remove': async ({ id }, ctx) => {
    await ctx.vault.remove(requireString(id, 'id'));
    await ctx.noteActivity();
    return null;
  },
  'accounts.nextHotp': async ({ id }, ctx) => {
    // The counter is advanced and written to disk before the code is handed out, so a code is never
    // shown twice, even if the worker stops right after.
    const updated = await ctx.vault.update(requireString(id, 'id'), (account) => {
      if (account.otp.kind !== 'hotp') throw new VaultError('invalid-input', 'This account uses time-based codes.');
      return { ...account, otp: { ...account.otp, counter: account.otp.counter + 1 } };
    });
    const { otp } = updated;
    if (otp.kind !== 'hotp') throw new VaultError('invalid-input', 'This account uses time-based codes.');
    const counter = otp.counter - 1;
    await ctx.noteActivity();
    return { code: hotpCode(secretOf(updated), { ...otp, counter }), counter };
  },
};
