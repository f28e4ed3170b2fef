import { revealForPerson, seenByPerson } from '@/utils/autofill/visibility';

/**
 * Whether Tessera may put a code into an input right now: only into what a person can both change (not
 * disabled, read-only or hidden) and see (visibility.ts: opacity through ancestors, size after transforms,
 * clipping, the viewport, and being topmost at its points), which is where pages hide traps. Run only on
 * candidate code fields; a frame's own visibility in its parent is frame-visibility.ts's job.
 */
export function isFillable(input: HTMLInputElement): boolean {
  return editable(input) && seenByPerson(input);
}

/**
 * The same, for a fill the person asked for when no field passed isFillable: may scroll the field into view
 * first (visibility.ts, revealForPerson). Never for automatic fills.
 */
export function isFillableOnRequest(input: HTMLInputElement): boolean {
  return editable(input) && revealForPerson(input);
}

const editable = (input: HTMLInputElement) => !input.disabled && !input.readOnly && input.type !== 'hidden';
