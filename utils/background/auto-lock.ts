import { browser } from 'wxt/browser';

export const AUTO_LOCK_ALARM = 'tessera.auto-lock';

/** Moves the idle lock to `minutes` from now; alarms survive the service worker being stopped. */
export async function scheduleAutoLock(minutes: number, now: number): Promise<void> {
  await browser.alarms.create(AUTO_LOCK_ALARM, { when: now + minutes * 60_000 });
}

export async function cancelAutoLock(): Promise<void> {
  await browser.alarms.clear(AUTO_LOCK_ALARM);
}

/** Locks when the idle alarm fires; other alarms are someone else's. */
export function lockOnIdleAlarm(lock: () => Promise<void>) {
  return (alarm: { name: string }): Promise<void> => (alarm.name === AUTO_LOCK_ALARM ? lock() : Promise.resolve());
}
