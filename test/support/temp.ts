// Temporary folders for tests. Every test removes what it creates: a folder made here is removed
// when the test file that made it ends (the afterAll below registers on whichever test file
// imports this module; vitest gives each file its own module graph). test/support/temp-root.ts
// names any entry a run leaves behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A new empty folder under the temp folder, removed after the current test file. */
export function tempDir(prefix = 'llt-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes a folder made by tempDir now (it would otherwise go after the file). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const at = made.indexOf(dir);
  if (at !== -1) made.splice(at, 1);
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
