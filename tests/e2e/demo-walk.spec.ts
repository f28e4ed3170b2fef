import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// The README's quick start promises `npm run demo -- --headless` walks the whole journey: run that script on
// the build under test (npm run demo only builds first), as a person would, and read what it printed.
test('the headless demo walks the whole journey with Tessera doing the 2FA work', async () => {
  test.setTimeout(300_000);
  const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['tests/demo/run.ts', '--headless'], {
    timeout: 280_000,
    env: { ...process.env, DISPLAY: '' },
  });
  const steps = stdout.split('\n').filter((line) => /^step \d+: .* ✓/.test(line));
  expect(steps.map((line) => line.replace(/ ✓.*$/, ''))).toEqual([
    'step 1: Tessera vault created with a passphrase',
    'step 2: demo site shows its 2FA setup QR code',
    'step 3: Tessera scanned the QR code and added the account, bound to localhost',
    'step 4: 2FA enabled with the code Tessera filled in; backup codes shown',
    'step 5: Tessera saved the backup codes from the page',
    'step 6: Tessera filled the sign-in code by itself',
    'step 7: signed in with the code Tessera filled',
    'step 8: popup: Fill next backup code, marked as used',
    'step 9: signed in with the backup code Tessera filled',
  ]);
});
