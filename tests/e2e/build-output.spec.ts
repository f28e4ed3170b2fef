import { expect, test } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Checks about the built extension itself: no remote code, no eval, the strict CSP, the .wasm shipped inside.
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target} build: strict CSP, no CDN address, no eval, local wasm`, async () => {
    const dir = path.resolve('.output', target);
    const files = (await readdir(dir, { recursive: true })).map(String);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      content_security_policy: { extension_pages: string };
      permissions: string[];
    };
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    // Site icons come from Chromium's favicon cache; Firefox has no _favicon service and would warn about the name.
    expect(manifest.permissions.includes('favicon')).toBe(target === 'chrome-mv3');
    expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = await readFile(path.join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/jsdelivr|unpkg\.com|cdnjs|googleapis\.com/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
}

test('the content script stays within its 8 KB gzipped budget, without libraries it must not carry', async () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const code = await readFile(path.resolve('.output', target, 'content-scripts/content.js'));
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`${target} content script: ${code.length} bytes, ${gzipped} gzipped`);
    expect(gzipped).toBeLessThanOrEqual(8 * 1024);
    // No OTP library, no UI framework, no IndexedDB wrapper, no domain list: it never sees a secret.
    expect(code.toString()).not.toMatch(/otplib|preact|openDB|publicsuffix|argon2/i);
  }
});
