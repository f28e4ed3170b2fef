import { judgePassphrase } from '@/utils/passphrase-strength';

const WORDS = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'] as const;

export function StrengthMeter({ passphrase }: { passphrase: string }) {
  if (!passphrase) return null;
  const verdict = judgePassphrase(passphrase);
  return (
    <div class="strength" data-score={verdict.score}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={verdict.score} aria-label="Passphrase strength" />
      <span aria-live="polite">
        <strong>{WORDS[verdict.score]}.</strong> {verdict.advice}
      </span>
    </div>
  );
}
