import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // Every test starts with an empty IndexedDB, as a fresh browser profile would.
  globalThis.indexedDB = new IDBFactory();
});
