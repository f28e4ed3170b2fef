import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSettings, managedSettingKeys, readPolicy, sanitizePolicy } from '@/utils/policy';
import { DEFAULT_SETTINGS } from '@/utils/storage';

describe('managed policy', () => {
  it.each([
    [{}, {}],
    [
      { maxAutoLockMinutes: 5, disableExport: true },
      { maxAutoLockMinutes: 5, disableExport: true },
    ],
    [{ maxAutoLockMinutes: '5', disableExport: 'yes', disableAutoFill: 1 }, {}],
    [
      { maxAutoLockMinutes: 0, requireHardwareKey: true, disablePlainExport: true },
      { requireHardwareKey: true, disablePlainExport: true },
    ],
    // 0 is a real value here (ask every time); negative or fractional seconds are typos and count for nothing.
    [{ maxRecheckGraceSeconds: 0 }, { maxRecheckGraceSeconds: 0 }],
    [{ maxRecheckGraceSeconds: 30 }, { maxRecheckGraceSeconds: 30 }],
    [{ maxRecheckGraceSeconds: -1 }, {}],
    [{ maxRecheckGraceSeconds: 1.5 }, {}],
    [{ maxRecheckGraceSeconds: '0' }, {}],
  ])('sanitises %j', (raw, policy) => {
    expect(sanitizePolicy(raw)).toEqual(policy);
  });

  it('reads the browser managed storage and limits the settings in force', async () => {
    await fakeBrowser.storage.managed.set({ maxAutoLockMinutes: 10, disableAutoFill: true });
    const policy = await readPolicy();
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, autoLockMinutes: 30, autoFill: true }, policy)).toMatchObject({
      autoLockMinutes: 10,
      autoFill: false,
    });
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, autoLockMinutes: 3 }, policy)).toMatchObject({ autoLockMinutes: 3 });
    expect(managedSettingKeys(policy)).toEqual(['autoLockMinutes', 'autoFill']);
  });

  it('limits the re-check grace window, down to 0 (ask every time)', () => {
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, recheckGraceSeconds: 120 }, { maxRecheckGraceSeconds: 0 }).recheckGraceSeconds).toBe(0);
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, recheckGraceSeconds: 10 }, { maxRecheckGraceSeconds: 60 }).recheckGraceSeconds).toBe(
      10,
    );
    expect(effectiveSettings(DEFAULT_SETTINGS, {}).recheckGraceSeconds).toBe(120);
    expect(managedSettingKeys({ maxRecheckGraceSeconds: 0 })).toEqual(['recheckGraceSeconds']);
  });
});
