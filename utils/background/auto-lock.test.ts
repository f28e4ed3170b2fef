import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_LOCK_ALARM, cancelAutoLock, lockOnIdleAlarm, scheduleAutoLock } from '@/utils/background/auto-lock';
import { createBackgroundServices } from '@/utils/background/services';
import { settingsItem } from '@/utils/storage';

describe('auto-lock', () => {
  it('schedules the idle lock the set number of minutes ahead and moves it on each use', async () => {
    await scheduleAutoLock(30, 1_000_000);
    expect(await fakeBrowser.alarms.get(AUTO_LOCK_ALARM)).toMatchObject({ scheduledTime: 1_000_000 + 30 * 60_000 });
    await scheduleAutoLock(5, 2_000_000);
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: AUTO_LOCK_ALARM, scheduledTime: 2_000_000 + 5 * 60_000 }),
    ]);
    await cancelAutoLock();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('locks the real vault when the alarm fires, and ignores other alarms', async () => {
    const services = createBackgroundServices();
    await services.vault.create('correct horse battery staple');
    await settingsItem.setValue({ ...(await settingsItem.getValue()), autoLockMinutes: 7 });
    await services.noteActivity();
    const alarm = await fakeBrowser.alarms.get(AUTO_LOCK_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 6 * 60_000);

    const onAlarm = lockOnIdleAlarm(() => services.vault.lock());
    await onAlarm({ name: 'something-else' });
    expect(await services.vault.state()).toBe('unlocked');
    await onAlarm({ name: AUTO_LOCK_ALARM });
    expect(await services.vault.state()).toBe('locked');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
