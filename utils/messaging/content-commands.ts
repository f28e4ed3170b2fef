import type { FillReport, FillWant, ProbeReport } from '@/utils/messaging/shapes';

/**
 * Background → content script (`tabs.sendMessage` to one frame). A command carries no secret: to fill, the
 * frame asks the background for its own code with a `content.*` request.
 */

/** Fill a code field in this frame. */
export interface FillCommand {
  type: 'tessera.fill';
  /** The account the person chose, or null for "the one bound to this site". */
  accountId: string | null;
  /** Which field: the one the context menu was opened on, or the best code field of the frame. */
  target: 'context-menu' | 'any';
  want: FillWant;
}

/** Which kinds of code field this frame shows (for the popup's Fill buttons). */
export interface ProbeCommand {
  type: 'tessera.probe';
}

/** Each command with the frame's answer; a frame without Tessera's content script answers nothing. */
export interface ContentCommands {
  'tessera.fill': { command: FillCommand; reply: FillReport };
  'tessera.probe': { command: ProbeCommand; reply: ProbeReport };
}

export type ContentCommandType = keyof ContentCommands;
export type ContentCommand = ContentCommands[ContentCommandType]['command'];
export type ContentCommandReply<K extends ContentCommandType> = ContentCommands[K]['reply'];
