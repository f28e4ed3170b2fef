import { staleBuildProblem } from '../build/freshness';

/** Playwright's global setup: refuse to test a missing or stale Firefox build, saying what to run. */
export default async function globalSetup(): Promise<void> {
  const problem = await staleBuildProblem(process.cwd(), '.output/firefox-mv3', 'npm run build:firefox');
  if (problem) throw new Error(problem);
}
