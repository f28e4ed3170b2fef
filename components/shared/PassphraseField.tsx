import { t } from '@/utils/i18n/t';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** The label; the plain "Passphrase" when not given. */
  label?: string;
  invalid?: boolean;
  autoFocus?: boolean;
  required?: boolean;
  /** `current-password` for a passphrase being proven, `new-password` for one being chosen. */
  autoComplete?: 'current-password' | 'new-password';
  describedBy?: string;
}

/**
 * The one passphrase input: `type="password"` (which Chromium never writes to its session files) with the
 * right autocomplete, inside its label.
 */
export function PassphraseField({
  value,
  onInput,
  label,
  invalid,
  autoFocus,
  required,
  autoComplete = 'current-password',
  describedBy,
}: Props) {
  return (
    <label>
      {label ?? t('common_passphrase')}
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        required={required}
      />
    </label>
  );
}
