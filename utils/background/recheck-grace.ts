/** One successful re-check: when (the background's clock) and whether an action already used it. */
export interface RecheckGrant {
  at: number;
  spent: boolean;
}

export interface RecheckGrantStore {
  getValue(): Promise<RecheckGrant | null>;
  setValue(value: RecheckGrant | null): Promise<void>;
}

/**
 * How long a re-check pays for the action it was asked for, whatever the grace window: with the window at 0
 * ("always ask") the dialog's re-check still has to let the one action behind it through, once. From the popup
 * a key re-check runs in a tab and the popup is opened again, so this is not a matter of milliseconds.
 */
export const RECHECK_FOR_ONE_ACTION_MS = 60_000;

/**
 * The re-check grace window. Kept in memory and in `storage.session` behind it: a service worker stopped and
 * started again within the window still counts it (the memory is gone, the session entry is not), a browser
 * restart (which also locks the vault) does not, and a lock clears it. Checks and spends are serialized, so two
 * actions sent together cannot both spend a window-0 re-check.
 */
export class RecheckGrace {
  /** undefined until read from the session store after a (re)start. */
  private memory: RecheckGrant | null | undefined = undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: RecheckGrantStore,
    private readonly now: () => number,
  ) {}

  /** A re-check just succeeded. */
  grant(): Promise<void> {
    return this.serialized(() => this.write({ at: this.now(), spent: false }));
  }

  clear(): Promise<void> {
    return this.serialized(() => this.write(null));
  }

  /** Whether a gated action may run now (`windowMs` from the settings in force); a yes spends the grant's one action. */
  take(windowMs: number): Promise<boolean> {
    return this.serialized(async () => {
      const grant = await this.read();
      if (!grant || !this.allows(grant, windowMs)) return false;
      if (!grant.spent) await this.write({ ...grant, spent: true });
      return true;
    });
  }

  /** Whether a gated action would run now, without spending anything: for the pages to know whether to ask first. */
  recent(windowMs: number): Promise<boolean> {
    return this.serialized(async () => {
      const grant = await this.read();
      return grant !== null && this.allows(grant, windowMs);
    });
  }

  private allows(grant: RecheckGrant, windowMs: number): boolean {
    const age = this.now() - grant.at;
    // A clock that went back is no proof of anything recent.
    if (age < 0) return false;
    return age < windowMs || (!grant.spent && age < RECHECK_FOR_ONE_ACTION_MS);
  }

  private async read(): Promise<RecheckGrant | null> {
    if (this.memory === undefined) this.memory = await this.store.getValue();
    return this.memory;
  }

  private async write(value: RecheckGrant | null): Promise<void> {
    this.memory = value;
    await this.store.setValue(value);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
