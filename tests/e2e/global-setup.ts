import { staleBuildProblem } from '../build/freshness';

/** Playwright's global setup: refuse to test a missing or stale Chrome build, saying what to run. */
export default async function globalSetup(): Promise<void> {
  const problem = await staleBuildProblem(process.cwd(), '.output/chrome-mv3');
  if (problem) throw new Error(problem);
}
