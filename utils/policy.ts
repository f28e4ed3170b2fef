import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/storage';

/** What an organisation can set for managed installs (Chrome: managed_schema.json; Firefox: policies.json). */
export interface ManagedPolicy {
  maxAutoLockMinutes?: number;
  disablePlainExport?: boolean;
  disableExport?: boolean;
  requireHardwareKey?: boolean;
  disableAutoFill?: boolean;
  /** The longest re-check grace window a person may set, in seconds; 0 = ask for the passphrase or key every time. */
  maxRecheckGraceSeconds?: number;
}

/** Only well-formed values count: a typo in a policy file must not switch anything on or off by accident. */
export function sanitizePolicy(raw: Record<string, unknown>): ManagedPolicy {
  const policy: ManagedPolicy = {};
  const minutes = raw.maxAutoLockMinutes;
  if (typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1) policy.maxAutoLockMinutes = minutes;
  const grace = raw.maxRecheckGraceSeconds;
  if (typeof grace === 'number' && Number.isInteger(grace) && grace >= 0) policy.maxRecheckGraceSeconds = grace;
  for (const flag of ['disablePlainExport', 'disableExport', 'requireHardwareKey', 'disableAutoFill'] as const) {
    if (raw[flag] === true) policy[flag] = true;
  }
  return policy;
}

export async function readPolicy(): Promise<ManagedPolicy> {
  try {
    return sanitizePolicy((await browser.storage.managed.get(null)) as Record<string, unknown>);
  } catch {
    // Unmanaged installs (and browsers without a policy) have no managed storage at all.
    return {};
  }
}

/** The settings in force: the person's choices, within what the organisation allows. */
export function effectiveSettings(settings: Settings, policy: ManagedPolicy): Settings {
  return {
    ...settings,
    autoLockMinutes: policy.maxAutoLockMinutes ? Math.min(settings.autoLockMinutes, policy.maxAutoLockMinutes) : settings.autoLockMinutes,
    autoFill: policy.disableAutoFill ? false : settings.autoFill,
    recheckGraceSeconds:
      policy.maxRecheckGraceSeconds === undefined
        ? settings.recheckGraceSeconds
        : Math.min(settings.recheckGraceSeconds, policy.maxRecheckGraceSeconds),
  };
}

/** Settings the person cannot change, for the options page to show as managed. */
export function managedSettingKeys(policy: ManagedPolicy): (keyof Settings)[] {
  return [
    ...(policy.maxAutoLockMinutes ? (['autoLockMinutes'] as const) : []),
    ...(policy.disableAutoFill ? (['autoFill'] as const) : []),
    ...(policy.maxRecheckGraceSeconds !== undefined ? (['recheckGraceSeconds'] as const) : []),
  ];
}
