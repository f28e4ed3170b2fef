import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries eslint.config.js keeps, checked on small sources linted in memory at real paths:
 * each rule must fire on a forbidden import and stay quiet on an allowed one.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [${namesIn(code).join(', ')}];\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

/** The names a test source imports, used once so no other rule complains about unused imports. */
function namesIn(code: string): string[] {
  return [...code.matchAll(/import (type )?\{ ([^}]+) \}/g)].flatMap((match) =>
    match[1] ? [] : match[2]!.split(',').map((n) => n.trim()),
  );
}

const CONTENT = '@typescript-eslint/no-restricted-imports';

describe('lint boundaries', () => {
  it.each([
    ['entrypoints/content/probe.ts', "import { fillField } from '@/utils/autofill/fill';"],
    ['entrypoints/content/probe.ts', "import { browser } from 'wxt/browser';"],
    ['utils/autofill/probe.ts', "import type { FillReport } from '@/utils/messaging/protocol';\nexport type R = FillReport;"],
  ])('the content script may import %s: %s', async (path, code) => {
    expect(await rulesFiredOn(path, code)).toEqual([]);
  });

  it.each([
    ['entrypoints/content/probe.ts', "import { REQUESTS } from '@/utils/messaging/protocol';"],
    ['utils/autofill/probe.ts', "import { Vault } from '@/utils/vault/vault';"],
    ['utils/autofill/probe.ts', "import { t } from '@/utils/i18n/t';"],
    ['entrypoints/content/probe.ts', "import { render } from 'preact';"],
  ])('the content script may not import %s: %s', async (path, code) => {
    expect(await rulesFiredOn(path, code)).toContain(CONTENT);
  });

  it('components may not import vault or background code, and may import the protocol', async () => {
    expect(await rulesFiredOn('components/Probe.tsx', "import { Vault } from '@/utils/vault/vault';")).toContain('no-restricted-imports');
    expect(await rulesFiredOn('components/Probe.tsx', "import { createRouter } from '@/utils/background/router';")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFiredOn('components/Probe.tsx', "import { sendRequest } from '@/utils/messaging/send';")).toEqual([]);
  });

  it('finds an import cycle through @/ paths, and none in an acyclic import', async () => {
    // The protocol is imported (through the router and handlers) by the background; importing the router back closes a loop.
    expect(await rulesFiredOn('utils/messaging/protocol.ts', "import { createRouter } from '@/utils/background/router';")).toContain(
      'import-x/no-cycle',
    );
    expect(await rulesFiredOn('utils/messaging/protocol.ts', "import { object } from '@/utils/messaging/validate';")).toEqual([]);
  });
});
