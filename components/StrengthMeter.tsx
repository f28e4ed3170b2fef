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
  return (
    <div class="strength" data-score={verdict.score}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={verdict.score} aria-label={t('strength_label')} />
      <span aria-live="polite">
        <strong>{t(WORDS[verdict.score]!)}</strong> {verdict.advice}
      </span>
    </div>
  );
}
