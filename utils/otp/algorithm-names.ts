import type { OtpAlgorithm } from '@/utils/otp/otp';

// How apps and sites write the algorithm names (otpauth URIs, export files).
const ALGORITHM_NAMES: Record<string, OtpAlgorithm> = {
  SHA1: 'SHA1',
  'SHA-1': 'SHA1',
  SHA256: 'SHA256',
  'SHA-256': 'SHA256',
  SHA512: 'SHA512',
  'SHA-512': 'SHA512',
};

/** The algorithm a name stands for, in any case and with or without the dash; undefined for others. */
export function algorithmNamed(name: string): OtpAlgorithm | undefined {
  return ALGORITHM_NAMES[name.trim().toUpperCase()];
}
