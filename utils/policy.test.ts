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
});
