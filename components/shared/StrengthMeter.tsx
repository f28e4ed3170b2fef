import { judgePassphrase } from '@/utils/passphrase-strength';
import { t, type MessageKey } from '@/utils/i18n/t';

const WORDS: readonly MessageKey[] = [
  'strength_word_too_short',
  'strength_word_weak',
  'strength_word_fair',
  'strength_word_good',
  'strength_word_strong',
];

export function StrengthMeter({ passphrase }: { passphrase: string }) {
  if (!passphrase) return null;
  const verdict = judgePassphrase(passphrase);
  const word = t(WORDS[verdict.score]!);
  // Most advice starts with the word itself ("Weak: easy to guess…"): print the word once.
  const stem = word.replace(/[\s.。:：]+$/u, '');
  const saysWord = stem !== '' && verdict.advice.startsWith(stem);
  return (
    <div class="strength" data-score={verdict.score}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={verdict.score} aria-label={t('strength_label')} aria-valuetext={word} />
      <span aria-live="polite">
        {!saysWord && <strong>{word}</strong>} {verdict.advice}
      </span>
    </div>
  );
}
