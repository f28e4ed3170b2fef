import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuildProblem } from '@/tests/build/freshness';

let root: string;
const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);
async function file(relative: string, seconds: number) {
  const full = path.join(root, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, 'x');
  await utimes(full, at(seconds), at(seconds));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tessera-freshness-'));
  await file('utils/a.ts', 10);
  await file('components/deep/b.tsx', 20);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('staleBuildProblem', () => {
  it('says to build first when there is no build', async () => {
    expect(await staleBuildProblem(root, '.output/chrome-mv3')).toBe('There is no build in .output/chrome-mv3: run npm run build first.');
  });

  it('names the newer source file of a stale build', async () => {
    await file('.output/chrome-mv3/manifest.json', 15);
    expect(await staleBuildProblem(root, '.output/chrome-mv3')).toBe(
      `The build in .output/chrome-mv3 is older than ${path.join('components', 'deep', 'b.tsx')}: run npm run build first.`,
    );
  });

  it('accepts a build newer than every source, and ignores files the build is not made from', async () => {
    await file('.output/chrome-mv3/manifest.json', 30);
    await file('tests/e2e/some.spec.ts', 40);
    await file('README.md', 40);
    expect(await staleBuildProblem(root, '.output/chrome-mv3')).toBeNull();
  });

  it('names the build command it is given', async () => {
    expect(await staleBuildProblem(root, '.output/firefox-mv3', 'npm run build:firefox')).toMatch(/run npm run build:firefox first\.$/);
  });
});
