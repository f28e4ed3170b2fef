import { defineConfig } from '@playwright/test';

// Browsers are launched by tests/e2e/harness (Debian's /usr/bin/chromium with the built extension), never
// downloaded. One worker: each test starts its own browser, and the machine has two cores.
export default defineConfig({
  testDir: 'tests/e2e',
  // A missing or stale build fails here with "run npm run build first", not in every test.
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '.tmp/test-results',
});
