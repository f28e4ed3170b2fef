import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { t } from '@/utils/i18n/t';

export interface CodeSettings {
  algorithm: OtpAlgorithm;
  digits: OtpDigits;
  period: number;
}

interface Props {
  value: CodeSettings;
  /** Time-based accounts have a period; counter-based ones do not. */
  showPeriod: boolean;
  onChange: (next: CodeSettings) => void;
}

/** Algorithm, length and period of the codes: the same fields when adding an account and when editing one. */
export function CodeSettingsFields({ value, showPeriod, onChange }: Props) {
  return (
    <>
      <label>
        {t('add_algorithm')}
        <select value={value.algorithm} onChange={(e) => onChange({ ...value, algorithm: e.currentTarget.value as OtpAlgorithm })}>
          <option value="SHA1">SHA-1</option>
          <option value="SHA256">SHA-256</option>
          <option value="SHA512">SHA-512</option>
        </select>
      </label>
      <label>
        {t('add_digits')}
        <select value={String(value.digits)} onChange={(e) => onChange({ ...value, digits: Number(e.currentTarget.value) as OtpDigits })}>
          <option value="6">6</option>
          <option value="7">7</option>
          <option value="8">8</option>
        </select>
      </label>
      {showPeriod && (
        <label>
          {t('add_period')}
          <input
            type="number"
            min={1}
            max={3600}
            value={value.period}
            onInput={(e) => onChange({ ...value, period: Number(e.currentTarget.value) })}
          />
        </label>
      )}
    </>
  );
}
