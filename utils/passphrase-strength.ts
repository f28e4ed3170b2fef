import { t } from '@/utils/i18n/t';

export const MIN_PASSPHRASE_LENGTH = 10;

export interface StrengthVerdict {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  advice: string;
}

const COMMON = ['password', 'passwort', 'motdepasse', 'qwerty', 'azerty', '123456', 'letmein', 'iloveyou', 'admin', 'welcome', 'tessera'];

/** A rough estimate of guessing resistance in bits, generous to long passphrases of plain words. */
function estimateBits(passphrase: string): number {
  const lower = passphrase.toLowerCase();
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/\d/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z\d]/.test(passphrase)) pool += 33;
  const distinct = new Set(passphrase).size;
  const effectiveLength = Math.min(passphrase.length, distinct * 2);
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  if (COMMON.some((word) => lower.includes(word))) bits -= 25;
  if (/(.)\1{2,}/.test(passphrase) || /(0123|1234|2345|abcd|qwer)/.test(lower)) bits -= 10;
  return Math.max(0, bits);
}

export function judgePassphrase(passphrase: string): StrengthVerdict {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: 0,
      acceptable: false,
      advice: t('strength_advice_too_short', MIN_PASSPHRASE_LENGTH),
    };
  }
  const bits = estimateBits(passphrase);
  if (bits < 40) return { score: 1, acceptable: true, advice: t('strength_advice_weak') };
  if (bits < 60) return { score: 2, acceptable: true, advice: t('strength_advice_fair') };
  if (bits < 80) return { score: 3, acceptable: true, advice: t('strength_advice_good') };
  return { score: 4, acceptable: true, advice: t('strength_advice_strong') };
}
