// vitest globalSetup. First, node_modules carries patches/ (scripts/build/patches.mjs), so the
// tests run the dependencies the bundle ships. Then the run gets a temp folder of its own (TMPDIR for every worker and every
// process the tests start), and at the end any entry left in it is named and the run fails.
// Every test must remove what it creates (test/support/temp.ts); the folder itself is removed
// either way, so a run leaves the machine's temp folder as it found it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensurePatched } from '../../scripts/build/patches.mjs';

/**
 * Entries that programs the tests run create on their own and keep on purpose, not the tests:
 * Node's compile cache (bin/lakeflow-lab.js turns it on; Node >= 22.1 puts it in TMPDIR).
 */
const NOT_LEAKS = new Set(['node-compile-cache']);

export default function setup(): () => void {
  ensurePatched(resolve(__dirname, '../..'));
  const outer = process.env.TMPDIR;
  // Short: some screens show paths under it in 80 columns.
  const root = mkdtempSync(join(tmpdir(), 'llt-'));
  process.env.TMPDIR = root;
  return () => {
    let left: string[] = [];
    try {
      left = readdirSync(root).filter((name) => !NOT_LEAKS.has(name));
    } finally {
      rmSync(root, { recursive: true, force: true });
      if (outer === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = outer;
    }
    if (left.length > 0) {
      // vitest only logs an error thrown here; the exit code is what CI sees.
      process.exitCode = 1;
      process.stderr.write(
        `\nFAIL: the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temp folder (removed now; ` +
          `make the test that creates it remove it, e.g. with test/support/temp.ts): ${left.sort().join(', ')}\n`,
      );
    }
  };
}
