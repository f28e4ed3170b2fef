import { createAccountService } from '@/utils/background/account-service';
import type { BackgroundServices, HandlerContext } from '@/utils/background/context';
import { handlers } from '@/utils/background/handlers';
import { classifySender, type SenderInfo } from '@/utils/background/sender';
import { t } from '@/utils/i18n/t';
import {
  declarationOf,
  isMessage,
  RequestError,
  type Activity,
  type Message,
  type ProtocolErrorBody,
  type Reply,
} from '@/utils/messaging/protocol';
import type { Issue } from '@/utils/messaging/validate';
import { VaultError } from '@/utils/vault/errors';

export interface RouterEnv extends BackgroundServices {
  runtimeId: string;
  extensionBaseUrl: string;
}

const refused = (code: ProtocolErrorBody['code'], message: string): Reply<never> => ({ ok: false, error: { code, message } });

/**
 * Answers one message, in this order: the sender (foreign senders get nothing; a request is answered only to
 * the kind of sender its declaration names), the payload (checked against its declaration), the handler, and
 * then the activity the declaration says the answer counts as.
 */
export function createRouter(env: RouterEnv) {
  return async (message: unknown, rawSender: SenderInfo): Promise<Reply<unknown>> => {
    const sender = classifySender(rawSender, env.runtimeId, env.extensionBaseUrl);
    if (sender.kind === 'foreign') return refused('forbidden', t('error_foreign_sender'));
    if (!isMessage(message)) return refused('bad-request', t('error_bad_request'));
    const declaration = declarationOf(message.type);
    if (declaration.from !== sender.kind) return refused('forbidden', t('error_not_available', message.type));
    const problem = declaration.payload.check(message.payload, '');
    // The same code a handler's own checks give, so the pages show it like any other refused entry.
    if (problem) return refused('invalid-input', issueMessage(problem));
    const ctx: HandlerContext = { ...env, sender, accounts: createAccountService({ ...env, sender }) };
    try {
      const answer = await answerOf(message, ctx);
      await noteActivity(declaration.activity, answer, ctx);
      return { ok: true, value: answer };
    } catch (error) {
      return { ok: false, error: toErrorBody(error) };
    }
  };
}

function answerOf({ type, payload }: Message, ctx: HandlerContext): Promise<unknown> {
  const handler = handlers[type] as (payload: unknown, ctx: HandlerContext) => Promise<unknown>;
  return handler(payload, ctx);
}

/**
 * Whether this answer moves the idle lock. The one place that decides it, so counting only a person's own
 * actions (and not a content script's requests) is a change here and in the declarations, nowhere else.
 */
function countsAsActivity(activity: Activity<never>, answer: unknown): boolean {
  return typeof activity === 'function' ? (activity as (answer: unknown) => boolean)(answer) : activity !== false;
}

async function noteActivity(activity: Activity<never>, answer: unknown, ctx: HandlerContext): Promise<void> {
  if (!countsAsActivity(activity, answer)) return;
  // Not awaited: moving the idle lock must not delay the popup's first screen.
  if (activity === 'unawaited') void ctx.noteActivity().catch(() => undefined);
  else await ctx.noteActivity();
}

function issueMessage({ path, expected, missing }: Issue): string {
  const name = path || 'payload';
  if (missing) return t('error_missing_field', name);
  if (typeof expected === 'object') return t('error_field_not_one_of', name, expected.oneOf.join(', '));
  switch (expected) {
    case 'text':
      return t('error_field_not_text', name);
    case 'number':
      return t('error_field_not_number', name);
    case 'on-off':
      return t('error_not_on_off', name);
    case 'list':
      return t('error_field_not_list', name);
    case 'object':
      return t('error_field_not_object', name);
  }
}

function toErrorBody(error: unknown): ProtocolErrorBody {
  if (error instanceof RequestError || error instanceof VaultError) {
    return { code: error.code, message: error.message, ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}) };
  }
  // Unexpected errors are reported by name only: their messages could quote data.
  const name = error instanceof Error ? error.name : 'Error';
  return { code: 'internal', message: t('error_internal', name) };
}
