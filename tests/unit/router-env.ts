import type { SenderInfo } from '@/utils/background/sender';
import { createRouter } from '@/utils/background/router';
import { createFillPermits } from '@/utils/background/fill-permits';
import { RecheckGrace, type RecheckGrant } from '@/utils/background/recheck-grace';
import { syncServiceWithoutServer } from '@/tests/unit/sync-world';
import { makeVaultWorld } from '@/tests/unit/vault-env';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage';
import { effectiveSettings, type ManagedPolicy } from '@/utils/policy';
import type { FillCommand, FillReport, FillWant, ProbeReport } from '@/utils/messaging/protocol';

const ID = 'tessera-test-id';
const BASE = `chrome-extension://${ID}/`;
const POPUP: SenderInfo = { id: ID, url: `${BASE}popup.html`, origin: `chrome-extension://${ID}` };
const contentScript = (origin: string, frameId = 0): SenderInfo => ({ id: ID, url: `${origin}/login`, origin, tab: { id: 7 }, frameId });
const PASS = 'correct horse battery staple';

export async function setup() {
  const world = makeVaultWorld();
  let settings: Settings = DEFAULT_SETTINGS;
  let activity = 0;
  let activityHeld = false;
  let ids = 0;
  const fillCommands: { tabId: number; command: FillCommand }[] = [];
  let frameReports: (FillReport | null)[] = [];
  let probeReports: (ProbeReport | null)[] = [];
  const clipboardClears: { text: string; delayMs: number }[] = [];
  const detectorInjections: { tabId: number; frameId: number }[] = [];
  let policy: ManagedPolicy = {};
  const tabUrls = new Map<number, string>();
  // The re-check's session entry, kept apart so a test can restart the "worker" (a new RecheckGrace) over it.
  let recheckSession: RecheckGrant | null = null;
  const recheckStore = {
    getValue: async () => recheckSession,
    setValue: async (value: RecheckGrant | null) => void (recheckSession = value),
  };
  const recheck = new RecheckGrace(recheckStore, () => world.clock.now);
  world.vault.onLock(() => recheck.clear());
  const route = createRouter({
    clipboard: { clearLater: async (text, delayMs) => void clipboardClears.push({ text, delayMs }) },
    tabs: {
      fillAllFrames: async (tabId, command) => {
        fillCommands.push({ tabId, command });
        return frameReports;
      },
      probeAllFrames: async () => probeReports,
      injectDetector: async (tabId, frameId) => void detectorInjections.push({ tabId, frameId }),
      url: async (tabId) => tabUrls.get(tabId) ?? null,
    },
    permits: createFillPermits(() => world.clock.now),
    recheck,
    vault: world.vault,
    sync: syncServiceWithoutServer(world.vault, () => world.clock.now),
    policy: async () => policy,
    now: () => world.clock.now,
    newId: () => `id-${++ids}`,
    settings: { get: async () => effectiveSettings(settings, policy), set: async (next) => void (settings = next) },
    noteActivity: async () => {
      activity++;
      // A held idle lock never settles: what must not wait for it still answers.
      if (activityHeld) await new Promise(() => undefined);
    },
    runtimeId: ID,
    extensionBaseUrl: BASE,
  });
  const call = (type: string, payload: object, sender: SenderInfo = POPUP) => route({ type, payload }, sender);
  /** A person presses Fill in the popup for the content scripts' tab (7): the permit their next request is answered against. */
  const personAsks = (want: FillWant = 'totp', id: string | null = null) => call('accounts.fill', { id, tabId: 7, want });
  return {
    world,
    call,
    personAsks,
    route: (message: unknown, sender: SenderInfo = POPUP) => route(message, sender),
    activity: () => activity,
    holdActivity: () => void (activityHeld = true),
    fillCommands,
    setPolicy: (next: ManagedPolicy) => void (policy = next),
    clipboardClears,
    detectorInjections,
    setFrameReports: (reports: (FillReport | null)[]) => void (frameReports = reports),
    setSettings: (next: Partial<Settings>) => void (settings = { ...settings, ...next }),
    /** What the browser says tab `tabId` shows. */
    setTabUrl: (tabId: number, url: string) => void tabUrls.set(tabId, url),
    setProbeReports: (reports: (ProbeReport | null)[]) => void (probeReports = reports),
    recheck,
    /** The grace entry as storage.session holds it, and a fresh RecheckGrace over it (a restarted worker). */
    recheckSession: () => recheckSession,
    restartedRecheck: () => new RecheckGrace(recheckStore, () => world.clock.now),
    /** The person re-checks with the passphrase, as the re-check dialog does. */
    recheckNow: () => call('recheck.passphrase', { passphrase: PASS }),
  };
}

export const routerFixtures = { ID, BASE, POPUP, contentScript, PASS };
