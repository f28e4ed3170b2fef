import { summarize, type Account, type AccountDraft } from '@/utils/accounts/account';
import { DraftError, accountFromDraft } from '@/utils/accounts/validate-draft';
import type { HandlerContext } from '@/utils/background/context';
import { RequestError, type EnrolResult } from '@/utils/messaging/protocol';

function validDraft(draft: AccountDraft, ctx: HandlerContext): Account {
  try {
    return accountFromDraft(draft, ctx.newId(), ctx.now());
  } catch (error) {
    if (error instanceof DraftError) throw new RequestError('invalid-input', error.message);
    throw error;
  }
}

/** The stored account refreshed from a new enrolment of the same secret: new details, bindings merged. */
function refreshed(existing: Account, incoming: Account): Account {
  return {
    ...existing,
    issuer: incoming.issuer || existing.issuer,
    label: incoming.label || existing.label,
    otp: incoming.otp,
    domains: [...new Set([...existing.domains, ...incoming.domains])],
  };
}

/**
 * Adds accounts, never storing a secret twice: a draft whose secret is already stored is reported as a
 * duplicate, or, when the user asked for it, updates the stored account instead. Every draft is validated
 * before anything is written, so a bad entry saves nothing.
 */
export async function enrolDrafts(drafts: AccountDraft[], updateExisting: boolean, ctx: HandlerContext): Promise<EnrolResult> {
  const incoming = drafts.map((draft) => validDraft(draft, ctx));
  const { accounts } = await ctx.accounts.live();
  const bySecret = new Map(accounts.map((account) => [account.secret, account]));
  const result: EnrolResult = { added: [], updated: [], duplicates: [], skipped: [] };
  const toSave: Account[] = [];
  for (const account of incoming) {
    const existing = bySecret.get(account.secret);
    if (!existing) {
      toSave.push(account);
      bySecret.set(account.secret, account);
      result.added.push(summarize(account));
    } else if (updateExisting) {
      const updated = refreshed(existing, account);
      toSave.push(updated);
      bySecret.set(updated.secret, updated);
      result.updated.push(summarize(updated));
    } else {
      result.duplicates.push({ existing: summarize(existing), issuer: account.issuer, label: account.label });
    }
  }
  await ctx.vault.saveAll(toSave);
  return result;
}
