import { defineConfig } from '@playwright/test';

// Firefox e2e: @playwright/test is only the runner here; tests/e2e-firefox/harness launches Debian's
// /usr/bin/firefox-esr with puppeteer-core over WebDriver BiDi (no browser is downloaded).
// Build first: `wxt build -b firefox`. One worker: each describe starts its own Firefox; the machine has two cores.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  globalSetup: './tests/e2e-firefox/global-setup.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '.tmp/test-results-firefox',
});
