// The read-only folder beside the repository, ../shared: the lab markdown the lesson data was
// transcribed from and the Databricks bundle JSON schema. Tests compare against them but the
// repository never copies them. A test that needs one and does not find it is skipped with
// SKIP_MARK in its name; test/support/skip-reporter.ts counts and names those in the run's summary.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_ROOT = resolve(__dirname, '../../../shared');
export const SKIP_MARK = 'SKIPPED, needs ../shared/';

export interface SharedFile {
  path: string;
  available: boolean;
  /** Appended to the test's name: empty when the file is there. */
  skipNote: string;
}

/** A file of ../shared, e.g. sharedFile('lab/LAB08_lakeflow_jobs.md'). */
export function sharedFile(relative: string): SharedFile {
  const path = join(SHARED_ROOT, relative);
  const available = existsSync(path);
  return { path, available, skipNote: available ? '' : ` [${SKIP_MARK}${relative}]` };
}
