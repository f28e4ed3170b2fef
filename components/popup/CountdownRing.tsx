import { t } from '@/utils/i18n/t';

const RADIUS = 9;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The time left in the code's step, as a shrinking ring with the seconds in the middle. */
export function CountdownRing({ secondsLeft, period }: { secondsLeft: number; period: number }) {
  const fraction = Math.max(0, Math.min(1, secondsLeft / period));
  const urgent = secondsLeft <= 5;
  return (
    <span
      class={`ring${urgent ? ' urgent' : ''}`}
      data-seconds={secondsLeft}
      role="timer"
      aria-label={t('popup_seconds_left', secondsLeft)}
    >
      <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
        <circle cx="12" cy="12" r={RADIUS} class="ring-track" />
        <circle
          cx="12"
          cy="12"
          r={RADIUS}
          class="ring-left"
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
        />
      </svg>
      <span class="ring-text" aria-hidden="true">
        {secondsLeft}
      </span>
    </span>
  );
}
